package dev.chartgen.core.lint;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Rule;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as JUnit XML: one test case per chart and rule family, failing with its findings. When
 * charts were linted per environment, each environment's charts are their own test cases, whose
 * class name starts with the environment ({@code dev.pgr-services}, {@code defaults.pgr-services}):
 * CI test views group them by environment. The findings waived with a reason (waivers, hostPath
 * volumes, securityContext overrides) are listed in the test case's {@code system-out}.
 */
public final class JUnitReport {

  private JUnitReport() {}

  /** The report as a JUnit XML document: UTF-8, {@code \n} line ends, only XML-legal text. */
  public static String write(LintReport report) {
    TreeSet<String> families = new TreeSet<>();
    report.rules().values().forEach(r -> families.add(r.family()));
    int cases = report.charts().size() * families.size();
    long failures =
        report.charts().stream()
            .flatMap(c -> families.stream().filter(f -> !findings(report, c, f).isEmpty()))
            .count();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "chartgen-lint");
      xml.writeAttribute("tests", Integer.toString(cases));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      xml.writeAttribute(
          "time", String.format(Locale.ROOT, "%.3f", report.duration().toMillis() / 1000.0));
      boolean environments = report.perEnvironment();
      for (LintReport.ChartResult chart : report.charts()) {
        String name =
            environments
                ? LintReport.name(chart.environment()) + "." + chart.chart()
                : chart.chart();
        for (String family : families) {
          testCase(
              xml, name, family, findings(report, chart, family), waived(report, chart, family));
        }
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit report", e);
    }
    return text.toString();
  }

  private static void testCase(
      XMLStreamWriter xml,
      String chart,
      String family,
      List<Finding> found,
      List<LintReport.Waived> waived)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    if (found.isEmpty() && waived.isEmpty()) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("classname", legal(chart));
    xml.writeAttribute("name", legal(family));
    xml.writeAttribute("time", "0");
    if (found.isEmpty() && waived.isEmpty()) {
      return;
    }
    if (!found.isEmpty()) {
      failure(xml, found);
    }
    if (!waived.isEmpty()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("system-out");
      StringBuilder body = new StringBuilder();
      for (LintReport.Waived w : waived) {
        Finding f = w.finding();
        body.append("waived " + f.ruleId() + " " + f.object() + " " + f.path() + ": " + w.reason())
            .append('\n');
      }
      xml.writeCharacters(legal(body.toString()));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void failure(XMLStreamWriter xml, List<Finding> found) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("failure");
    xml.writeAttribute("message", found.size() + " finding(s)");
    xml.writeAttribute("type", legal(found.get(0).ruleId()));
    StringBuilder body = new StringBuilder();
    for (Finding f : found) {
      body.append(
              f.ruleId()
                  + " "
                  + f.object()
                  + " "
                  + f.path()
                  + ": "
                  + f.message()
                  + " ("
                  + f.rule().hint()
                  + ")")
          .append('\n');
    }
    xml.writeCharacters(legal(body.toString()));
    xml.writeEndElement();
  }

  /**
   * Text that XML 1.0 can hold: a character it cannot (controls, unpaired surrogates, U+FFFE) is
   * written as its {@code \\uXXXX} escape, and a carriage return as {@code \\r}, so the report
   * keeps {@code \n} line ends.
   */
  static String legal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\t'
          || c == '\n'
          || (c >= 0x20 && c <= 0xd7ff)
          || (c >= 0xe000 && c <= 0xfffd)) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static List<Finding> findings(
      LintReport report, LintReport.ChartResult chart, String family) {
    return report.findings().stream()
        .filter(f -> f.chart().equals(chart.chart()))
        .filter(f -> java.util.Objects.equals(f.environment(), chart.environment()))
        .filter(f -> family(report, f).equals(family))
        .toList();
  }

  private static List<LintReport.Waived> waived(
      LintReport report, LintReport.ChartResult chart, String family) {
    return report.waived().stream()
        .filter(w -> w.finding().chart().equals(chart.chart()))
        .filter(w -> java.util.Objects.equals(w.finding().environment(), chart.environment()))
        .filter(w -> family(report, w.finding()).equals(family))
        .toList();
  }

  private static String family(LintReport report, Finding f) {
    Rule rule = report.rules().get(f.ruleId());
    return rule == null ? f.rule().family() : rule.family();
  }
}
