package dev.chartgen.core.policy;

import dev.chartgen.core.verify.RenderedObject;
import java.util.List;
import java.util.Map;

/**
 * Base of Java rules: the rule's metadata (declared in {@link RuleCatalog}) and a way to report.
 */
abstract class JavaRule implements ChartRule {

  private final Rule rule;

  /** A rule whose metadata {@link RuleCatalog} declares under {@code id}. */
  JavaRule(String id) {
    this.rule = RuleCatalog.rule(id);
  }

  @Override
  public Rule rule() {
    return rule;
  }

  void report(
      List<Finding> findings,
      ChartObjects chart,
      RenderedObject object,
      String path,
      String detail) {
    String message = detail.isEmpty() ? rule.message() : rule.message() + ": " + detail;
    findings.add(new Finding(rule, chart.chart(), object.id(), path, message, object.source()));
  }

  /**
   * Whether every label of {@code selector} is among {@code labels} (and the selector is not
   * empty).
   */
  static boolean selects(Map<String, String> selector, Map<String, String> labels) {
    return !selector.isEmpty()
        && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }
}
