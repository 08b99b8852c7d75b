package dev.chartgen.core.lint;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Rule;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The report as JUnit XML: one test case per chart and rule family, failing with its findings. */
public final class JUnitReport {

  private JUnitReport() {}

  public static String write(LintReport report) {
    TreeSet<String> families = new TreeSet<>();
    report.rules().values().forEach(r -> families.add(r.family()));
    int cases = report.charts().size() * families.size();
    long failures =
        report.charts().stream()
            .flatMap(c -> families.stream().filter(f -> !findings(report, c.chart(), f).isEmpty()))
            .count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append(
        String.format(
            Locale.ROOT,
            "<testsuite name=\"chartgen-lint\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\" time=\"%.3f\">%n",
            cases,
            failures,
            report.duration().toMillis() / 1000.0));
    for (LintReport.ChartResult chart : report.charts()) {
      for (String family : families) {
        List<Finding> found = findings(report, chart.chart(), family);
        xml.append(
            String.format(
                Locale.ROOT,
                "  <testcase classname=\"%s\" name=\"%s\" time=\"0\"",
                escape(chart.chart()),
                escape(family)));
        if (found.isEmpty()) {
          xml.append("/>\n");
          continue;
        }
        xml.append(">\n    <failure message=\"")
            .append(found.size())
            .append(" finding(s)\" type=\"")
            .append(escape(found.get(0).ruleId()))
            .append("\">");
        for (Finding f : found) {
          xml.append(
                  escape(
                      f.ruleId()
                          + " "
                          + f.object()
                          + " "
                          + f.path()
                          + ": "
                          + f.message()
                          + " ("
                          + f.rule().hint()
                          + ")"))
              .append('\n');
        }
        xml.append("</failure>\n  </testcase>\n");
      }
    }
    return xml.append("</testsuite>\n").toString();
  }

  private static List<Finding> findings(LintReport report, String chart, String family) {
    return report.findings().stream()
        .filter(f -> f.chart().equals(chart))
        .filter(f -> family(report, f).equals(family))
        .toList();
  }

  private static String family(LintReport report, Finding f) {
    Rule rule = report.rules().get(f.ruleId());
    return rule == null ? f.rule().family() : rule.family();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
