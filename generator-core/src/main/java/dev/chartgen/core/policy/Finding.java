package dev.chartgen.core.policy;

/**
 * One rule broken by one rendered object.
 *
 * @param chart the chart (module) it belongs to
 * @param object kind/name of the object, or the chart file for chart-wide findings
 * @param path JSON pointer of the offending field in the object ("" for the whole object)
 * @param source the chart template that rendered the object
 */
public record Finding(
    Rule rule, String chart, String object, String path, String message, String source) {

  public String ruleId() {
    return rule.id();
  }

  public Severity severity() {
    return rule.severity();
  }
}
