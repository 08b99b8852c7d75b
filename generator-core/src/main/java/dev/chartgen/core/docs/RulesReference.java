package dev.chartgen.core.docs;

import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.Rule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The policy rules page (docs/rules.md), written from the rules themselves: the CHECKS.md mapping,
 * and for each rule why it exists, how to fix a finding and how to waive it.
 */
public final class RulesReference {

  /** Where the test that makes each rule fire lives, when not a policy-cases folder. */
  private static final Map<String, String> LINTER_TESTS =
      Map.of(
          "CG036", "generator-core/src/test/java/dev/chartgen/core/lint/LinterTest.java",
          "CG042", "generator-core/src/test/java/dev/chartgen/core/lint/LinterTest.java",
          "CG043", "generator-core/src/test/java/dev/chartgen/core/lint/LinterTest.java",
          "CG044", "generator-core/src/test/java/dev/chartgen/core/lint/LintEndToEndTest.java");

  private static final String CASES = "generator-core/src/test/resources/policy-cases/";

  private final PolicyEngine engine;

  public RulesReference(PolicyEngine engine) {
    this.engine = engine;
  }

  /** The test that proves {@code rule} fires, relative to the repository root. */
  static String test(String rule) {
    return LINTER_TESTS.getOrDefault(rule, CASES + rule + "/fires.yaml");
  }

  public String markdown() {
    Map<String, Rule> rules = engine.rules();
    Map<String, String> where = engine.implementations();
    StringBuilder md = new StringBuilder();
    md.append("# Policy rules\n\n")
        .append(
            "Generated from the rules themselves (`schemas/policies/*.schema.json` and the Java")
        .append(" rules in `dev.chartgen.core.policy`). Do not edit: run the tests with")
        .append(" `-Dgolden.update=true` after changing a rule.\n\n")
        .append("`chartgen:lint` applies every rule to every generated chart, rendered by embedded")
        .append(" Helm for each Kubernetes version of the window. A finding at or above `failOn`")
        .append(" (default `warning`) fails the build. Each rule has a test that makes it fire and")
        .append(" one that makes it pass.\n\n")
        .append("## How to waive a rule\n\n")
        .append("A module may switch a rule off with a written reason; the lint report lists the")
        .append(
            " waiver, and a waiver of a rule that does not fire is itself a finding (CG044):\n\n")
        .append("```yaml\nspec:\n  waivers:\n    - rule: CG023\n")
        .append(
            "      reason: A single cache instance; two Redis pods would serve different data.\n")
        .append("```\n\n")
        .append("A `hostPath` volume declared with its `reason` waives CG010 for its module.\n\n")
        .append("## CHECKS.md rows and their rules\n\n")
        .append("| Row | Rules | Test that makes it fire |\n|---|---|---|\n");
    Map<Integer, List<String>> rows = new TreeMap<>();
    rules
        .values()
        .forEach(
            r ->
                r.checks()
                    .forEach(
                        row ->
                            rows.computeIfAbsent(row, k -> new java.util.ArrayList<>())
                                .add(r.id())));
    rows.forEach(
        (row, ids) ->
            md.append("| ")
                .append(row)
                .append(" | ")
                .append(
                    ids.stream()
                        .map(id -> "[" + id + "](#" + id.toLowerCase(java.util.Locale.ROOT) + ")")
                        .collect(Collectors.joining(", ")))
                .append(" | ")
                .append(
                    ids.stream().map(id -> "`" + test(id) + "`").collect(Collectors.joining(", ")))
                .append(" |\n"));
    md.append(
            "\nHelm's own rules and the linter's: CG036 (API versions), CG042 (`helm lint --strict`),")
        .append(" CG043 (renders, strictly valid objects), CG044 (stale waivers).\n\n## Rules\n\n");
    for (Rule rule : rules.values()) {
      md.append("<a id=\"")
          .append(rule.docAnchor())
          .append("\"></a>\n\n### ")
          .append(rule.id())
          .append(": ")
          .append(rule.title())
          .append("\n\n")
          .append("- Severity: ")
          .append(rule.severity().label())
          .append("; family: ")
          .append(rule.family())
          .append(
              rule.checks().isEmpty()
                  ? ""
                  : "; CHECKS.md row "
                      + rule.checks().stream()
                          .map(String::valueOf)
                          .collect(Collectors.joining(", ")))
          .append("\n- Implemented in: `")
          .append(where.get(rule.id()))
          .append("`\n")
          .append("- Test that makes it fire: `")
          .append(test(rule.id()))
          .append("`\n\n")
          .append("**Why.** ")
          .append(rule.why())
          .append("\n\n")
          .append("**Finding.** ")
          .append(rule.message())
          .append(".\n\n")
          .append("**Fix.** ")
          .append(rule.hint())
          .append(".\n\n")
          .append("**Waive.** `waivers: [{rule: ")
          .append(rule.id())
          .append(", reason: \"…\"}]` in the module's descriptor.\n\n");
    }
    return md.toString();
  }
}
