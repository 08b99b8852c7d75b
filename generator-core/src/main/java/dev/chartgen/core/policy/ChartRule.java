package dev.chartgen.core.policy;

import java.util.List;

/** A rule written in Java: one that compares objects, or fields within an object. */
interface ChartRule {

  Rule rule();

  /** Adds a finding for every violation in {@code chart}. */
  void check(ChartObjects chart, List<Finding> findings);
}
