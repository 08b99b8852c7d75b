package dev.chartgen.core.policy;

import java.util.List;

/**
 * A policy rule.
 *
 * @param id stable id, e.g. CG015
 * @param title one line: what must hold
 * @param severity how much a finding matters
 * @param family the group of related rules (one JUnit test case per chart and family)
 * @param checks the CHECKS.md rows the rule covers
 * @param message what a finding says
 * @param hint how to fix it
 * @param why what goes wrong without it (the rules page shows it)
 */
public record Rule(
    String id,
    String title,
    Severity severity,
    String family,
    List<Integer> checks,
    String message,
    String hint,
    String why) {

  public Rule {
    checks = List.copyOf(checks);
  }

  /** The anchor of the rule's section in docs/rules.md. */
  public String docAnchor() {
    return id.toLowerCase(java.util.Locale.ROOT);
  }
}
