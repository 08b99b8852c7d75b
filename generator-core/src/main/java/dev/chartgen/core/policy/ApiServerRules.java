package dev.chartgen.core.policy;

import com.networknt.schema.Error;
import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.verify.RenderedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * CG047: rendered objects follow the API server's own rules for names, keys, labels and paths. The
 * loader checks descriptors against the {@code $defs} of module.schema.json (DNS-1123 labels and
 * subdomains, DNS-1035 labels, label keys and values, ConfigMap and Secret keys, relative paths,
 * Prefix ingress paths); a template override bypasses the loader, so this rule checks the same
 * values of the rendered objects against the same {@code $defs}: one implementation. The labels of
 * objects and pod templates are CG037's (with the standard labels); this rule checks names, keys,
 * selectors, annotation keys, nodeSelector, tolerations, claim and class names and paths.
 */
final class ApiServerRules {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MODULE = SchemaCatalog.ID_PREFIX + "module.schema.json";
  private static final String WRAPPER = SchemaCatalog.ID_PREFIX + "api-server-names.schema.json";
  private static final List<String> DEFS =
      List.of(
          "dnsLabel",
          "dns1035Label",
          "dnsSubdomain",
          "labelKey",
          "labelValue",
          "configKey",
          "relativePath",
          "ingressPath");

  private static final java.util.Set<String> RBAC =
      java.util.Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  private ApiServerRules() {}

  static List<ChartRule> all() {
    return List.of(new Names());
  }

  /** A schema whose property per {@code $def} holds an array of values checked against it. */
  private static SchemaCatalog catalog() {
    ObjectNode wrapper = JSON.createObjectNode();
    wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    wrapper.put("$id", WRAPPER);
    wrapper.put("type", "object");
    ObjectNode properties = wrapper.putObject("properties");
    for (String def : DEFS) {
      ObjectNode array = properties.putObject(def);
      array.put("type", "array");
      array.putObject("items").put("$ref", "module.schema.json#/$defs/" + def);
    }
    return SchemaCatalog.withExtra(Map.of(WRAPPER, wrapper));
  }

  /** CG047. */
  static final class Names extends JavaRule {

    private final SchemaCatalog catalog = catalog();

    Names() {
      super("CG047");
    }

    /** Values of one object to check, each with its JSON pointer, by {@code $def}. */
    private static final class Values {
      final Map<String, List<String>> values = new LinkedHashMap<>();
      final Map<String, List<String>> pointers = new LinkedHashMap<>();

      void add(String def, Object value, String pointer) {
        if (value instanceof String text) {
          values.computeIfAbsent(def, k -> new ArrayList<>()).add(text);
          pointers.computeIfAbsent(def, k -> new ArrayList<>()).add(pointer);
        }
      }

      void keys(String def, Object map, String pointer) {
        Json.map(map)
            .keySet()
            .forEach(key -> add(def, key, pointer + "/" + JsonPointer.escape(key)));
      }

      void labels(Object map, String pointer) {
        Json.map(map)
            .forEach(
                (key, value) -> {
                  String at = pointer + "/" + JsonPointer.escape(key);
                  add("labelKey", key, at);
                  add("labelValue", value, at);
                });
      }
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject object : chart.objects()) {
        Values v = new Values();
        Map<String, Object> content = object.content();
        if (!RBAC.contains(object.kind())) { // RBAC names are path segments (system:…)
          v.add(
              object.kind().equals("Service") ? "dns1035Label" : "dnsSubdomain",
              Json.at(content, "/metadata/name"),
              "/metadata/name");
        }
        v.keys("labelKey", Json.at(content, "/metadata/annotations"), "/metadata/annotations");
        v.labels(Json.at(content, "/spec/selector/matchLabels"), "/spec/selector/matchLabels");
        switch (object.kind()) {
          case "ConfigMap" -> {
            v.keys("configKey", content.get("data"), "/data");
            v.keys("configKey", content.get("binaryData"), "/binaryData");
          }
          case "Secret" -> {
            v.keys("configKey", content.get("data"), "/data");
            v.keys("configKey", content.get("stringData"), "/stringData");
          }
          case "PersistentVolumeClaim", "PersistentVolume" -> {
            Object storageClass = Json.at(content, "/spec/storageClassName");
            // "" is no class at all: a claim bound to a given volume, never provisioned
            if (!"".equals(storageClass)) {
              v.add("dnsSubdomain", storageClass, "/spec/storageClassName");
            }
          }
          case "Ingress" -> ingress(content, v);
          case "Service" -> v.labels(Json.at(content, "/spec/selector"), "/spec/selector");
          default -> {}
        }
        Workload workload = Workload.of(object);
        if (workload != null) {
          pod(workload, v);
        }
        List<Object> claims = Json.list(Json.at(content, "/spec/volumeClaimTemplates"));
        for (int i = 0; i < claims.size(); i++) {
          v.add(
              "dnsSubdomain",
              Json.at(claims.get(i), "/spec/storageClassName"),
              "/spec/volumeClaimTemplates/" + i + "/spec/storageClassName");
        }
        report(chart, object, v, findings);
      }
    }

    private static void ingress(Map<String, Object> content, Values v) {
      v.add("dnsSubdomain", Json.at(content, "/spec/ingressClassName"), "/spec/ingressClassName");
      List<Object> rules = Json.list(Json.at(content, "/spec/rules"));
      for (int r = 0; r < rules.size(); r++) {
        List<Object> paths = Json.list(Json.at(rules.get(r), "/http/paths"));
        for (int p = 0; p < paths.size(); p++) {
          Map<String, Object> path = Json.map(paths.get(p));
          if ("Prefix".equals(path.get("pathType"))) {
            v.add(
                "ingressPath", path.get("path"), "/spec/rules/" + r + "/http/paths/" + p + "/path");
          }
        }
      }
    }

    private static void pod(Workload workload, Values v) {
      String labels = workload.podLabelsPath();
      String annotations = labels.substring(0, labels.length() - "labels".length()) + "annotations";
      v.keys("labelKey", Json.at(workload.object().content(), annotations), annotations);
      String spec = workload.podSpecPath();
      Map<String, Object> pod = workload.podSpec();
      v.labels(pod.get("nodeSelector"), spec + "/nodeSelector");
      v.add("dnsSubdomain", pod.get("priorityClassName"), spec + "/priorityClassName");
      List<Object> tolerations = Json.list(pod.get("tolerations"));
      for (int i = 0; i < tolerations.size(); i++) {
        Map<String, Object> t = Json.map(tolerations.get(i));
        v.add("labelKey", t.get("key"), spec + "/tolerations/" + i + "/key");
        v.add("labelValue", t.get("value"), spec + "/tolerations/" + i + "/value");
      }
      List<Object> volumes = Json.list(pod.get("volumes"));
      for (int i = 0; i < volumes.size(); i++) {
        Map<String, Object> volume = Json.map(volumes.get(i));
        String at = spec + "/volumes/" + i;
        v.add("dnsLabel", volume.get("name"), at + "/name");
        for (String source : List.of("configMap", "secret")) {
          List<Object> items = Json.list(Json.at(volume, "/" + source + "/items"));
          for (int j = 0; j < items.size(); j++) {
            String item = at + "/" + source + "/items/" + j;
            v.add("configKey", Json.map(items.get(j)).get("key"), item + "/key");
            v.add("relativePath", Json.map(items.get(j)).get("path"), item + "/path");
          }
        }
      }
      for (Workload.Container container : workload.containers()) {
        v.add("dnsLabel", container.content().get("name"), container.path() + "/name");
        List<Object> mounts = Json.list(container.content().get("volumeMounts"));
        for (int i = 0; i < mounts.size(); i++) {
          v.add(
              "relativePath",
              Json.map(mounts.get(i)).get("subPath"),
              container.path() + "/volumeMounts/" + i + "/subPath");
        }
        List<Object> env = Json.list(container.content().get("env"));
        for (int i = 0; i < env.size(); i++) {
          for (String ref : List.of("configMapKeyRef", "secretKeyRef")) {
            v.add(
                "configKey",
                Json.at(env.get(i), "/valueFrom/" + ref + "/key"),
                container.path() + "/env/" + i + "/valueFrom/" + ref + "/key");
          }
        }
      }
    }

    private void report(
        ChartObjects chart, RenderedObject object, Values v, List<Finding> findings) {
      if (v.values.isEmpty()) {
        return;
      }
      List<Error> errors = catalog.schema(WRAPPER).validate(JSON.valueToTree(v.values));
      java.util.Set<String> seen = new java.util.TreeSet<>();
      for (Error error : errors) {
        List<String> at = JsonPointer.tokens(error.getInstanceLocation().toString());
        if (at.size() < 2 || !seen.add(at.get(0) + "/" + at.get(1))) {
          continue; // one finding per value, whichever keywords it breaks
        }
        String def = at.get(0);
        int index = Integer.parseInt(at.get(1));
        String value = v.values.get(def).get(index);
        JsonNode message = catalog.document(MODULE).at("/$defs/" + def + "/x-message");
        report(
            findings,
            chart,
            object,
            v.pointers.get(def).get(index),
            "'" + value + "' " + (message.isMissingNode() ? "is invalid" : message.stringValue()));
      }
    }
  }
}
