package dev.chartgen.core.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import tools.jackson.databind.JsonNode;

/** DIGIT's ingress block: context, zuul (via the gateway), host, tls, annotations, waf. */
final class IngressImporter {

  private final JsonNode values;
  private final Scope scope;
  private final ServiceLog log;
  private final ToIntFunction<String> firstLine;

  IngressImporter(JsonNode values, Scope scope, ServiceLog log, ToIntFunction<String> firstLine) {
    this.values = values;
    this.scope = scope;
    this.log = log;
    this.firstLine = firstLine;
  }

  /** ingress.host or hostName: a name, or a template of a hosts list (first host taken). */
  private String host(JsonNode in) {
    JsonNode node = in.has("host") ? in.get("host") : in.get("hostName");
    if (node == null || !node.isString() || node.stringValue().isBlank()) {
      return "";
    }
    String text = node.stringValue();
    if (!text.contains("{{") && !text.strip().startsWith("-")) {
      return text.strip();
    }
    String key = in.has("host") ? "host" : "hostName";
    TemplateText.Result r =
        TemplateText.render(
            text, firstLine.applyAsInt("/ingress/" + key), scope, "ingress." + key, false);
    r.notes().forEach(log::note);
    JsonNode parsed = dev.chartgen.core.yaml.YamlParser.parse("ingress." + key, r.text()).root();
    String host = parsed.isArray() ? parsed.path(0).path("host").asString("") : parsed.asString("");
    if (parsed.isArray() && parsed.size() > 1) {
      log.note("ingress." + key + ": only the first of " + parsed.size() + " hosts is kept");
    }
    if (host.isBlank()) {
      log.note(
          "ingress." + key + " gives no host in this environment: the platform domain is used");
      return "";
    }
    return host.strip();
  }

  void ingress(Map<String, Object> s, int port) {
    JsonNode in = values.path("ingress");
    for (String key :
        List.of(
            "enabled",
            "zuul",
            "context",
            "path",
            "host",
            "hostName",
            "tls",
            "namespace",
            "waf",
            "annotations",
            "additionalAnnotations",
            "ip-whitelist")) {
      log.use("ingress." + key);
    }
    if (!Values.truthy(in, "enabled")
        || s.containsKey("cronJob")
        || "CronJob".equals(s.get("workload"))) {
      return;
    }
    Map<String, Object> d = new LinkedHashMap<>();
    String context = Values.text(in, "context");
    String path = Values.text(in, "path");
    String full = !path.isEmpty() ? path : "/" + context;
    if (!full.startsWith("/")) {
      full = "/" + full;
    }
    d.put("paths", List.of(full));
    if (Values.truthy(in, "zuul")) {
      d.put("viaGateway", true);
    }
    String host = host(in);
    if (!host.isEmpty()) {
      d.put("host", host);
    }
    JsonNode tls = in.get("tls");
    if (tls != null && tls.isBoolean() && !tls.booleanValue()) {
      d.put("tls", false);
    } else if (tls != null && !tls.isBoolean()) {
      log.note("ingress.tls: DIGIT's own TLS list replaced by the platform's certificate Secret");
    }
    Map<String, Object> annotations = new LinkedHashMap<>();
    JsonNode extra = in.get("additionalAnnotations");
    if (extra != null && extra.isString() && !extra.stringValue().isBlank()) {
      TemplateText.Result r =
          TemplateText.render(
              extra.stringValue(),
              firstLine.applyAsInt("/ingress/additionalAnnotations"),
              scope,
              "ingress.additionalAnnotations",
              false);
      r.notes().forEach(log::note);
      JsonNode parsed =
          dev.chartgen.core.yaml.YamlParser.parse("ingress.additionalAnnotations", r.text()).root();
      parsed
          .properties()
          .forEach(e -> annotations.put(e.getKey(), Expression.print(Scope.toJava(e.getValue()))));
    } else if (extra != null && extra.isObject()) {
      extra
          .properties()
          .forEach(e -> annotations.put(e.getKey(), Expression.print(Scope.toJava(e.getValue()))));
    }
    JsonNode own = in.get("annotations");
    if (own != null && own.isObject()) {
      own.properties()
          .forEach(
              e -> {
                if (!e.getKey().equals("kubernetes.io/ingress.class")) {
                  annotations.put(e.getKey(), Expression.print(Scope.toJava(e.getValue())));
                }
              });
    }
    if (Values.truthy(in, "waf.enabled")) {
      JsonNode waf = in.path("waf").path("annotations");
      waf.properties()
          .forEach(e -> annotations.put(e.getKey(), Expression.print(Scope.toJava(e.getValue()))));
      log.mapped("ingress: DIGIT's WAF annotations carried over as Ingress annotations");
    }
    if (in.has("ip-whitelist")) {
      annotations.put(
          "nginx.ingress.kubernetes.io/whitelist-source-range", Values.text(in, "ip-whitelist"));
    }
    if (!annotations.isEmpty()) {
      d.put("annotations", annotations);
    }
    if (in.has("namespace")) {
      String namespace = Values.text(in, "namespace");
      if (namespace.equals(Values.text(values, "namespace"))) {
        log.mapped(
            "ingress.namespace " + namespace + ": the Ingress lives in the release's namespace");
      } else {
        log.note(
            "ingress.namespace "
                + namespace
                + " dropped: the Ingress lives in the release's namespace ("
                + Values.text(values, "namespace")
                + ")");
      }
    }
    s.put("ingress", d);
  }
}
