package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.LintRequest;
import dev.chartgen.core.Request;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Rule;
import dev.chartgen.core.policy.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Chartgen.lint} on a platform with one module (the redis sample) whose descriptor waives a
 * rule that fires (CG023, one replica behind a Service) and one that does not (CG026): the stale
 * waiver is CG044, and the reports show both.
 */
class LintEndToEndTest {

  private static final String STALE_REASON = "Anti-affinity does not matter for one pod.";
  private static final String REDIS_REASON =
      "A single cache instance; two independent Redis pods would serve different data.";

  @TempDir static Path work;
  private static LintReport report;
  private static Path descriptor;

  @BeforeAll
  static void generateAndLint() throws IOException {
    Path platform = work.resolve("platform.yaml");
    Files.copy(Path.of("../samples/platform.yaml"), platform);
    descriptor = work.resolve("descriptors/redis.yaml");
    Files.createDirectories(descriptor.getParent());
    String redis = Files.readString(Path.of("../samples/descriptors/backbone/redis.yaml"));
    assertThat(redis).endsWith(REDIS_REASON + "\n");
    Files.writeString(
        descriptor,
        redis + "    - rule: CG026\n      reason: " + STALE_REASON + "\n",
        StandardCharsets.UTF_8);
    Request request = Request.of(platform, work.resolve("descriptors"), work.resolve("charts"));
    Chartgen chartgen = Chartgen.create();
    chartgen.generate(request);
    report =
        chartgen.lint(
            new LintRequest(
                request, List.of("1.35.0"), Severity.WARNING, work.resolve("reports"), null));
  }

  @Test
  void theStaleWaiverIsTheOnlyFinding() {
    assertThat(report.charts()).extracting(LintReport.ChartResult::chart).containsExactly("redis");
    assertThat(report.findings())
        .extracting(
            Finding::ruleId, Finding::chart, Finding::object, Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "CG044",
                "redis",
                "descriptor",
                "/spec/waivers/1",
                "the waiver of CG026 is stale: CG026 does not fire for this module"));
    assertThat(report.failed()).as("a warning fails at failOn WARNING").isTrue();
  }

  @Test
  void theUsedWaiverMovesItsFindingAside() {
    assertThat(report.waived())
        .extracting(w -> w.finding().ruleId(), w -> w.finding().object(), LintReport.Waived::reason)
        .containsExactly(tuple("CG023", "Deployment/redis", REDIS_REASON));
  }

  @Test
  void sarifIsVersion210WithEveryRuleAndASuppressionForTheWaivedFinding() throws IOException {
    String text = Files.readString(work.resolve("reports").resolve(Chartgen.SARIF_FILE));
    assertThat(text).isEqualTo(SarifReport.write(report));
    JsonNode sarif = JsonMapper.builder().build().readTree(text);

    assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asString()).contains("sarif-2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.size()).isEqualTo(report.rules().size()).isEqualTo(48);
    List<String> ids = rules.valueStream().map(r -> r.get("id").asString()).toList();
    assertThat(ids).isSorted().containsAll(report.rules().keySet());
    JsonNode cg044 = rules.get(ids.indexOf("CG044"));
    assertThat(cg044.get("helpUri").asString()).isEqualTo(SarifReport.RULES_DOC + "#cg044");
    assertThat(cg044.get("defaultConfiguration").get("level").asString()).isEqualTo("warning");

    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(2);
    JsonNode stale = results.get(0);
    assertThat(stale.get("ruleId").asString()).isEqualTo("CG044");
    assertThat(stale.get("level").asString()).isEqualTo("warning");
    assertThat(stale.has("suppressions")).isFalse();
    JsonNode physical = stale.get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asString()).endsWith("redis.yaml");
    assertThat(physical.get("region").get("startLine").asInt())
        .as("the line of the stale waiver")
        .isEqualTo(lineOf(descriptor, "    - rule: CG026"));

    JsonNode waived = results.get(1);
    assertThat(waived.get("ruleId").asString()).isEqualTo("CG023");
    assertThat(waived.get("suppressions").get(0).get("kind").asString()).isEqualTo("inSource");
    assertThat(waived.get("suppressions").get(0).get("justification").asString())
        .isEqualTo(REDIS_REASON);
    assertThat(
            waived
                .get("locations")
                .get(0)
                .get("logicalLocations")
                .get(0)
                .get("fullyQualifiedName")
                .asString())
        .isEqualTo("redis/Deployment/redis/spec/replicas");
  }

  @Test
  void junitXmlHasOneTestCasePerChartAndRuleFamily() throws Exception {
    String text = Files.readString(work.resolve("reports").resolve(Chartgen.JUNIT_FILE));
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(text)));
    TreeSet<String> families = new TreeSet<>();
    report.rules().values().stream().map(Rule::family).forEach(families::add);

    Element suite = xml.getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(families.size()));
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(families.size());
    TreeSet<String> names = new TreeSet<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      assertThat(testCase.getAttribute("classname")).isEqualTo("redis");
      names.add(testCase.getAttribute("name"));
      NodeList failures = testCase.getElementsByTagName("failure");
      if (testCase.getAttribute("name").equals("waivers")) {
        assertThat(failures.getLength()).isEqualTo(1);
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("CG044");
        assertThat(failure.getAttribute("message")).isEqualTo("1 finding(s)");
        assertThat(failure.getTextContent()).contains("the waiver of CG026 is stale");
      } else {
        assertThat(failures.getLength()).as(testCase.getAttribute("name")).isZero();
      }
    }
    assertThat(names).isEqualTo(families);
  }

  @Test
  void consoleReportSummarisesTablesAndListsWaivers() {
    assertThat(ConsoleReport.summary(report))
        .matches(
            "chartgen lint: 1 chart for Kubernetes 1\\.35: 1 finding \\(0 errors, 1 warning,"
                + " 0 info\\), 1 waived, in [0-9]+\\.[0-9] s \\([0-9]+\\.[0-9]{2} s per chart\\)");
    assertThat(ConsoleReport.table(report)).hasSize(2);
    assertThat(ConsoleReport.table(report).get(1))
        .startsWith("redis   CG044  warning   descriptor  /spec/waivers");
    assertThat(ConsoleReport.waivers(report))
        .containsExactly("waived CG023 for redis (Deployment/redis): " + REDIS_REASON);
  }

  private static int lineOf(Path file, String line) throws IOException {
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).contains(line);
    return lines.indexOf(line) + 1;
  }
}
