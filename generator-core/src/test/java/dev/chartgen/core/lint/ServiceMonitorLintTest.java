package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.plan.NetworkGraph;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.NetworkGraphRule;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.SpoiledPolicies;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.write.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ServiceMonitor of the golden monitoring case, with real embedded Helm: rendered only where
 * the cluster serves the ServiceMonitor API, rendered once for every Kubernetes version (its guard
 * reads the API versions, not the Kubernetes version), parsed strictly by chartgen's own schema of
 * it (client-java has no model of it), and its scrape admitted by the module's NetworkPolicy.
 */
class ServiceMonitorLintTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/monitoring");
  private static final Path CHART = GOLDEN.resolve("expected/egov-indexer");
  private static final List<String> WINDOW = KubeVersions.defaultWindow();

  @TempDir Path work;

  private static List<RenderedObject> render(Path chart, Set<String> apis) {
    return new ReleaseRenderer(new HelmRunner())
        .render(chart, "egov-indexer", Linter.NAMESPACE, "1.35.0", Map.of(), List.of(), apis);
  }

  @Test
  @SuppressWarnings("unchecked")
  void rendersOnlyWhereTheClusterServesTheApi() {
    // Given the generated chart, rendered without and with the ServiceMonitor API
    List<RenderedObject> without = render(CHART, Set.of());
    List<RenderedObject> with = render(CHART, ReleaseRenderer.AVAILABLE_APIS);

    // Then only the second has it, with the settings of the descriptor over the platform's
    assertThat(without).extracting(RenderedObject::kind).doesNotContain("ServiceMonitor");
    RenderedObject monitor =
        with.stream().filter(o -> o.kind().equals("ServiceMonitor")).findFirst().orElseThrow();
    Map<String, Object> spec = (Map<String, Object>) monitor.content().get("spec");
    assertThat((List<Object>) spec.get("endpoints"))
        .containsExactly(
            Map.of(
                "port", "metrics",
                "path", "/egov-indexer/prometheus",
                "interval", "1m",
                "scrapeTimeout", "10s",
                "honorLabels", true));
    assertThat(with.size()).isEqualTo(without.size() + 1);
  }

  @Test
  void isLintedOnceForEveryVersionWithNoFinding() {
    // The guard reads .Capabilities.APIVersions only: one render stands for every version
    assertThat(RenderOnce.admitted(CHART, WINDOW)).contains(WINDOW);

    List<Finding> once = new ArrayList<>();
    List<RenderedObject> objects = new ArrayList<>();
    new Linter(null).lintChart("egov-indexer", CHART, WINDOW, Set.of(), once, objects);
    List<Finding> each = new ArrayList<>();
    new Linter(null).exhaustive().lintChart("egov-indexer", CHART, WINDOW, Set.of(), each);

    assertThat(objects).extracting(RenderedObject::kind).contains("ServiceMonitor");
    assertThat(once).isEmpty();
    assertThat(each).isEmpty();
  }

  @Test
  void aFieldTheServiceMonitorDoesNotHaveIsAStrictFinding() throws IOException {
    // Given a template override that misspells scrapeTimeout and writes a bad interval
    Path chart = copy(CHART);
    Path template = chart.resolve("templates/servicemonitor.yaml");
    String text = Files.readString(template, StandardCharsets.UTF_8);
    Files.writeString(
        template,
        text.replace("scrapeTimeout: \"10s\"", "scrapeTimout: \"10s\"")
            .replace("interval: \"1m\"", "interval: \"1 minute\""),
        StandardCharsets.UTF_8);

    // When it is linted
    List<Finding> findings = new ArrayList<>();
    new Linter(null).lintChart("egov-indexer", chart, List.of("1.35.0"), Set.of(), findings);

    // Then strict parsing names both fields of the ServiceMonitor
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals(PolicyEngine.STRICT_OBJECTS.id()))
        .extracting(Finding::object, Finding::message)
        .anySatisfy(
            row -> {
              assertThat(row.toList().get(0)).isEqualTo("ServiceMonitor/egov-indexer");
              assertThat(row.toList().get(1).toString()).contains("/spec/endpoints/0/interval");
            })
        .anySatisfy(row -> assertThat(row.toList().get(1).toString()).contains("scrapeTimout"));
  }

  @Test
  void aPolicyThatShutsOutTheScraperIsReported() {
    // Given the golden platform and its charts rendered with the ServiceMonitor API
    Descriptors descriptors =
        Chartgen.create()
            .validate(
                Request.of(GOLDEN.resolve("platform.yaml"), GOLDEN.resolve("descriptors"), work)
                    .withDisplayRoot(GOLDEN));
    Map<String, List<RenderedObject>> charts = new LinkedHashMap<>();
    charts.put("egov-indexer", render(CHART, ReleaseRenderer.AVAILABLE_APIS));
    NetworkGraph graph = new NetworkGraph(descriptors.platform(), descriptors.modules());
    assertThat(new NetworkGraphRule(graph, descriptors.platform(), charts).check()).isEmpty();

    // When its NetworkPolicy loses the scraper's rule (a template override)
    charts.put("egov-indexer", SpoiledPolicies.withoutIngressRules(charts.get("egov-indexer")));

    // Then the rule names the ServiceMonitor's scrape and the port
    assertThat(new NetworkGraphRule(graph, descriptors.platform(), charts).check())
        .extractingByKey("egov-indexer")
        .satisfies(
            list ->
                assertThat(list)
                    .extracting(Finding::message)
                    .contains(
                        "the NetworkPolicies and the platform graph disagree:"
                            + " ServiceMonitor/egov-indexer has the metrics scraper read"
                            + " egov-indexer on port 9090/TCP (Service port metrics), but"
                            + " egov-indexer's NetworkPolicy does not let it in"));
  }

  @Test
  void aLintOfTheChartsChecksTheScrapeToo() throws IOException {
    // Given the golden charts, the indexer's policy letting in another monitoring pod than the
    // scraper (by hand), and linted as chartgen:lint lints them
    Path charts = work.resolve("charts");
    for (String module : List.of("egov-indexer", "egov-searcher")) {
      Trees.copy(GOLDEN.resolve("expected").resolve(module), charts.resolve(module));
    }
    Path policy = charts.resolve("egov-indexer/templates/networkpolicy.yaml");
    String text = Files.readString(policy, StandardCharsets.UTF_8);
    assertThat(text).contains("\"app.kubernetes.io/name\": \"prometheus\"");
    Files.writeString(
        policy,
        text.replace(
            "\"app.kubernetes.io/name\": \"prometheus\"", "\"app.kubernetes.io/name\": \"other\""),
        StandardCharsets.UTF_8);
    Descriptors descriptors =
        Chartgen.create()
            .validate(
                Request.of(GOLDEN.resolve("platform.yaml"), GOLDEN.resolve("descriptors"), charts)
                    .withDisplayRoot(GOLDEN));

    LintReport report = new Linter(null).lint(descriptors, charts, List.of("1.35.0"), null);

    // Then CG045 names the scrape the policy shuts out (the rule gets the ServiceMonitor)
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("CG045"))
        .extracting(Finding::message)
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains("ServiceMonitor/egov-indexer has the metrics scraper read"));
  }

  private Path copy(Path chart) throws IOException {
    Path target = work.resolve("egov-indexer");
    Trees.copy(chart, target);
    return target;
  }
}
