package dev.chartgen.core.lint;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report for a terminal: a table of findings, the waivers, and one summary line. */
public final class ConsoleReport {

  private static final int MAX_MESSAGE = 120;

  private ConsoleReport() {}

  /**
   * The table lines (empty when nothing was found); with an ENVIRONMENT column when charts were
   * linted per environment.
   */
  public static List<String> table(LintReport report) {
    boolean environments = report.perEnvironment();
    List<String[]> rows = new ArrayList<>();
    for (Finding f : report.findings()) {
      rows.add(
          withEnvironment(
              environments,
              LintReport.name(f.environment()),
              f.chart(),
              f.ruleId(),
              f.severity().label(),
              f.object(),
              f.path().isEmpty() ? "-" : f.path(),
              shorten(f.message()),
              shorten(f.rule().hint())));
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    String[] header =
        withEnvironment(
            environments,
            "ENVIRONMENT",
            "MODULE",
            "RULE",
            "SEVERITY",
            "OBJECT",
            "FIELD",
            "MESSAGE",
            "HINT");
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(header, widths));
    rows.forEach(r -> lines.add(line(r, widths)));
    return lines;
  }

  /** The row's cells, the environment second when {@code environments}. */
  private static String[] withEnvironment(
      boolean environments, String environment, String chart, String... rest) {
    List<String> cells = new ArrayList<>();
    cells.add(chart);
    if (environments) {
      cells.add(environment);
    }
    cells.addAll(List.of(rest));
    return cells.toArray(String[]::new);
  }

  /** One line per waived finding group, with its reason (and environment, when it has one). */
  public static List<String> waivers(LintReport report) {
    List<String> lines = new ArrayList<>();
    report.waived().stream()
        .map(
            w ->
                "waived "
                    + w.finding().ruleId()
                    + " for "
                    + w.finding().chart()
                    + (w.finding().environment() == null ? "" : " in " + w.finding().environment())
                    + " ("
                    + w.finding().object()
                    + "): "
                    + w.reason())
        .distinct()
        .forEach(lines::add);
    return lines;
  }

  /**
   * The summary, e.g. "21 charts linted for Kubernetes 1.31-1.35: 0 findings (...) in 4.1 s, 0.19 s
   * per chart"; when charts were linted per environment, followed by the counts of each, e.g. ";
   * defaults: 31 charts, 0 findings, 3 waived; dev: 19 charts, 0 findings, 12 waived".
   */
  public static String summary(LintReport report) {
    return summary(report, timing(report));
  }

  /**
   * The summary of a lint given again because nothing changed since: as {@link
   * #summary(LintReport)}, the time it took replaced by "unchanged since the last lint".
   */
  public static String unchangedSummary(LintReport report) {
    return summary(report, "unchanged since the last lint");
  }

  private static String summary(LintReport report, String timing) {
    if (!report.perEnvironment()) {
      return overall(report, timing);
    }
    StringBuilder line = new StringBuilder(overall(report, timing));
    for (String environment : report.environments()) {
      String key = LintReport.DEFAULTS.equals(environment) ? null : environment;
      long charts =
          report.charts().stream()
              .filter(c -> java.util.Objects.equals(c.environment(), key))
              .count();
      long findings =
          report.findings().stream()
              .filter(f -> java.util.Objects.equals(f.environment(), key))
              .count();
      long waived =
          report.waived().stream()
              .filter(w -> java.util.Objects.equals(w.finding().environment(), key))
              .count();
      line.append("; ")
          .append(environment)
          .append(": ")
          .append(Words.count((int) charts, "chart"))
          .append(", ")
          .append(Words.count((int) findings, "finding"))
          .append(", ")
          .append(waived)
          .append(" waived");
    }
    return line.toString();
  }

  private static String timing(LintReport report) {
    int charts = report.charts().size();
    double seconds = report.duration().toMillis() / 1000.0;
    double perChart = charts == 0 ? 0 : seconds / charts;
    return String.format(Locale.ROOT, "in %.1f s (%.2f s per chart)", seconds, perChart);
  }

  private static String overall(LintReport report, String timing) {
    int charts = report.charts().size();
    String window =
        report.kubeVersions().isEmpty() ? "" : " for Kubernetes " + window(report.kubeVersions());
    return String.format(
        Locale.ROOT,
        "chartgen lint: %s%s: %s (%s, %s, %d info), %d waived, %s",
        Words.count(charts, "chart"),
        window,
        Words.count(report.findings().size(), "finding"),
        Words.count(report.count(Severity.ERROR), "error"),
        Words.count(report.count(Severity.WARNING), "warning"),
        report.count(Severity.INFO),
        report.waived().size(),
        timing);
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      line.append(
          i == cells.length - 1 ? cells[i] : String.format("%-" + widths[i] + "s  ", cells[i]));
    }
    return line.toString().stripTrailing();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 3) + "...";
  }

  /** 1.31-1.35 for a run of minors (newest first, as KubeVersions orders them), else a list. */
  static String window(List<String> versions) {
    List<String> shown = versions.stream().map(v -> v.replaceAll("\\.0$", "")).toList();
    boolean run = true;
    for (int i = 1; i < versions.size(); i++) {
      run &= ApiLifecycle.minor(versions.get(i - 1)) - ApiLifecycle.minor(versions.get(i)) == 1;
    }
    return run && shown.size() > 1
        ? shown.get(shown.size() - 1) + "-" + shown.get(0)
        : String.join(", ", reversed(shown));
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
