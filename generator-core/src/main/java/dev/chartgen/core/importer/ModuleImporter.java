package dev.chartgen.core.importer;

import dev.chartgen.core.check.SecretNames;
import dev.chartgen.core.quantity.Quantities;
import dev.chartgen.core.yaml.YamlDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns one DIGIT values file (over the common chart's defaults and, for an environment, that
 * environment's block) into a descriptor tree, following DIGIT-CHARTS.md: what the common chart
 * renders from each key becomes the descriptor field that renders the same.
 */
final class ModuleImporter {

  /** The guard TemplateText gives lines inside a condition on a global flag. */
  private static final String GLOBAL_GUARD = "global:";

  private static final List<String> JAVA_ENV =
      List.of("JAVA_OPTS", "JAVA_ARGS", "JAVA_ENABLE_DEBUG");

  private final ChartSource source;
  private final YamlDocument document;
  private final JsonNode values;
  private final ImportContext context;
  private final ServiceLog log;
  private final List<String> fileLines;
  private final Scope scope;

  /** Literal JAVA_OPTS/JAVA_ARGS/JAVA_ENABLE_DEBUG of the env string (java-spring). */
  private final Map<String, String> javaEnv = new LinkedHashMap<>();

  /** Env names the java-spring tracing set writes itself. */
  private static final List<String> TRACING_ENV =
      List.of(
          "TRACER_OPENTRACING_ENABLED",
          "JAEGER_SERVICE_NAME",
          "JAEGER_SAMPLER_TYPE",
          "JAEGER_AGENT_HOST",
          "JAEGER_AGENT_PORT",
          "JAEGER_SAMPLER_MANAGER_HOST_PORT");

  ModuleImporter(
      ChartSource source,
      YamlDocument document,
      JsonNode values,
      ImportContext context,
      ServiceLog log) {
    this.source = source;
    this.document = document;
    this.values = values;
    this.context = context;
    this.log = log;
    this.fileLines = List.of(DigitSource.read(source.valuesFile()).split("\n", -1));
    this.scope = new Scope(values, context.globals(), context.clusterConfigs(), source.chart());
  }

  /** The descriptor tree. */
  Map<String, Object> run() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("apiVersion", "chartgen/v1");
    d.put("kind", "Module");
    d.put("metadata", metadata());
    d.put("spec", spec());
    return d;
  }

  /** The group the descriptor goes to. */
  String group() {
    String group = Values.text(values, "labels.group");
    String candidate = group.isEmpty() ? source.folderGroup() : group;
    candidate = candidate.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    return candidate.replaceAll("^-+|-+$", "").isEmpty() ? "default" : candidate;
  }

  private Map<String, Object> metadata() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!source.module().matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
        || source.module().length() > 53) {
      throw new Refusal(
          0,
          "'" + source.module() + "' is not a DNS-1123 name of at most 53 characters",
          "rename the values file or chart folder to a lower-case name with '-'");
    }
    m.put("name", source.module());
    m.put("group", group());
    log.use("labels.group");
    String app = Values.text(values, "labels.app");
    log.use("labels.app");
    if (!app.isEmpty() && !app.equals(source.module())) {
      log.note(
          "labels.app '"
              + app
              + "' differs from the module name; chartgen labels pods app="
              + source.module());
    }
    String namespace = Values.text(values, "namespace");
    log.use("namespace");
    if (!namespace.isEmpty() && !namespace.equals(context.namespace())) {
      m.put("namespace", namespace);
    }
    return m;
  }

  private Map<String, Object> spec() {
    Map<String, Object> s = new LinkedHashMap<>();
    boolean cron = !Values.text(values, "cron.schedule").isEmpty();
    boolean java = Values.text(values, "appType").equals("java-spring");
    log.use("appType");
    if (cron) {
      s.put("workload", "CronJob");
    }
    if (java) {
      s.put("appType", "java-spring");
    } else if (!Values.text(values, "appType").isEmpty()) {
      log.note(
          "appType '" + Values.text(values, "appType") + "' has no chartgen convention: generic");
    }
    s.put("image", new ImageImporter(values, context, log, source).image());
    replicas(s, cron);
    list(s, "command");
    list(s, "args");
    int port = httpPort();
    if (!cron) {
      s.put("ports", List.of(Map.of("name", "http", "port", port)));
    }
    health(s, cron);
    PodParts pod = new PodParts(context.common(), values, scope, log, this::firstLine, source);
    Map<String, Object> resources = pod.resources(java);
    List<EnvEntry> env = env(java);
    Map<String, Object> envMap = envMap(env, java);
    if (java) {
      s.put("java", java(resources));
    }
    if (!resources.isEmpty()) {
      s.put("resources", resources);
    }
    pod.dbMigration(s);
    pod.gitSync(s);
    pod.initContainers(s);
    pod.volumes(s);
    new IngressImporter(values, scope, log, this::firstLine).ingress(s, port);
    if (!cron) {
      serviceMonitor(s);
    }
    securityContext(s);
    serviceAccount(s);
    if (cron) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("schedule", Values.text(values, "cron.schedule"));
      c.put("concurrencyPolicy", "Forbid");
      s.put("cronJob", c);
      log.use("cron.schedule");
    }
    if (!envMap.isEmpty()) {
      s.put("env", envMap);
    }
    waivers(s, cron);
    return s;
  }

  private void replicas(Map<String, Object> s, boolean cron) {
    String replicas = Values.text(values, "replicas");
    log.use("replicas");
    if (cron || replicas.isEmpty()) {
      return;
    }
    try {
      s.put("replicas", Integer.parseInt(replicas.strip()));
    } catch (NumberFormatException e) {
      throw new Refusal(
          line("/replicas"), "replicas '" + replicas + "' is not a number", "write a whole number");
    }
  }

  private void list(Map<String, Object> s, String key) {
    JsonNode node = values.get(key);
    if (node == null || node.isNull()) {
      return;
    }
    log.use(key);
    List<String> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> items.add(Expression.print(Scope.toJava(item))));
    } else {
      throw new Refusal(
          line("/" + key), key + " is not a list", "write " + key + " as a YAML list");
    }
    if (!items.isEmpty()) {
      s.put(key, items);
    }
  }

  private int httpPort() {
    log.use("httpPort");
    String port = Values.text(values, "httpPort");
    try {
      return port.isEmpty() ? 8080 : Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      throw new Refusal(
          line("/httpPort"), "httpPort '" + port + "' is not a number", "write a port number");
    }
  }

  private void health(Map<String, Object> s, boolean cron) {
    boolean enabled = Values.truthy(values, "healthChecks.enabled");
    log.use("healthChecks.enabled");
    log.use("healthChecks.livenessProbePath");
    log.use("healthChecks.readinessProbePath");
    log.use("healthChecks.livenessProbe");
    log.use("healthChecks.readinessProbe");
    if (!enabled || cron) {
      return;
    }
    Map<String, Object> h = new LinkedHashMap<>();
    String live = Values.text(values, "healthChecks.livenessProbePath");
    String ready = Values.text(values, "healthChecks.readinessProbePath");
    if (!live.isEmpty()) {
      h.put("liveness", Map.of("path", live));
    }
    if (!ready.isEmpty()) {
      h.put("readiness", Map.of("path", ready));
    }
    if (!h.isEmpty()) {
      s.put("health", h);
      log.mapped(
          "probe timings: chartgen's (readiness checked more often than liveness) instead of"
              + " DIGIT's identical 30s/60s");
    }
  }

  private Map<String, Object> java(Map<String, Object> resources) {
    Map<String, Object> j = new LinkedHashMap<>();
    String heap = Values.text(values, "heap");
    log.use("heap");
    if (!heap.isEmpty()) {
      j.put("heap", heap);
      heapFits(heap, resources);
    }
    String args = Values.text(values, "java-args");
    log.use("java-args");
    if (!args.isEmpty()) {
      j.put("args", args);
    }
    log.use("java-debug");
    String debug = javaEnv.get("JAVA_ENABLE_DEBUG");
    if (debug != null ? debug.equalsIgnoreCase("true") : Values.truthy(values, "java-debug")) {
      j.put("debug", true);
    }
    log.use("tracing-enabled");
    j.put("tracing", Values.truthy(values, "tracing-enabled"));
    String datasource = datasourceKey();
    if (!datasource.equals("db-url")) {
      j.put("datasourceUrlKey", datasource);
      boolean known =
          context
              .clusterConfigs()
              .path("configmaps")
              .path(EnvImporter.SHARED_CONFIG)
              .path("data")
              .has(datasource);
      String where =
          "java.datasourceUrlKey "
              + datasource
              + ": DIGIT's common chart reads the datasource URL from this egov-config key in"
              + " namespace "
              + Values.text(values, "namespace");
      log.mapped(where);
      if (!known) {
        log.note(
            "ACTION: the environment's egov-config has no key "
                + datasource
                + " (DIGIT's pods could not start either): add it to the environment's"
                + " sharedConfig");
      }
    }
    return j;
  }

  /**
   * The egov-config key DIGIT's common chart reads SPRING_DATASOURCE_URL (and the migration's
   * DB_URL) from, found by rendering the common chart's java env set with this service's values
   * (health-db-url in the health namespace, db-url elsewhere).
   */
  @SuppressWarnings("unchecked")
  private String datasourceKey() {
    JsonNode set = context.common().path("extraEnv").path("java");
    if (!set.isString()) {
      return "db-url";
    }
    TemplateText.Result rendered =
        TemplateText.render(set.stringValue(), 1, scope, "common extraEnv.java", false);
    for (EnvEntry entry : EnvImporter.read(rendered, "common extraEnv.java")) {
      if (entry.name().equals("SPRING_DATASOURCE_URL")
          && entry.value() instanceof Map<?, ?> ref
          && ref.get("config") instanceof String key
          && ref.get("configMap") == null) {
        return key;
      }
    }
    return "db-url";
  }

  /** Safe fix: a heap at or over the memory limit raises the limit to heap + 25%. */
  @SuppressWarnings("unchecked")
  private void heapFits(String heap, Map<String, Object> resources) {
    Optional<BigDecimal> xmx = Quantities.maxHeap(heap);
    Map<String, Object> limits = (Map<String, Object>) resources.get("limits");
    String memory = limits == null ? null : (String) limits.get("memory");
    Optional<BigDecimal> limit = Quantities.parse(memory);
    if (xmx.isPresent() && limit.isEmpty()) {
      // no memory limit in DIGIT's values (no common chart defaults): give the heap its room
      String fixed = heapPlusQuarter(xmx.get());
      Map<String, Object> mem = new LinkedHashMap<>();
      mem.put("memory", fixed);
      resources.put("requests", new LinkedHashMap<>(mem));
      resources.put("limits", mem);
      log.note(
          "safe fix: heap "
              + heap
              + " comes with no memory limit; requests and limits of memory are set to "
              + fixed
              + " (heap + 25%)");
      return;
    }
    if (xmx.isEmpty() || limit.isEmpty() || xmx.get().compareTo(limit.get()) < 0) {
      return;
    }
    String fixed = heapPlusQuarter(xmx.get());
    limits.put("memory", fixed);
    Map<String, Object> requests = (Map<String, Object>) resources.get("requests");
    if (requests != null && memory.equals(requests.get("memory"))) {
      requests.put("memory", fixed);
    }
    log.note(
        "safe fix: heap "
            + heap
            + " does not fit the memory limit "
            + memory
            + "; the limit is raised to "
            + fixed
            + " (heap + 25%)");
  }

  private static String heapPlusQuarter(BigDecimal xmx) {
    BigDecimal mebi = BigDecimal.valueOf(1024L * 1024L);
    return xmx.multiply(new BigDecimal("1.25")).divide(mebi, 0, RoundingMode.CEILING).longValue()
        + "Mi";
  }

  private List<EnvEntry> env(boolean java) {
    JsonNode node = values.get("env");
    log.use("env");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isString()) {
      throw new Refusal(
          line("/env"), "env is not a YAML string", "write env as a block string (env: |)");
    }
    TemplateText.Result rendered =
        TemplateText.render(node.stringValue(), firstLine("/env"), scope, "env", true);
    rendered.notes().forEach(log::note);
    rendered.ownKeysRead().forEach(k -> log.use(k));
    return EnvImporter.read(rendered, "env");
  }

  private Map<String, Object> envMap(List<EnvEntry> entries, boolean java) {
    Map<String, Object> env = new LinkedHashMap<>();
    for (EnvEntry entry : entries) {
      if (java && JAVA_ENV.contains(entry.name())) {
        if (entry.literal() && entry.inlined().isEmpty()) {
          javaEnv.put(entry.name(), (String) entry.value());
        }
        log.mapped("env " + entry.name() + ": set by spec.java (java-spring convention)");
        continue;
      }
      if (TemplateText.TRACING.equals(entry.guard())) {
        if (java && TRACING_ENV.contains(entry.name())) {
          log.mapped("env " + entry.name() + " (under tracing-enabled): set by spec.java.tracing");
          continue;
        }
        if (!Values.truthy(values, "tracing-enabled")) {
          log.note("env " + entry.name() + ": under tracing-enabled, which is off: left out");
          continue;
        }
      }
      Object value = entry.value();
      if (entry.literal() && SecretNames.looksSecret(entry.name(), (String) value)) {
        String key = entry.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("secret", source.module());
        ref.put("key", key);
        value = ref;
        log.note(
            "safe fix: env "
                + entry.name()
                + " held a secret-looking literal; it now reads Secret "
                + source.module()
                + " key "
                + key
                + " (provide it at install time)");
      } else if (!entry.inlined().isEmpty()) {
        log.note(
            "env "
                + entry.name()
                + ": inlined values key(s) "
                + String.join(", ", entry.inlined()));
      }
      if (entry.guard() != null && entry.guard().startsWith(GLOBAL_GUARD)) {
        if (env.containsKey(entry.name())) {
          // one entry per name in a descriptor: decide it for this environment, as DIGIT does
          String global = entry.guard().substring(GLOBAL_GUARD.length());
          boolean on = Expression.truthy(Scope.toJava(context.globals().get(global)));
          log.note(
              "env "
                  + entry.name()
                  + " line "
                  + entry.line()
                  + ": a second entry inside {{ if global."
                  + global
                  + " }}, which is "
                  + (on ? "on" : "off")
                  + " in this environment: "
                  + (on ? "it replaces the first" : "left out")
                  + " (a descriptor holds one entry per name; where the flag differs, override the"
                  + " value in that environment's file)");
          if (!on) {
            continue;
          }
          env.remove(entry.name());
        } else {
          value = when(entry, value);
        }
      }
      if (env.containsKey(entry.name())) {
        log.note(
            "env "
                + entry.name()
                + " is listed twice (line "
                + entry.line()
                + "); DIGIT's pod keeps the last, so does the descriptor");
        env.remove(entry.name());
      }
      env.put(entry.name(), value);
    }
    return env;
  }

  /**
   * An entry inside {@code if <global flag>}: set only where the flag is on ({@code when:}); the
   * imported environment file defines the flag as DIGIT's environment sets the global value.
   */
  private Object when(EnvEntry entry, Object value) {
    String global = entry.guard().substring(GLOBAL_GUARD.length());
    String flag = Flags.name(global);
    Map<String, Object> out = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> ref) {
      ref.forEach((k, v) -> out.put(String.valueOf(k), v));
    } else {
      out.put("value", value);
    }
    out.put("when", flag);
    log.mapped(
        "env "
            + entry.name()
            + ": inside {{ if global."
            + global
            + " }}, now set only where flag "
            + flag
            + " is on (when:); the environment file defines the flag");
    return out;
  }

  /** A single-replica service DIGIT runs on purpose is waived, with the reason, not rewritten. */
  private void waivers(Map<String, Object> s, boolean cron) {
    List<Object> waivers = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> image = (Map<String, Object>) s.get("image");
    if (ImageImporter.UNPINNED.equals(image.get("tag"))) {
      Map<String, Object> unpinned = new LinkedHashMap<>();
      unpinned.put("rule", "CG017");
      unpinned.put(
          "reason",
          "imported from DIGIT: no release file pins "
              + image.get("repository")
              + ", so the tag is the placeholder unpinned: pin the real tag, then remove this"
              + " waiver");
      waivers.add(unpinned);
    }
    Object replicas = s.get("replicas");
    if (cron || !(replicas instanceof Integer count) || count >= 2) {
      if (!waivers.isEmpty()) {
        s.put("waivers", waivers);
      }
      return;
    }
    Map<String, Object> waiver = new LinkedHashMap<>();
    waiver.put("rule", "CG023");
    waiver.put(
        "reason",
        "imported from DIGIT, which runs "
            + count
            + " replica of this service (values replicas: \""
            + count
            + "\"); run 2 or add autoscaling when it is ready for it");
    waivers.add(waiver);
    s.put("waivers", waivers);
    log.mapped(
        "CG023 waived: DIGIT runs " + count + " replica; the waiver says so in the descriptor");
  }

  private void serviceAccount(Map<String, Object> s) {
    JsonNode sa = values.get("serviceAccount");
    if (sa == null || sa.isNull()) {
      return;
    }
    log.use("serviceAccount");
    Map<String, Object> account = new LinkedHashMap<>();
    s.put("serviceAccount", account);
    log.note(
        "serviceAccount '"
            + Values.text(values, "serviceAccount")
            + "': chartgen creates the module's own ServiceAccount (named after the module)");
    if (GATEWAYS.contains(source.module())) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("apiGroups", List.of(""));
      rule.put("resources", List.of("services"));
      rule.put("verbs", List.of("get", "list", "watch"));
      Map<String, Object> cluster = new LinkedHashMap<>();
      cluster.put(
          "reason",
          "imported from DIGIT: the "
              + source.module()
              + " discovers routes from the zuul/route-path annotations of Services in every"
              + " namespace");
      cluster.put("rules", List.of(rule));
      account.put("clusterAccess", cluster);
      log.note(
          "serviceAccount: DIGIT's "
              + source.module()
              + " chart binds a ClusterRole in its own templates (not in the values) so that it"
              + " reads Services in every namespace; imported as clusterAccess get/list/watch on"
              + " services (least privilege): compare with that template");
    }
  }

  /**
   * DIGIT's common chart renders a ServiceMonitor of the Service's {@code http} port when a values
   * file enables it ({@code serviceMonitor.enabled}, or {@code enable} as its README writes it),
   * honorLabels from the common defaults (true), interval when set: spec.metrics with a
   * serviceMonitor block, at the Prometheus default path unless the values give one.
   */
  private void serviceMonitor(Map<String, Object> s) {
    JsonNode own = document.root().path(MONITOR);
    boolean on =
        Values.truthy(values, MONITOR + ".enabled") || Values.truthy(values, MONITOR + ".enable");
    if (!on) {
      if (own.isObject()) {
        own.propertyStream()
            .forEach(
                e ->
                    log.dropLossless(
                        MONITOR + "." + e.getKey(),
                        "DIGIT renders no ServiceMonitor here (serviceMonitor.enabled is not true)"));
      }
      return;
    }
    List.of("enabled", "enable", "honorLabels", "interval", "scrapeTimeout", "path")
        .forEach(k -> log.use(MONITOR + "." + k));
    Map<String, Object> monitor = new LinkedHashMap<>();
    String interval = Values.text(values, MONITOR + ".interval");
    if (!interval.isEmpty()) {
      monitor.put("interval", interval);
    }
    String timeout = Values.text(values, MONITOR + ".scrapeTimeout");
    if (!timeout.isEmpty()) {
      monitor.put("scrapeTimeout", timeout);
    }
    monitor.put("honorLabels", Values.truthy(values, MONITOR + ".honorLabels"));
    String path = Values.text(values, MONITOR + ".path");
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("path", path.startsWith("/") ? path : "/metrics");
    metrics.put("serviceMonitor", monitor);
    s.put("metrics", metrics);
    log.mapped(
        "serviceMonitor: spec.metrics.serviceMonitor scrapes port http at "
            + metrics.get("path")
            + " (rendered where the cluster has the ServiceMonitor API, as DIGIT's needs it)");
    log.note(
        "serviceMonitor: spec.metrics also annotates the Service with prometheus.io/* and admits"
            + " the metrics scraper in the NetworkPolicy on the metrics port");
    if (own.isObject()) {
      own.propertyStream()
          .filter(e -> !log.isUsed(MONITOR + "." + e.getKey()))
          .forEach(
              e ->
                  log.drop(
                      MONITOR + "." + e.getKey(),
                      "chartgen's ServiceMonitor has no "
                          + e.getKey()
                          + " (interval, scrapeTimeout, honorLabels and the path only)"));
    }
  }

  private static final String MONITOR = "serviceMonitor";

  /** The values blocks DIGIT's common chart renders as the pod's security context. */
  private static final List<String> SECURITY_BLOCKS =
      List.of("securityContext", "podSecurityContext");

  /** The IDs a descriptor's spec.securityContext carries. */
  private static final List<String> SECURITY_IDS = List.of("runAsUser", "runAsGroup", "fsGroup");

  /**
   * Settings of DIGIT's security context that chartgen's restricted one already has: dropping them
   * loses nothing.
   */
  private static final Map<String, Object> RESTRICTED =
      Map.of(
          "runAsNonRoot", true, "readOnlyRootFilesystem", true, "allowPrivilegeEscalation", false);

  /**
   * DIGIT's common chart gives the pod the values' {@code securityContext} (and {@code
   * podSecurityContext}): fixed IDs an image needs (pgadmin's fsGroup 5050). They become the
   * descriptor's securityContext override with a reason, which every lint report shows as waived
   * (CG046, and CG002 below 10000); 0 (root) stays refused. Other settings are chartgen's
   * restricted ones or dropped.
   */
  private void securityContext(Map<String, Object> s) {
    Map<String, Object> ids = new LinkedHashMap<>();
    List<String> written = new ArrayList<>();
    for (String block : SECURITY_BLOCKS) {
      JsonNode node = document.root().path(block);
      if (!node.isObject()) {
        continue;
      }
      if (node.isEmpty()) {
        log.use(block);
        continue;
      }
      for (var e : node.properties()) {
        String key = block + "." + e.getKey();
        Object value = Scope.toJava(e.getValue());
        if (SECURITY_IDS.contains(e.getKey())) {
          securityId(key, e.getKey(), value, ids, written);
        } else if (RESTRICTED.containsKey(e.getKey()) && RESTRICTED.get(e.getKey()).equals(value)) {
          log.dropLossless(key, "chartgen's restricted security context sets it too");
        } else if (e.getKey().equals("capabilities")) {
          log.dropLossless(key, "chartgen drops every capability (restricted)");
        } else {
          log.drop(
              key,
              "chartgen's restricted security context applies (UID/GID 10001, read-only root,"
                  + " no privilege escalation, capabilities dropped)");
        }
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    Map<String, Object> override = new LinkedHashMap<>(ids);
    override.put(
        "reason",
        "imported from DIGIT: "
            + source.display()
            + " sets "
            + String.join(", ", written)
            + " for this image; chartgen keeps these IDs instead of its default 10001 (check that"
            + " the image still needs them)");
    s.put("securityContext", override);
    log.note(
        "securityContext: "
            + String.join(", ", written)
            + " imported as spec.securityContext with a reason (lint reports list CG046"
            + (below(ids, "runAsUser") || below(ids, "runAsGroup") ? " and CG002" : "")
            + " as waived with it)"
            + (ids.size() == SECURITY_IDS.size()
                ? ""
                : "; "
                    + String.join(
                        ", ", SECURITY_IDS.stream().filter(id -> !ids.containsKey(id)).toList())
                    + ", which DIGIT leaves to the image, "
                    + (ids.size() == SECURITY_IDS.size() - 1 ? "is" : "are")
                    + " chartgen's 10001"));
  }

  private static boolean below(Map<String, Object> ids, String id) {
    return ids.get(id) instanceof Long value && value < 10000;
  }

  private void securityId(
      String key, String id, Object value, Map<String, Object> ids, List<String> written) {
    Long number = null;
    if (value instanceof Number n) {
      number = n.longValue();
    } else if (value instanceof String text && text.strip().matches("[0-9]{1,10}")) {
      number = Long.parseLong(text.strip());
    }
    if (number == null || number > Integer.MAX_VALUE) {
      log.drop(key, "'" + value + "' is not a user or group ID; chartgen's 10001 applies");
      return;
    }
    if (number == 0) {
      log.drop(key, "0 is root, which chartgen refuses; its 10001 applies");
      log.note(
          "ACTION: "
              + key
              + " is 0 (root): chartgen runs the pods as 10001; give the image a non-root ID in"
              + " spec.securityContext (with a reason) if it needs one");
      return;
    }
    log.use(key);
    Object earlier = ids.put(id, number);
    if (earlier != null && !earlier.equals(number)) {
      log.note(
          key
              + " "
              + number
              + " replaces "
              + id
              + " "
              + earlier
              + " (DIGIT's pod takes the later block)");
      written.removeIf(w -> w.startsWith(id + " "));
    }
    written.add(id + " " + number);
  }

  /** DIGIT's gateways, which discover routes from Service annotations cluster-wide. */
  private static final List<String> GATEWAYS = List.of("gateway", "zuul");

  int line(String pointer) {
    return document.locateKey(pointer).line();
  }

  /** The values file line where the (block) string at {@code pointer} starts. */
  int firstLine(String pointer) {
    int at = document.locate(pointer).line();
    if (at <= 0 || at > fileLines.size()) {
      return at;
    }
    String text = fileLines.get(at - 1);
    return text.matches(".*:\\s*[|>][-+0-9]*\\s*(#.*)?$") ? at + 1 : at;
  }
}
