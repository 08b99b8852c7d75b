package dev.chartgen.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a lint says on a terminal, and whether it fails the build: enough to say it again, word for
 * word, when a later build finds nothing changed (see {@link
 * dev.chartgen.core.Chartgen#lintBuild}).
 *
 * @param table the findings table (empty when nothing was found)
 * @param waivers one line per waived finding group
 * @param summary the summary line
 * @param failures how many findings are at or above the threshold
 * @param threshold the threshold's label, or empty when nothing fails
 * @param repeated whether this is the last lint's outcome, given again because nothing changed
 */
public record LintOutcome(
    List<String> table,
    List<String> waivers,
    String summary,
    int failures,
    Optional<String> threshold,
    boolean repeated) {

  private static final String TABLE = "table ";
  private static final String WAIVER = "waiver ";
  private static final String SUMMARY = "summary ";
  private static final String FAILURES = "failures ";
  private static final String THRESHOLD = "threshold ";

  public LintOutcome {
    table = List.copyOf(table);
    waivers = List.copyOf(waivers);
  }

  /** The outcome of {@code report}, as {@link ConsoleReport} prints it. */
  public static LintOutcome of(LintReport report) {
    return new LintOutcome(
        ConsoleReport.table(report),
        ConsoleReport.waivers(report),
        ConsoleReport.summary(report),
        report.failures().size(),
        Optional.ofNullable(report.failOn()).map(s -> s.label()),
        false);
  }

  /** Whether the build fails. */
  public boolean failed() {
    return failures > 0;
  }

  /**
   * The lines to keep, from which {@link #repeat} gives this outcome again: the summary without the
   * time this lint took (a repeat takes none), marked as unchanged.
   *
   * @param unchangedSummary the summary to show when repeated
   */
  public List<String> lines(String unchangedSummary) {
    List<String> lines = new ArrayList<>();
    table.forEach(l -> lines.add(TABLE + l));
    waivers.forEach(l -> lines.add(WAIVER + l));
    lines.add(SUMMARY + unchangedSummary);
    lines.add(FAILURES + failures);
    threshold.ifPresent(t -> lines.add(THRESHOLD + t));
    return lines;
  }

  /** The outcome kept as {@code lines}, repeated; empty when they are not an outcome's. */
  public static Optional<LintOutcome> repeat(List<String> lines) {
    try {
      return Optional.of(read(lines));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static LintOutcome read(List<String> lines) {
    List<String> table = new ArrayList<>();
    List<String> waivers = new ArrayList<>();
    String summary = null;
    Integer failures = null;
    String threshold = null;
    for (String line : lines) {
      if (line.startsWith(TABLE)) {
        table.add(line.substring(TABLE.length()));
      } else if (line.startsWith(WAIVER)) {
        waivers.add(line.substring(WAIVER.length()));
      } else if (line.startsWith(SUMMARY)) {
        summary = line.substring(SUMMARY.length());
      } else if (line.startsWith(FAILURES)) {
        failures = Integer.parseInt(line.substring(FAILURES.length()));
      } else if (line.startsWith(THRESHOLD)) {
        threshold = line.substring(THRESHOLD.length());
      } else {
        throw new IllegalArgumentException("not a lint outcome: " + line);
      }
    }
    if (summary == null || failures == null) {
      throw new IllegalArgumentException("not a lint outcome: no summary or no failures");
    }
    return new LintOutcome(table, waivers, summary, failures, Optional.ofNullable(threshold), true);
  }
}
