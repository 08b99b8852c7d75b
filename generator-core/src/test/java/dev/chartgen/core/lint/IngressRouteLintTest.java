package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.NetworkGraph;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.NetworkGraphRule;
import dev.chartgen.core.policy.SpoiledPolicies;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden ingress-routes case with real embedded Helm: home's Ingress sends / to citizen's
 * Service, which lint accepts as a backend of home's chart (CG033) because the descriptor names it,
 * and CG045 checks that citizen's NetworkPolicy lets the ingress controller in on the port behind
 * that Service port.
 */
class IngressRouteLintTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/ingress-routes");

  @TempDir Path work;

  private Descriptors descriptors() {
    return Chartgen.create()
        .validate(
            Request.of(
                    GOLDEN.resolve("../platform/platform.yaml"),
                    GOLDEN.resolve("descriptors"),
                    work)
                .withDisplayRoot(GOLDEN));
  }

  private static List<RenderedObject> render(String chart) {
    return new ReleaseRenderer(new HelmRunner())
        .render(
            GOLDEN.resolve("expected").resolve(chart),
            chart,
            Linter.NAMESPACE,
            "1.35.0",
            Map.of(),
            List.of());
  }

  @Test
  void theRouteIsABackendOfTheOwnersChartOnlyBecauseTheDescriptorNamesIt() {
    Module home =
        descriptors().modules().stream().filter(m -> m.name().equals("home")).findFirst().get();
    Path chart = GOLDEN.resolve("expected/home");
    List<Finding> named = new ArrayList<>();
    new Linter(null)
        .lintChart(
            "home",
            chart,
            List.of("1.35.0"),
            Linter.externalServices(Set.of("gateway"), home),
            named);
    List<Finding> unnamed = new ArrayList<>();
    new Linter(null).lintChart("home", chart, List.of("1.35.0"), Set.of("gateway"), unnamed);

    assertThat(named).isEmpty();
    assertThat(unnamed)
        .extracting(Finding::ruleId, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "CG033", "/spec/rules/0/http/paths/1/backend/service/name"));
  }

  @Test
  void aTargetWhosePolicyShutsOutTheIngressControllerIsReported() {
    Descriptors descriptors = descriptors();
    NetworkGraph graph = new NetworkGraph(descriptors.platform(), descriptors.modules());
    Map<String, List<RenderedObject>> charts = new LinkedHashMap<>();
    charts.put("citizen", render("citizen"));
    charts.put("home", render("home"));
    assertThat(graph.routesTo("citizen"))
        .containsExactly(new NetworkGraph.Route("home", "/", "citizen", "http"));
    assertThat(new NetworkGraphRule(graph, descriptors.platform(), charts).check()).isEmpty();

    // When citizen's NetworkPolicy loses its ingress rules (a template override)
    charts.put("citizen", SpoiledPolicies.withoutIngressRules(charts.get("citizen")));

    // Then CG045 names the route and the container port behind Service port 80
    assertThat(new NetworkGraphRule(graph, descriptors.platform(), charts).check().get("citizen"))
        .extracting(Finding::message)
        .containsExactly(
            "the NetworkPolicies and the platform graph disagree: the ingress controller sends /"
                + " of home's Ingress to citizen (spec.ingress.routes), but its NetworkPolicy does"
                + " not let it in on port 8080/TCP");
  }
}
