package dev.chartgen.core.policy;

/**
 * One rule broken by one rendered object.
 *
 * @param chart the chart (module) it belongs to
 * @param object kind/name of the object, or the chart file for chart-wide findings
 * @param path JSON pointer of the offending field in the object ("" for the whole object)
 * @param source the chart template that rendered the object
 * @param environment the environment whose values the chart was rendered with, or null for the
 *     chart's default values
 */
public record Finding(
    Rule rule,
    String chart,
    String object,
    String path,
    String message,
    String source,
    String environment) {

  /** A finding on the chart rendered with its default values. */
  public Finding(
      Rule rule, String chart, String object, String path, String message, String source) {
    this(rule, chart, object, path, message, source, null);
  }

  /** The same finding, found with the values of {@code environment} (null: default values). */
  public Finding in(String environment) {
    return new Finding(rule, chart, object, path, message, source, environment);
  }

  public String ruleId() {
    return rule.id();
  }

  public Severity severity() {
    return rule.severity();
  }
}
