package dev.chartgen.core.lint;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Rule;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.render.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as SARIF 2.1.0 for code-scanning dashboards: every rule with its documentation, every
 * finding located at the descriptor that caused it (and the rendered object, as a logical
 * location); waived findings carry their waiver as a suppression.
 */
public final class SarifReport {

  /** Where the rules are documented, relative to the repository. */
  public static final String RULES_DOC = "docs/rules.md";

  private SarifReport() {}

  public static String write(LintReport report) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "chartgen");
    driver.put("informationUri", "https://github.com/chartgen/chartgen");
    List<Object> rules = new ArrayList<>();
    for (Rule rule : report.rules().values()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", rule.id());
      r.put("name", rule.title());
      r.put("shortDescription", Map.of("text", rule.title()));
      r.put("fullDescription", Map.of("text", rule.message()));
      r.put("help", Map.of("text", rule.hint()));
      r.put("helpUri", RULES_DOC + "#" + rule.docAnchor());
      r.put("defaultConfiguration", Map.of("level", level(rule)));
      r.put("properties", Map.of("family", rule.family(), "checks", rule.checks()));
      rules.add(r);
    }
    driver.put("rules", rules);
    List<Object> results = new ArrayList<>();
    report.findings().forEach(f -> results.add(result(report, f, null)));
    report.waived().forEach(w -> results.add(result(report, w.finding(), w.reason())));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    sarif.put("version", "2.1.0");
    sarif.put("runs", List.of(run));
    return JsonWriter.write(sarif);
  }

  private static Map<String, Object> result(LintReport report, Finding f, String waiver) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", f.ruleId());
    result.put("level", level(f.rule()));
    result.put(
        "message",
        Map.of("text", f.chart() + ": " + f.object() + " " + f.path() + ": " + f.message()));
    Map<String, Object> location = new LinkedHashMap<>();
    DescriptorLocator locator = report.descriptors().get(f.chart());
    if (locator != null) {
      Location at = locator.locate(f.ruleId());
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", Map.of("uri", locator.source(), "uriBaseId", "%SRCROOT%"));
      if (at.line() > 0) {
        physical.put("region", Map.of("startLine", at.line(), "startColumn", at.column()));
      }
      location.put("physicalLocation", physical);
    }
    location.put(
        "logicalLocations",
        List.of(
            Map.of(
                "fullyQualifiedName", f.chart() + "/" + f.object() + f.path(), "kind", "object")));
    result.put("locations", List.of(location));
    if (waiver != null) {
      result.put("suppressions", List.of(Map.of("kind", "inSource", "justification", waiver)));
    }
    return result;
  }

  private static String level(Rule rule) {
    return switch (rule.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
