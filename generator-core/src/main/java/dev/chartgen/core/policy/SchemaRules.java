package dev.chartgen.core.policy;

import com.networknt.schema.Error;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.verify.RenderedObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single-object rules written as JSON Schemas (schemas/policies, plus a user's folder). A rule's
 * {@code x-rule} annotation says what it applies to:
 *
 * <ul>
 *   <li>{@code object}: the whole object, filtered by {@code kinds};
 *   <li>{@code podSpec}: the pod spec of every workload;
 *   <li>{@code container}: {@code {"container": …, "pod": <pod spec>, "init": bool, "kind": …}} for
 *       every container and init container.
 * </ul>
 *
 * An object that fails the schema breaks the rule; the finding points at the first failing field.
 */
public final class SchemaRules {

  /** Where the built-in policy schemas live in the core jar. */
  public static final String RESOURCE_ROOT = SchemaCatalog.RESOURCE_ROOT + "policies/";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A rule with the schema that decides it. */
  record SchemaRule(Rule rule, String target, Set<String> kinds, String schemaId) {}

  private final SchemaCatalog catalog;
  private final List<SchemaRule> rules;

  private SchemaRules(SchemaCatalog catalog, List<SchemaRule> rules) {
    this.catalog = catalog;
    this.rules = List.copyOf(rules);
  }

  /** The built-in rules plus every {@code *.schema.json} in {@code extraFolder} (may be null). */
  public static SchemaRules load(Path extraFolder) {
    return load(extraFolder, null, Set.of());
  }

  /**
   * The built-in rules plus every {@code *.schema.json} in {@code extraFolder} (may be null).
   *
   * @param displayRoot the user's file names in messages are relative to it
   * @param taken ids of other rules (Java rules) that a user's rule may not reuse
   * @throws dev.chartgen.core.problem.DescriptorException when a user's policy is malformed
   */
  public static SchemaRules load(Path extraFolder, Path displayRoot, Set<String> taken) {
    Map<String, JsonNode> documents = new LinkedHashMap<>();
    Set<String> ids = new java.util.TreeSet<>(taken);
    JsonNode index = SchemaCatalog.readResource(RESOURCE_ROOT + "index.json");
    for (JsonNode file : index.get("files")) {
      JsonNode schema = SchemaCatalog.readResource(RESOURCE_ROOT + file.asString());
      documents.put(SchemaCatalog.idOf(schema, "policies/" + file.asString()), schema);
      ids.add(schema.path(SchemaCatalog.RULE_KEYWORD).path("id").asString());
    }
    if (extraFolder != null) {
      documents.putAll(UserPolicies.read(extraFolder, displayRoot, ids));
    }
    List<SchemaRule> rules = new ArrayList<>();
    documents.forEach((id, schema) -> rules.add(rule(id, schema)));
    rules.sort(Comparator.comparing(r -> r.rule().id()));
    return new SchemaRules(SchemaCatalog.withExtra(documents), rules);
  }

  private static SchemaRule rule(String id, JsonNode schema) {
    JsonNode meta = schema.get(SchemaCatalog.RULE_KEYWORD);
    if (meta == null) {
      throw new IllegalArgumentException(
          id + " has no " + SchemaCatalog.RULE_KEYWORD + " annotation");
    }
    List<Integer> checks = new ArrayList<>();
    if (meta.has("checks")) {
      meta.get("checks").forEach(n -> checks.add(n.asInt()));
    }
    Set<String> kinds = new java.util.TreeSet<>();
    if (meta.has("kinds")) {
      meta.get("kinds").forEach(n -> kinds.add(n.asString()));
    }
    Rule rule =
        new Rule(
            meta.get("id").asString(),
            schema.get("title").asString(),
            Severity.parse(meta.get("severity").asString()),
            meta.get("family").asString(),
            checks,
            meta.get("message").asString(),
            meta.get("hint").asString(),
            schema.has("description") ? schema.get("description").asString() : "");
    return new SchemaRule(rule, meta.get("target").asString(), kinds, id);
  }

  /** The rules, by id. */
  public List<Rule> rules() {
    return rules.stream().map(SchemaRule::rule).toList();
  }

  /** Every finding of the schema rules on the chart's objects. */
  public List<Finding> check(ChartObjects chart) {
    List<Finding> findings = new ArrayList<>();
    for (SchemaRule rule : rules) {
      switch (rule.target()) {
        case "object" -> {
          for (RenderedObject object : chart.objects()) {
            if (rule.kinds().isEmpty() || rule.kinds().contains(object.kind())) {
              evaluate(rule, chart, object, object.content(), path -> path, "", findings);
            }
          }
        }
        case "podSpec" -> {
          for (Workload workload : chart.workloads()) {
            if (rule.kinds().isEmpty() || rule.kinds().contains(workload.kind())) {
              evaluate(
                  rule,
                  chart,
                  workload.object(),
                  workload.podSpec(),
                  path -> workload.podSpecPath() + path,
                  "",
                  findings);
            }
          }
        }
        case "container" -> {
          for (Workload workload : chart.workloads()) {
            for (Workload.Container container : workload.containers()) {
              Map<String, Object> document = new LinkedHashMap<>();
              document.put("container", container.content());
              document.put("pod", workload.podSpec());
              document.put("init", container.init());
              document.put("kind", workload.kind());
              evaluate(
                  rule,
                  chart,
                  workload.object(),
                  document,
                  path -> containerPath(path, container.path(), workload.podSpecPath()),
                  "container '" + container.name() + "': ",
                  findings);
            }
          }
        }
        default ->
            throw new IllegalStateException(rule.schemaId() + ": unknown target " + rule.target());
      }
    }
    return findings;
  }

  private void evaluate(
      SchemaRule rule,
      ChartObjects chart,
      RenderedObject object,
      Object document,
      java.util.function.UnaryOperator<String> toObjectPath,
      String prefix,
      List<Finding> findings) {
    List<Error> errors = catalog.schema(rule.schemaId()).validate(JSON.valueToTree(document));
    if (errors.isEmpty()) {
      return;
    }
    String path =
        errors.stream()
            .map(e -> e.getInstanceLocation().toString())
            .filter(p -> !p.isEmpty())
            .findFirst()
            .orElse("");
    findings.add(
        new Finding(
            rule.rule(),
            chart.chart(),
            object.id(),
            toObjectPath.apply(path),
            prefix + rule.rule().message(),
            object.source()));
  }

  private static String containerPath(String path, String container, String podSpec) {
    if (path.startsWith("/container")) {
      return container + path.substring("/container".length());
    }
    if (path.startsWith("/pod")) {
      return podSpec + path.substring("/pod".length());
    }
    return container;
  }
}
