package dev.chartgen.core.importer;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Imports one values file: the descriptor, the environment's overrides, every values key accounted
 * for, and a refusal (located, with the fix) instead of an exception when it cannot be done.
 */
final class ServiceImporter {

  /** Keys whose sub-keys are accounted for one by one. */
  private static final Set<String> GROUPS =
      Set.of(
          "labels",
          "ingress",
          "healthChecks",
          "image",
          "initContainers",
          "cron",
          "serviceMonitor",
          "securityContext",
          "podSecurityContext");

  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry(
              "global", "platform-wide settings: platform.yaml and the environment file hold them"),
          Map.entry(
              "affinity",
              "chartgen spreads pods by hostname anti-affinity and zone topology spread itself"),
          Map.entry("lifecycle", "chartgen adds DIGIT's preStop sleep for java-spring itself"),
          Map.entry("additionalLabels", "chartgen writes the standard and DIGIT labels"),
          Map.entry("extraContainers", "no sidecar was declared (empty)"),
          Map.entry(
              "images",
              "deploy-time image list of DIGIT's deployer; the tag comes from the release files"),
          Map.entry("cron.namespace", "the CronJob lives in the release's namespace"),
          Map.entry(
              "imagePullSecrets",
              "pull secrets are a platform setting (platform.yaml imagePullSecrets)"));

  /** Keys of {@link #REASONS} whose effect is carried elsewhere or was nothing: no loss. */
  private static final Set<String> LOSSLESS =
      Set.of("global", "extraContainers", "images", "imagePullSecrets");

  private final DigitSource source;
  private final ImportContext context;
  private final JsonNode environment;

  ServiceImporter(DigitSource source, ImportContext context, JsonNode environment) {
    this.source = source;
    this.context = context;
    this.environment = environment;
  }

  ServiceImport run(ChartSource chart) {
    ServiceLog log = new ServiceLog();
    ServiceImport.ChartSourceView view =
        new ServiceImport.ChartSourceView(chart.module(), chart.display());
    try {
      List<dev.chartgen.core.problem.Problem> duplicates = new java.util.ArrayList<>();
      YamlDocument document = source.parse(chart.valuesFile(), duplicates);
      duplicates.forEach(p -> log.note(p.format()));
      if (!document.root().isObject()) {
        throw new Refusal(1, "the values file is not a YAML map", "write the values as a YAML map");
      }
      JsonNode merged = Values.merge(context.common(), document.root());
      ModuleImporter importer = new ModuleImporter(chart, document, merged, context, log);
      Map<String, Object> descriptor = importer.run();
      account(document.root(), log, ChartTemplates.onlyCommon(chart));
      Map<String, Object> overrides = overrides(chart, document, merged, descriptor, log);
      return new ServiceImport(
          view,
          importer.group(),
          log.lossless() ? ServiceImport.Status.IMPORTED : ServiceImport.Status.WITH_NOTES,
          descriptor,
          log.notes(),
          log.mapped(),
          log.dropped(),
          "",
          "",
          overrides);
    } catch (Refusal r) {
      return refused(view, chart.display() + ":" + r.line() + ": " + r.getMessage(), r.fix());
    } catch (TemplateException t) {
      return refused(
          view,
          chart.display() + ":" + t.line() + ": " + t.getMessage(),
          "rewrite it with what the importer understands (.Values lookups, index, quote, default,"
              + " printf, if/else/end on lines of their own), or keep this service in DIGIT's chart");
    } catch (DescriptorException d) {
      return refused(view, d.problems().get(0).format(), "make the values file valid YAML");
    }
  }

  private static ServiceImport refused(ServiceImport.ChartSourceView view, String why, String fix) {
    return new ServiceImport(
        view,
        "",
        ServiceImport.Status.REFUSED,
        Map.of(),
        List.of(),
        List.of(),
        Map.of(),
        why,
        fix,
        Map.of());
  }

  private static void account(JsonNode root, ServiceLog log, boolean onlyCommon) {
    for (var e : root.properties()) {
      String key = e.getKey();
      if (GROUPS.contains(key) && e.getValue().isObject() && !log.isUsed(key)) {
        for (var sub : e.getValue().properties()) {
          accountOne(key + "." + sub.getKey(), log, onlyCommon);
        }
      } else {
        accountOne(key, log, onlyCommon);
      }
    }
  }

  private static void accountOne(String key, ServiceLog log, boolean onlyCommon) {
    if (log.isUsed(key)) {
      return;
    }
    String reason = REASONS.get(key);
    if (reason != null) {
      if (LOSSLESS.contains(key)) {
        log.dropLossless(key, reason);
      } else {
        log.drop(key, reason);
      }
    } else if (onlyCommon) {
      log.dropLossless(
          key,
          "read by nothing: neither the common chart nor this chart's env, resources or volume"
              + " strings, and the chart has no templates of its own");
    } else {
      log.drop(
          key,
          "read by neither the common chart nor this chart's env, resources or volume strings"
              + " (the chart's own templates may read it: carry it over by hand)");
    }
  }

  /**
   * The environment block's effect: the descriptor re-imported with it, compared field by field.
   */
  private Map<String, Object> overrides(
      ChartSource chart,
      YamlDocument document,
      JsonNode merged,
      Map<String, Object> base,
      ServiceLog log) {
    JsonNode block = environment.get(chart.module());
    if (block == null || !block.isObject() || block.isEmpty()) {
      return Map.of();
    }
    ServiceLog envLog = new ServiceLog();
    Map<String, Object> withEnv =
        new ModuleImporter(chart, document, Values.merge(merged, block), context, envLog).run();
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> a = spec(base);
    Map<String, Object> b = spec(withEnv);
    Object tagA = map(a.get("image")).get("tag");
    Object tagB = map(b.get("image")).get("tag");
    if (!Objects.equals(tagA, tagB) && tagB != null) {
      out.put("image", Map.of("tag", tagB));
    }
    if (!Objects.equals(a.get("replicas"), b.get("replicas")) && b.get("replicas") != null) {
      out.put("replicas", b.get("replicas"));
    }
    Map<String, Object> java = new LinkedHashMap<>();
    Map<String, Object> javaA = map(a.get("java"));
    map(b.get("java"))
        .forEach(
            (k, v) -> {
              if (!k.equals("tracing") && !Objects.equals(javaA.get(k), v)) {
                java.put(k, v);
              }
            });
    if (!Objects.equals(javaA.get("tracing"), map(b.get("java")).get("tracing"))) {
      log.note(
          "environment: tracing-enabled differs; environment files cannot switch tracing, the descriptor's is kept");
    }
    if (!java.isEmpty()) {
      out.put("java", java);
    }
    if (!Objects.equals(a.get("resources"), b.get("resources")) && b.get("resources") != null) {
      out.put("resources", b.get("resources"));
    }
    if (!Objects.equals(a.get("gitSync"), b.get("gitSync")) && b.get("gitSync") != null) {
      log.note(
          "environment: git-sync repository/branch "
              + b.get("gitSync")
              + " differs from the values file's; environment files cannot change it, the values file's is kept");
    }
    Map<String, Object> envA = map(a.get("env"));
    Map<String, Object> envB = map(b.get("env"));
    Map<String, Object> env = new LinkedHashMap<>();
    envB.forEach(
        (name, value) -> {
          if (Objects.equals(envA.get(name), value)) {
            return;
          }
          if (value instanceof String
              && (envA.get(name) instanceof String || !envA.containsKey(name))) {
            // a literal the environment changes, or adds (a condition on the chart's values that
            // the environment's block turns on): environment files may add literal variables
            env.put(name, value);
          } else {
            log.note(
                "environment: env "
                    + name
                    + " becomes "
                    + (value instanceof String ? "a literal" : "a reference " + value)
                    + " there; an environment file overrides only literals, the descriptor's is kept"
                    + (value instanceof Map<?, ?> ref && ref.containsKey("secret")
                        ? " (give the Secret's value at install time)"
                        : ""));
          }
        });
    envA.keySet().stream()
        .filter(name -> !envB.containsKey(name))
        .forEach(
            name ->
                log.note(
                    "environment: env "
                        + name
                        + " is not set there (its condition turns false with the environment's"
                        + " values); an environment file cannot remove a variable, the"
                        + " descriptor's is kept"));
    if (!env.isEmpty()) {
      out.put("env", env);
    }
    for (var e : block.properties()) {
      String key = e.getKey();
      boolean used =
          envLog.isUsed(key)
              || (e.getValue().isObject()
                  && e.getValue()
                      .propertyStream()
                      .anyMatch(s -> envLog.isUsed(key + "." + s.getKey())));
      if (!used) {
        log.dropLossless(
            "environment " + key,
            "the environment sets it, but neither the common chart nor this chart's strings read it");
      }
    }
    envLog.notes().stream()
        .filter(n -> n.startsWith("safe fix") || n.startsWith("ACTION"))
        .filter(n -> !log.notes().contains(n))
        .forEach(n -> log.note("environment: " + n));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(Map<String, Object> descriptor) {
    return (Map<String, Object>) descriptor.get("spec");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }
}
