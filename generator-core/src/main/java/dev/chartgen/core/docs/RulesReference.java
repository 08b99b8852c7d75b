package dev.chartgen.core.docs;

import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.Rule;
import dev.chartgen.core.render.TemplateEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The policy rules page (docs/rules.md), written from the rules themselves: the CHECKS.md mapping,
 * and for each rule why it exists, how to fix a finding and how to waive it. The page is the
 * template {@code docs/rules.md.ftl}; this class only gathers what it prints.
 */
public final class RulesReference {

  private final PolicyEngine engine;
  private final UnaryOperator<String> testOf;

  /**
   * @param testOf the test that makes a rule fire, relative to the repository root, by rule id (the
   *     test suite knows where its tests are; the product does not)
   */
  public RulesReference(PolicyEngine engine, UnaryOperator<String> testOf) {
    this.engine = engine;
    this.testOf = testOf;
  }

  /** What the rules page prints: CHECKS.md rows with their rules, and every rule. */
  public record Page(List<Row> rows, List<Entry> rules) {
    public Page {
      rows = List.copyOf(rows);
      rules = List.copyOf(rules);
    }
  }

  /** One CHECKS.md row and the rules that check it. */
  public record Row(int row, List<RuleRef> rules) {
    public Row {
      rules = List.copyOf(rules);
    }
  }

  /** A rule as a link, with the test that makes it fire. */
  public record RuleRef(String id, String anchor, String test) {}

  /**
   * One rule's section.
   *
   * @param checksRows the CHECKS.md rows it covers ("1, 2"), or null when none
   */
  public record Entry(
      String anchor,
      String id,
      String title,
      String severity,
      String family,
      String checksRows,
      String implementedIn,
      String test,
      String why,
      String message,
      String hint) {}

  /** The page's content. */
  public Page page() {
    Map<String, Rule> rules = engine.rules();
    Map<String, String> where = engine.implementations();
    Map<Integer, List<RuleRef>> rows = new TreeMap<>();
    for (Rule rule : rules.values()) {
      for (int row : rule.checks()) {
        rows.computeIfAbsent(row, k -> new ArrayList<>())
            .add(
                new RuleRef(
                    rule.id(), rule.id().toLowerCase(Locale.ROOT), testOf.apply(rule.id())));
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (Rule rule : rules.values()) {
      entries.add(
          new Entry(
              rule.docAnchor(),
              rule.id(),
              rule.title(),
              rule.severity().label(),
              rule.family(),
              rule.checks().isEmpty()
                  ? null
                  : rule.checks().stream().map(String::valueOf).collect(Collectors.joining(", ")),
              where.get(rule.id()),
              testOf.apply(rule.id()),
              rule.why(),
              rule.message(),
              rule.hint()));
    }
    List<Row> rowList = new ArrayList<>();
    rows.forEach((row, refs) -> rowList.add(new Row(row, refs)));
    return new Page(rowList, entries);
  }

  /** The whole page as Markdown. */
  public String markdown() {
    return new TemplateEngine(null).render("docs/rules.md.ftl", page());
  }
}
