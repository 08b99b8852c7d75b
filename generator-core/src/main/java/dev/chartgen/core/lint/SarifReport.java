package dev.chartgen.core.lint;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Rule;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.text.JsonWriter;
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
      r.put("shortDescription", ordered("text", rule.title()));
      r.put("fullDescription", ordered("text", rule.message()));
      r.put("help", ordered("text", rule.hint()));
      r.put("helpUri", RULES_DOC + "#" + rule.docAnchor());
      r.put("defaultConfiguration", ordered("level", level(rule)));
      r.put("properties", ordered("family", rule.family(), "checks", rule.checks()));
      rules.add(r);
    }
    driver.put("rules", rules);
    List<Object> results = new ArrayList<>();
    report.findings().forEach(f -> results.add(result(report, f, null)));
    report.waived().forEach(w -> results.add(result(report, w.finding(), w.reason())));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", ordered("driver", driver));
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
        ordered("text", f.chart() + ": " + f.object() + " " + f.path() + ": " + f.message()));
    Map<String, Object> location = new LinkedHashMap<>();
    DescriptorLocator locator = report.descriptors().get(f.chart());
    if (locator != null) {
      Location at = locator.locate(f);
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", ordered("uri", locator.source(), "uriBaseId", "%SRCROOT%"));
      if (at.line() > 0) {
        physical.put("region", ordered("startLine", at.line(), "startColumn", at.column()));
      }
      location.put("physicalLocation", physical);
    }
    location.put(
        "logicalLocations",
        List.of(
            ordered(
                "fullyQualifiedName", f.chart() + "/" + f.object() + f.path(), "kind", "object")));
    result.put("locations", List.of(location));
    if (waiver != null) {
      result.put("suppressions", List.of(ordered("kind", "inSource", "justification", waiver)));
    }
    return result;
  }

  /** A map that keeps the order its entries are given in (Map.of does not). */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String level(Rule rule) {
    return switch (rule.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
