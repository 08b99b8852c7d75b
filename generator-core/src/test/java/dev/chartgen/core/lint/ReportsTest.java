package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.policy.ChartObjects;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.Rule;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.verify.Manifests;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports of a lint run built from real findings: the planted-violations chart (14 findings of
 * 10 rule families) and a clean second chart, one waived finding, a fixed duration.
 */
class ReportsTest {

  private static final String NASTY = "quote \" angle <b> amp & apostrophe ' newline\n tab\t é";
  private static final Rule INFO_RULE =
      new Rule(
          "CG900", "An informative rule", Severity.INFO, "extra", List.of(), "note", "none", "why");

  private static List<Finding> planted;
  private static Map<String, Rule> rules;

  @BeforeAll
  static void check() throws Exception {
    PolicyEngine engine = PolicyEngine.load(null);
    String yaml = Files.readString(Path.of("src/test/resources/policy-planted/chart.yaml"));
    planted =
        engine.check(
            new ChartObjects("app", null, "policy-test", Manifests.parse(yaml), Set.of("gateway")));
    rules = new LinkedHashMap<>(engine.rules());
  }

  private static LintReport report(List<Finding> findings, List<LintReport.Waived> waived) {
    return new LintReport(
        List.of(
            new LintReport.ChartResult("app", 10, Duration.ofMillis(3000)),
            new LintReport.ChartResult("other", 3, Duration.ofMillis(1000))),
        findings,
        waived,
        rules,
        KubeVersions.defaultWindow(),
        Severity.WARNING,
        Map.of(),
        Duration.ofMillis(4100));
  }

  private static LintReport plantedReport() {
    Finding hostPath =
        new Finding(
            rules.get("CG010"),
            "other",
            "DaemonSet/other",
            "/spec/template/spec/volumes/0",
            rules.get("CG010").message(),
            "other/templates/daemonset.yaml");
    return report(planted, List.of(new LintReport.Waived(hostPath, "reads /var/log")));
  }

  @Test
  void theFixtureHasFourteenFindingsOfNineErrorsAndFiveWarnings() {
    assertThat(planted).hasSize(14);
    assertThat(planted.stream().filter(f -> f.severity() == Severity.ERROR)).hasSize(9);
  }

  @Test
  void consoleSummary() {
    assertThat(ConsoleReport.summary(plantedReport()))
        .isEqualTo(
            "chartgen lint: 2 charts for Kubernetes 1.31-1.35: 14 findings (9 errors, 5 warnings,"
                + " 0 info), 1 waived, in 4.1 s (2.05 s per chart)");
    LintReport empty =
        new LintReport(
            List.of(),
            List.of(),
            List.of(),
            rules,
            List.of(),
            Severity.ERROR,
            Map.of(),
            Duration.ZERO);
    assertThat(ConsoleReport.summary(empty))
        .isEqualTo(
            "chartgen lint: 0 charts: 0 findings (0 errors, 0 warnings, 0 info), 0 waived, in 0.0 s"
                + " (0.00 s per chart)");
    assertThat(ConsoleReport.table(empty)).isEmpty();
    assertThat(empty.failed()).isFalse();
  }

  @Test
  void consoleTableHasAHeaderAndOneAlignedRowPerFinding() {
    List<String> table = ConsoleReport.table(plantedReport());

    assertThat(table).hasSize(15);
    assertThat(table.get(0)).startsWith("MODULE  RULE   SEVERITY  OBJECT").contains("FIELD");
    int field = table.get(0).indexOf("FIELD");
    assertThat(table.subList(1, 15))
        .allSatisfy(row -> assertThat(row.charAt(field - 1)).isEqualTo(' '))
        .allSatisfy(row -> assertThat(row).startsWith("app     CG0"));
    assertThat(table.get(7)).contains("CG025  warning   Deployment/app").contains("  -  ");
    assertThat(ConsoleReport.waivers(plantedReport()))
        .containsExactly("waived CG010 for other (DaemonSet/other): reads /var/log");
  }

  @Test
  void sarifIsValidJsonWithLevelsLocationsAndSuppressions() {
    List<Finding> findings = new ArrayList<>(planted);
    findings.add(new Finding(INFO_RULE, "other", "ConfigMap/other", "/data", NASTY, "x.yaml"));
    rules.put(INFO_RULE.id(), INFO_RULE);
    try {
      LintReport report =
          report(findings, List.of(new LintReport.Waived(planted.get(0), "a reason: " + NASTY)));
      JsonNode sarif = JsonMapper.builder().build().readTree(SarifReport.write(report));

      assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
      JsonNode run = sarif.get("runs").get(0);
      assertThat(run.get("tool").get("driver").get("name").asString()).isEqualTo("chartgen");
      assertThat(run.get("tool").get("driver").get("rules").size()).isEqualTo(49);
      JsonNode results = run.get("results");
      assertThat(results.size()).isEqualTo(16);
      assertThat(results.get(0).get("ruleId").asString()).isEqualTo("CG003");
      assertThat(results.get(0).get("level").asString()).isEqualTo("error");
      assertThat(results.get(0).get("message").get("text").asString())
          .startsWith("app: Deployment/app /spec/template/spec/containers/0/securityContext/");
      assertThat(results.get(0).get("locations").get(0).has("physicalLocation"))
          .as("no descriptor known")
          .isFalse();
      assertThat(results.get(6).get("level").asString()).as("CG025").isEqualTo("warning");
      JsonNode info = results.get(14);
      assertThat(info.get("level").asString()).isEqualTo("note");
      assertThat(info.get("message").get("text").asString())
          .isEqualTo("other: ConfigMap/other /data: " + NASTY);
      JsonNode waived = results.get(15);
      assertThat(waived.get("ruleId").asString()).isEqualTo("CG003");
      assertThat(waived.get("suppressions").get(0).get("justification").asString())
          .isEqualTo("a reason: " + NASTY);
      for (int i = 0; i < 15; i++) {
        assertThat(results.get(i).has("suppressions")).as("result %d", i).isFalse();
      }
    } finally {
      rules.remove(INFO_RULE.id());
    }
  }

  @Test
  void junitXmlListsWaivedFindingsWithTheirReasonInTheChartsTestCase() throws Exception {
    // Given a report whose only other-chart item is a waived hostPath finding
    String text = JUnitReport.write(plantedReport());
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(text)));

    // Then other's test case of the family passes and names the waiver and its reason
    NodeList cases = xml.getDocumentElement().getElementsByTagName("testcase");
    List<String> outs = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      NodeList out = testCase.getElementsByTagName("system-out");
      if (out.getLength() > 0) {
        assertThat(testCase.getElementsByTagName("failure").getLength()).isZero();
        outs.add(
            testCase.getAttribute("classname")
                + "/"
                + testCase.getAttribute("name")
                + ": "
                + out.item(0).getTextContent());
      }
    }
    assertThat(outs)
        .containsExactly(
            "other/"
                + rules.get("CG010").family()
                + ": waived CG010 DaemonSet/other /spec/template/spec/volumes/0: reads /var/log\n");
  }

  @Test
  void junitXmlIsWellFormedWithOneTestCasePerChartAndFamily() throws Exception {
    List<Finding> findings = new ArrayList<>(planted);
    findings.add(
        new Finding(
            rules.get("CG043"), "other", "Service/other", "", NASTY, "other/templates/x.yaml"));
    String text = JUnitReport.write(report(findings, List.of()));
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(text)));
    TreeSet<String> families = new TreeSet<>();
    rules.values().forEach(r -> families.add(r.family()));

    Element suite = xml.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(2 * families.size()));
    assertThat(suite.getAttribute("failures")).isEqualTo("11");
    assertThat(suite.getAttribute("time")).isEqualTo("4.100");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(2 * families.size());
    List<String> failing = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      if (testCase.getElementsByTagName("failure").getLength() > 0) {
        failing.add(testCase.getAttribute("classname") + "/" + testCase.getAttribute("name"));
      }
    }
    assertThat(failing)
        .containsExactly(
            "app/availability",
            "app/hygiene",
            "app/identity",
            "app/images",
            "app/jobs",
            "app/networking",
            "app/rbac",
            "app/resources",
            "app/secrets",
            "app/security-context",
            "other/helm");
    Element networking = (Element) cases.item(List.copyOf(families).indexOf("networking"));
    Element failure = (Element) networking.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("3 finding(s)");
    assertThat(failure.getAttribute("type")).isEqualTo("CG029");
    Element helm = (Element) cases.item(families.size() + List.copyOf(families).indexOf("helm"));
    assertThat(helm.getElementsByTagName("failure").item(0).getTextContent())
        .contains("CG043 Service/other : " + NASTY);
  }

  @Test
  void junitXmlCarriesXmlIllegalCharactersAsEscapesAndUsesNewlineLineEnds() throws Exception {
    String hostile =
        "nul \u0000 esc \u001b cr \r ffff \uffff lone \ud800 ok \ud83d\ude00 ]]> --> <!--";
    List<Finding> findings =
        List.of(new Finding(rules.get("CG043"), "other", "Service/other", "", hostile, "x/t.yaml"));
    String text = JUnitReport.write(report(findings, List.of()));

    assertThat(text).doesNotContain("\r").startsWith("<?xml").endsWith("</testsuite>\n");
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(text)));
    assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
        .contains(
            "nul \\u0000 esc \\u001b cr \\u000d ffff \\uffff lone \\ud800 ok \ud83d\ude00 ]]> --> <!--");
  }

  /**
   * A report linted per environment: the console table gains an ENVIRONMENT column, the summary
   * states each environment's counts, waivers name their environment, and JUnit test cases are
   * grouped by environment.
   */
  @Test
  void perEnvironmentReportsNameTheEnvironment() throws Exception {
    Finding finding = planted.get(0);
    Finding waivedInDev = planted.get(1).in("dev");
    LintReport report =
        new LintReport(
            List.of(
                new LintReport.ChartResult("app", 10, Duration.ofMillis(1000)),
                new LintReport.ChartResult("app", 10, Duration.ofMillis(1000), "dev"),
                new LintReport.ChartResult("app", 10, Duration.ofMillis(1000), "prod")),
            List.of(finding.in("prod")),
            List.of(new LintReport.Waived(waivedInDev, "one pod in dev")),
            rules,
            KubeVersions.defaultWindow(),
            Severity.WARNING,
            Map.of(),
            Duration.ofMillis(3000));

    List<String> table = ConsoleReport.table(report);
    assertThat(table.get(0)).startsWith("MODULE  ENVIRONMENT  RULE");
    assertThat(table.get(1)).startsWith("app     prod         " + finding.ruleId());
    assertThat(ConsoleReport.waivers(report))
        .containsExactly(
            "waived "
                + waivedInDev.ruleId()
                + " for app in dev ("
                + waivedInDev.object()
                + "): one pod in dev");
    assertThat(ConsoleReport.summary(report))
        .endsWith(
            "; defaults: 1 chart, 0 findings, 0 waived; dev: 1 chart, 0 findings, 1 waived;"
                + " prod: 1 chart, 1 finding, 0 waived");

    Document junit =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(JUnitReport.write(report))));
    NodeList cases = junit.getElementsByTagName("testcase");
    Set<String> classes = new TreeSet<>();
    List<String> failing = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      classes.add(testCase.getAttribute("classname"));
      if (testCase.getElementsByTagName("failure").getLength() > 0) {
        failing.add(testCase.getAttribute("classname") + "/" + testCase.getAttribute("name"));
      }
    }
    assertThat(classes).containsExactly("defaults.app", "dev.app", "prod.app");
    assertThat(failing).containsExactly("prod.app/" + finding.rule().family());
  }
}
