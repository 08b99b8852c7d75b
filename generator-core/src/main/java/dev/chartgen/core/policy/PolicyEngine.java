package dev.chartgen.core.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every policy rule: JSON Schema rules for single objects, Java rules for what compares objects,
 * and the rules the linter itself applies (Helm lint, strict parsing, API versions, waivers).
 */
public final class PolicyEngine {

  /** No apiVersion deprecated or removed in the supported Kubernetes versions. */
  public static final Rule API_VERSIONS = RuleCatalog.rule("CG036");

  /** helm lint --strict passes. */
  public static final Rule HELM_LINT = RuleCatalog.rule("CG042");

  /** The chart renders and every object parses strictly with the Kubernetes models. */
  public static final Rule STRICT_OBJECTS = RuleCatalog.rule("CG043");

  /** A waiver must waive something. */
  public static final Rule STALE_WAIVER = RuleCatalog.rule("CG044");

  private final SchemaRules schemaRules;
  private final List<ChartRule> javaRules;

  private PolicyEngine(SchemaRules schemaRules, List<ChartRule> javaRules) {
    this.schemaRules = schemaRules;
    this.javaRules = javaRules;
  }

  private static List<ChartRule> javaRules() {
    List<ChartRule> rules = new ArrayList<>();
    rules.addAll(IdentityRules.all());
    rules.addAll(ContainerRules.all());
    rules.addAll(AvailabilityRules.all());
    rules.addAll(ServiceRules.all());
    rules.addAll(ChartRules.all());
    rules.addAll(SecurityContextRules.all());
    rules.addAll(ApiServerRules.all());
    return List.copyOf(rules);
  }

  /** The built-in rules plus the JSON Schema rules in {@code extraPolicies} (may be null). */
  public static PolicyEngine load(Path extraPolicies) {
    return load(extraPolicies, null);
  }

  /**
   * The built-in rules plus the JSON Schema rules in {@code extraPolicies} (may be null).
   *
   * @param displayRoot file names in messages about the user's policies are relative to it
   * @throws dev.chartgen.core.problem.DescriptorException when a user's policy is malformed
   */
  public static PolicyEngine load(Path extraPolicies, Path displayRoot) {
    java.util.Set<String> taken = new java.util.TreeSet<>();
    for (Rule rule : List.of(API_VERSIONS, HELM_LINT, STRICT_OBJECTS, STALE_WAIVER)) {
      taken.add(rule.id());
    }
    taken.add(NetworkGraphRule.RULE.id());
    List<ChartRule> javaRules = javaRules();
    javaRules.forEach(r -> taken.add(r.rule().id()));
    return new PolicyEngine(SchemaRules.load(extraPolicies, displayRoot, taken), javaRules);
  }

  /** Every rule, by id. */
  public Map<String, Rule> rules() {
    Map<String, Rule> all = new TreeMap<>();
    schemaRules.rules().forEach(r -> all.put(r.id(), r));
    javaRules.forEach(r -> all.put(r.rule().id(), r.rule()));
    for (Rule rule : List.of(API_VERSIONS, HELM_LINT, STRICT_OBJECTS, STALE_WAIVER)) {
      all.put(rule.id(), rule);
    }
    all.put(NetworkGraphRule.RULE.id(), NetworkGraphRule.RULE);
    return all;
  }

  /** Where each rule is implemented: its JSON Schema file, or its Java class, or the linter. */
  public Map<String, String> implementations() {
    Map<String, String> where = new TreeMap<>();
    schemaRules
        .rules()
        .forEach(r -> where.put(r.id(), "schemas/policies/" + r.id() + ".schema.json"));
    javaRules.forEach(
        r -> where.put(r.rule().id(), "Java: " + r.getClass().getName().replace('$', '.')));
    for (Rule rule : List.of(API_VERSIONS, HELM_LINT, STRICT_OBJECTS, STALE_WAIVER)) {
      where.put(rule.id(), "Java: the linter (lint.Linter)");
    }
    where.put(
        NetworkGraphRule.RULE.id(),
        "Java: " + NetworkGraphRule.class.getName() + " (all charts at once, by the linter)");
    return where;
  }

  /** Every finding of the object and chart rules on one chart's objects, in a stable order. */
  public List<Finding> check(ChartObjects chart) {
    List<Finding> findings = new ArrayList<>(schemaRules.check(chart));
    for (ChartRule rule : javaRules) {
      rule.check(chart, findings);
    }
    findings.sort(ORDER);
    return findings;
  }

  /** Findings ordered by chart, environment (default values first), rule, object and path. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::chart)
          .thenComparing(f -> f.environment() == null ? "" : f.environment())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::object)
          .thenComparing(Finding::path)
          .thenComparing(Finding::message);
}
