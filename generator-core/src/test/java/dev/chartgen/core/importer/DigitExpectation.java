package dev.chartgen.core.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What DIGIT's common chart renders for one values file, computed for the parity test straight from
 * the values file and DIGIT-CHARTS.md, without any of the importer's code: image repository,
 * container port, probe paths, env names with their sources, init containers by role, ingress
 * paths, CronJob schedule.
 */
record DigitExpectation(
    String module,
    String image,
    List<Integer> ports,
    String liveness,
    String readiness,
    Map<String, String> env,
    List<String> initRoles,
    List<String> ingressPaths,
    String schedule) {

  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*\\{\\{-?\\s*(if|else|end)\\b(.*?)-?}}\\s*$");
  private static final Pattern IF_OWN =
      Pattern.compile("^\\s*(?:index \\.Values \"([^\"]+)\"|\\.Values\\.([A-Za-z0-9_]+))\\s*$");

  /** The expectation for the module of {@code valuesFile}. */
  static DigitExpectation of(String module, Path valuesFile) throws java.io.IOException {
    return of(module, valuesFile, Map.of());
  }

  /**
   * The expectation for the module of {@code valuesFile} deployed with an environment whose block
   * for the module is {@code block} (merged over the values file as Helm merges values files).
   */
  @SuppressWarnings("unchecked")
  static DigitExpectation of(String module, Path valuesFile, Map<String, Object> block)
      throws java.io.IOException {
    Load load = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build());
    Map<String, Object> v =
        merge((Map<String, Object>) load.loadFromString(Files.readString(valuesFile)), block);
    Map<String, Object> image = map(v.get("image"));
    String repository = String.valueOf(image.get("repository"));
    String expectedImage = repository.contains("/") ? repository : "egovio/" + repository;
    boolean cron = map(v.get("cron")).get("schedule") != null;
    List<Integer> ports = new ArrayList<>();
    if (!cron) {
      Object port = v.get("httpPort");
      ports.add(port == null ? 8080 : Integer.parseInt(String.valueOf(port).trim()));
    }
    Map<String, Object> health = map(v.get("healthChecks"));
    boolean probes = Boolean.TRUE.equals(health.get("enabled")) && !cron;
    Map<String, Object> init = map(v.get("initContainers"));
    List<String> roles = new ArrayList<>();
    if (Boolean.TRUE.equals(map(init.get("dbMigration")).get("enabled"))) {
      roles.add("db-migration");
    }
    if (Boolean.TRUE.equals(map(init.get("gitSync")).get("enabled"))) {
      roles.add("git-sync");
    }
    Map<String, Object> ingress = map(v.get("ingress"));
    List<String> paths = new ArrayList<>();
    if (Boolean.TRUE.equals(ingress.get("enabled")) && !cron) {
      Object path = ingress.get("path");
      paths.add(
          path != null
              ? String.valueOf(path)
              : "/" + (ingress.get("context") == null ? "" : ingress.get("context")));
    }
    return new DigitExpectation(
        module,
        expectedImage,
        ports,
        probes ? (String) health.get("livenessProbePath") : null,
        probes ? (String) health.get("readinessProbePath") : null,
        env(v, load),
        roles,
        paths,
        cron ? String.valueOf(map(v.get("cron")).get("schedule")) : null);
  }

  /**
   * name → source of the service's own env entries: {@code literal:<value>} (or {@code literal:*}
   * when the value comes from a template expression), {@code config:<map>/<key>}, {@code
   * secret:<name>/<key>}, {@code service:<key>} (an egov-service-host key), {@code field:<path>}.
   * Conditions on the chart's own values are decided by Go's truthiness; other conditions (global
   * flags, absent from the demo environment) are false, except tracing-enabled blocks, kept.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, String> env(Map<String, Object> v, Load load) {
    Object text = v.get("env");
    Map<String, String> env = new LinkedHashMap<>();
    if (!(text instanceof String s)) {
      return env;
    }
    StringBuilder kept = new StringBuilder();
    List<boolean[]> stack = new ArrayList<>(); // {active, taken}
    for (String line : s.split("\n")) {
      Matcher d = DIRECTIVE.matcher(line);
      boolean parentActive = stack.stream().allMatch(f -> f[0]);
      if (d.matches()) {
        switch (d.group(1)) {
          case "if" -> {
            boolean truth = condition(d.group(2), v);
            stack.add(new boolean[] {truth, truth});
          }
          case "else" -> {
            boolean[] top = stack.get(stack.size() - 1);
            String rest = d.group(2).trim();
            boolean truth = rest.startsWith("if ") ? condition(rest.substring(3), v) : true;
            top[0] = !top[1] && truth;
            top[1] = top[1] || top[0];
          }
          default -> stack.remove(stack.size() - 1);
        }
        continue;
      }
      if (parentActive) {
        kept.append(line.replaceAll("\\{\\{.*?}}", "TEMPLATED")).append('\n');
      }
    }
    Object parsed = load.loadFromString(kept.toString());
    if (!(parsed instanceof List<?> list)) {
      return env;
    }
    for (Object o : list) {
      Map<String, Object> e = (Map<String, Object>) o;
      String name = String.valueOf(e.get("name"));
      Map<String, Object> from = map(e.get("valueFrom"));
      String source;
      if (from.containsKey("configMapKeyRef")) {
        Map<String, Object> ref = map(from.get("configMapKeyRef"));
        source =
            "egov-service-host".equals(ref.get("name"))
                ? "service:" + ref.get("key")
                : "config:" + ref.get("name") + "/" + ref.get("key");
      } else if (from.containsKey("secretKeyRef")) {
        Map<String, Object> ref = map(from.get("secretKeyRef"));
        source = "secret:" + ref.get("name") + "/" + ref.get("key");
      } else if (from.containsKey("fieldRef")) {
        source = "field:" + map(from.get("fieldRef")).get("fieldPath");
      } else {
        String value = e.get("value") == null ? "" : String.valueOf(e.get("value"));
        source = "literal:" + (value.contains("TEMPLATED") ? "*" : value);
      }
      env.remove(name);
      env.put(name, source);
    }
    return env;
  }

  private static boolean condition(String text, Map<String, Object> v) {
    Matcher m = IF_OWN.matcher(text.trim());
    if (!m.matches()) {
      return false;
    }
    String key = m.group(1) != null ? m.group(1) : m.group(2);
    if (key.equals("tracing-enabled")) {
      return true;
    }
    Object value = v.get(key);
    if (value == null || Boolean.FALSE.equals(value)) {
      return false;
    }
    return !(value instanceof String s) || !s.isEmpty();
  }

  /** Helm's merge of values: maps merge key by key, anything else is replaced. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    over.forEach(
        (k, v) ->
            out.merge(
                k,
                v,
                (a, b) ->
                    a instanceof Map<?, ?> am && b instanceof Map<?, ?> bm
                        ? merge((Map<String, Object>) am, (Map<String, Object>) bm)
                        : b));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
