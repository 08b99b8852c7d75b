package dev.chartgen.core.importer;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.yaml.YamlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import tools.jackson.databind.JsonNode;

/**
 * The pod's parts beyond the main container's basics: resources (a template string in DIGIT),
 * db-migration, git-sync, extra init containers, extra volumes and mounts, persistence.
 */
final class PodParts {

  private final JsonNode values;
  private final Scope scope;
  private final ServiceLog log;
  private final ToIntFunction<String> firstLine;
  private final ChartSource source;
  private final JsonNode common;

  PodParts(
      JsonNode common,
      JsonNode values,
      Scope scope,
      ServiceLog log,
      ToIntFunction<String> firstLine,
      ChartSource source) {
    this.values = values;
    this.scope = scope;
    this.log = log;
    this.firstLine = firstLine;
    this.source = source;
    this.common = common;
  }

  /** requests/limits from the (rendered) resources value. */
  Map<String, Object> resources(boolean java) {
    log.use("resources");
    log.use("memory_limits");
    JsonNode tree = tree("resources", "/resources");
    Map<String, Object> out = new LinkedHashMap<>();
    for (String side : List.of("requests", "limits")) {
      JsonNode list = tree == null ? null : tree.get(side);
      if (list == null || !list.isObject() || list.isEmpty()) {
        continue;
      }
      Map<String, Object> q = new LinkedHashMap<>();
      for (var e : list.properties()) {
        String name =
            switch (e.getKey()) {
              case "cpu" -> "cpu";
              case "memory" -> "memory";
              case "ephemeral-storage" -> "ephemeralStorage";
              default ->
                  throw new Refusal(
                      firstLine.applyAsInt("/resources"),
                      "resources." + side + "." + e.getKey() + " is not understood",
                      "use cpu, memory or ephemeral-storage");
            };
        q.put(name, Expression.print(Scope.toJava(e.getValue())));
      }
      out.put(side, q);
    }
    if (java && !out.isEmpty()) {
      log.mapped(
          "resources: DIGIT's memory request = limit kept; CPU and ephemeral storage from the platform's java-spring defaults");
    }
    return out;
  }

  void dbMigration(Map<String, Object> s) {
    log.use("initContainers.dbMigration");
    JsonNode m = values.path("initContainers").path("dbMigration");
    if (!Values.truthy(m, "enabled")) {
      return;
    }
    Map<String, Object> d = new LinkedHashMap<>();
    String table = Values.text(m, "schemaTable");
    if (table.isEmpty()) {
      throw new Refusal(
          0,
          "initContainers.dbMigration has no schemaTable",
          "set initContainers.dbMigration.schemaTable");
    }
    d.put("schemaTable", table);
    String repository =
        Values.text(m, "image.repository").replaceFirst("^(docker\\.io/)?egovio/", "");
    @SuppressWarnings("unchecked")
    Map<String, Object> image = (Map<String, Object>) s.get("image");
    String expected = image.get("repository") + "-db";
    if (!repository.isEmpty() && !repository.equals(expected)) {
      d.put("image", Map.of("repository", repository));
    }
    d.put("mode", "initContainer");
    JsonNode env = values.path("initContainers").path("dbMigration").path("env");
    JsonNode commonEnv = common.path("initContainers").path("dbMigration").path("env");
    if (env.isString() && !env.equals(commonEnv)) {
      Map<String, Object> own = migrationEnv(env.stringValue(), table);
      if (!own.isEmpty()) {
        d.put("env", own);
      }
    }
    s.put("dbMigration", d);
  }

  /**
   * The variables of a migration env string that differ from what chartgen's migration sets by
   * convention (DB_URL from egov-config db-url, SCHEMA_TABLE, FLYWAY_USER/PASSWORD from Secret db,
   * FLYWAY_LOCATIONS): a migration of another database keeps its own DB_URL.
   */
  private Map<String, Object> migrationEnv(String text, String table) {
    TemplateText.Result rendered =
        TemplateText.render(
            text,
            firstLine.applyAsInt("/initContainers/dbMigration/env"),
            scope,
            "initContainers.dbMigration.env",
            false);
    rendered.notes().forEach(log::note);
    rendered.ownKeysRead().forEach(log::use);
    Map<String, Object> conventional =
        Map.of(
            "DB_URL", Map.of("config", "db-url"),
            "SCHEMA_TABLE", table,
            "FLYWAY_USER", Map.of("secret", "db", "key", "flyway-username"),
            "FLYWAY_PASSWORD", Map.of("secret", "db", "key", "flyway-password"),
            "FLYWAY_LOCATIONS", Map.of("config", "flyway-locations"));
    Map<String, Object> own = new LinkedHashMap<>();
    for (EnvEntry entry : EnvImporter.read(rendered, "initContainers.dbMigration.env")) {
      if (entry.value().equals(conventional.get(entry.name()))) {
        continue;
      }
      own.put(entry.name(), entry.value());
      if ("".equals(entry.value())) {
        log.note(
            "ACTION: db-migration env "
                + entry.name()
                + " is empty (DIGIT renders it empty too: "
                + (entry.inlined().isEmpty()
                    ? "the env string says so"
                    : "values key(s) " + String.join(", ", entry.inlined()) + " set nowhere")
                + "): set spec.dbMigration.env."
                + entry.name()
                + " before deploying");
        continue;
      }
      log.mapped(
          "db-migration env "
              + entry.name()
              + ": the migration's own value"
              + (entry.inlined().isEmpty()
                  ? ""
                  : " (inlined values key(s) " + String.join(", ", entry.inlined()) + ")")
              + " replaces chartgen's convention (dbMigration.env)");
    }
    return own;
  }

  void gitSync(Map<String, Object> s) {
    log.use("initContainers.gitSync");
    JsonNode g = values.path("initContainers").path("gitSync");
    if (!Values.truthy(g, "enabled")) {
      return;
    }
    String repo = Values.text(g, "repo");
    String branch = Values.text(g, "branch");
    if (repo.isEmpty() || branch.isEmpty()) {
      throw new Refusal(
          0,
          "initContainers.gitSync needs repo and branch",
          "set initContainers.gitSync.repo and .branch (in the values or environment file)");
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("repo", repo);
    d.put("branch", branch);
    s.put("gitSync", d);
  }

  void initContainers(Map<String, Object> s) {
    log.use("initContainers.extraInitContainers");
    log.use("extraInitContainers");
    JsonNode list =
        tree("initContainers.extraInitContainers", "/initContainers/extraInitContainers");
    JsonNode top = tree("extraInitContainers", "/extraInitContainers");
    List<Object> out = new ArrayList<>();
    for (JsonNode l : new JsonNode[] {list, top}) {
      if (l == null || !l.isArray()) {
        continue;
      }
      for (JsonNode c : l) {
        out.add(container(c));
      }
    }
    if (!out.isEmpty()) {
      s.put("initContainers", out);
    }
  }

  private Map<String, Object> container(JsonNode c) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("name", c.path("name").asString(""));
    String ref = c.path("image").asString("");
    int colon = ref.lastIndexOf(':');
    if (colon < 0 || ref.indexOf('@') >= 0) {
      throw new Refusal(
          0,
          "init container " + d.get("name") + ": image '" + ref + "' has no tag",
          "pin the init container's image tag");
    }
    String repository = ref.substring(0, colon).replaceFirst("^(docker\\.io/)?egovio/", "");
    d.put("image", Map.of("repository", repository, "tag", ref.substring(colon + 1)));
    for (String key : List.of("command", "args")) {
      if (c.path(key).isArray()) {
        List<String> items = new ArrayList<>();
        c.get(key).forEach(i -> items.add(Expression.print(Scope.toJava(i))));
        d.put(key, items);
      }
    }
    if (c.path("env").isArray()) {
      Map<String, Object> env = new LinkedHashMap<>();
      for (JsonNode e : c.get("env")) {
        env.put(e.path("name").asString(""), Expression.print(Scope.toJava(e.path("value"))));
      }
      d.put("env", env);
    }
    if (c.path("volumeMounts").isArray()) {
      List<Object> mounts = new ArrayList<>();
      for (JsonNode m : c.get("volumeMounts")) {
        mounts.add(
            Map.of(
                "name",
                m.path("name").asString(""),
                "mountPath",
                m.path("mountPath").asString("")));
      }
      d.put("volumeMounts", mounts);
    }
    for (var e : c.properties()) {
      if (!List.of("name", "image", "command", "args", "env", "volumeMounts", "imagePullPolicy")
          .contains(e.getKey())) {
        throw new Refusal(
            0,
            "init container " + d.get("name") + ": '" + e.getKey() + "' is not understood",
            "remove it or keep this service in DIGIT's chart");
      }
    }
    log.note("init container " + d.get("name") + ": imported from extraInitContainers");
    return d;
  }

  /** extraVolumes + extraVolumeMounts (YAML strings) and persistence, as spec.volumes. */
  void volumes(Map<String, Object> s) {
    log.use("extraVolumes");
    log.use("extraVolumeMounts");
    JsonNode volumes = tree("extraVolumes", "/extraVolumes");
    JsonNode mounts = tree("extraVolumeMounts", "/extraVolumeMounts");
    List<Object> out = new ArrayList<>();
    Map<String, Object> configMaps = new LinkedHashMap<>();
    Map<String, List<JsonNode>> mountsByName = new LinkedHashMap<>();
    if (mounts != null && mounts.isArray()) {
      for (JsonNode m : mounts) {
        mountsByName.computeIfAbsent(m.path("name").asString(""), k -> new ArrayList<>()).add(m);
      }
    }
    if (volumes != null && volumes.isArray()) {
      for (JsonNode v : volumes) {
        out.addAll(new VolumeImporter(log, source, scope, configMaps).volume(v, mountsByName));
      }
    }
    if (!mountsByName.isEmpty()) {
      throw new Refusal(
          firstLine.applyAsInt("/extraVolumeMounts"),
          "extraVolumeMounts names volumes that extraVolumes does not declare: "
              + String.join(", ", mountsByName.keySet()),
          "declare the volume in extraVolumes or remove the mount");
    }
    new VolumeImporter(log, source, scope, configMaps).persistence(values, out);
    if (!configMaps.isEmpty()) {
      s.put("configMaps", new ArrayList<>(configMaps.values()));
    }
    if (!out.isEmpty()) {
      s.put("volumes", out);
    }
  }

  /** A values key that may be a template string (rendered and parsed) or a tree. */
  private JsonNode tree(String key, String pointer) {
    JsonNode node = Values.at(values, key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      return node;
    }
    if (node.stringValue().isBlank()) {
      return null;
    }
    TemplateText.Result rendered =
        TemplateText.render(node.stringValue(), firstLine.applyAsInt(pointer), scope, key, false);
    if (node.equals(Values.at(common, key))) {
      // the common chart's own default, evaluated as DIGIT evaluates it: no rewrite
      rendered.notes().forEach(n -> log.mapped("common chart's " + n));
    } else {
      rendered.notes().forEach(log::note);
    }
    rendered.ownKeysRead().forEach(log::use);
    if (rendered.text().isBlank()) {
      return null;
    }
    try {
      return YamlParser.parse(key, rendered.text()).root();
    } catch (DescriptorException e) {
      int at = e.problems().get(0).location().line();
      int line =
          rendered.lines().isEmpty()
              ? 0
              : rendered
                  .lines()
                  .get(Math.min(Math.max(at, 1), rendered.lines().size()) - 1)
                  .sourceLine();
      throw new TemplateException(line, key + " is not YAML: " + e.problems().get(0).message());
    }
  }
}
