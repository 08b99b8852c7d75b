package dev.chartgen.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.plan.NetworkGraph;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CG045 on the committed sample charts, rendered once by embedded Helm: the generated policies
 * agree with the platform graph; each test then spoils one rendered NetworkPolicy the way a
 * template override could, and the rule names the call or the stranger.
 */
class NetworkGraphRuleTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final List<String> CHARTS =
      List.of("egov-user", "egov-mdms-service", "pgr-services", "redis", "kafka", "gateway");

  private static Descriptors descriptors;
  private static Map<String, List<RenderedObject>> rendered;

  @BeforeAll
  static void render(@TempDir Path output) {
    descriptors =
        Chartgen.create()
            .validate(
                Request.of(SAMPLES.resolve("platform.yaml"), SAMPLES.resolve("descriptors"), output)
                    .withDisplayRoot(SAMPLES));
    ReleaseRenderer renderer = new ReleaseRenderer(new HelmRunner());
    rendered = new LinkedHashMap<>();
    for (String chart : CHARTS) {
      rendered.put(
          chart,
          renderer.render(
              Path.of("..", "charts-out", chart), chart, "lint", "1.35.0", Map.of(), List.of()));
    }
  }

  private static List<String> check(Map<String, List<RenderedObject>> charts) {
    List<String> messages = new ArrayList<>();
    new NetworkGraphRule(
            new NetworkGraph(descriptors.platform(), descriptors.modules()),
            descriptors.platform(),
            charts)
        .check()
        .forEach(
            (chart, findings) -> findings.forEach(f -> messages.add(chart + ": " + f.message())));
    return messages;
  }

  /** The charts with {@code chart}'s NetworkPolicy changed by {@code change} (its spec). */
  private static Map<String, List<RenderedObject>> spoil(
      String chart, UnaryOperator<Map<String, Object>> change) {
    Map<String, List<RenderedObject>> copy = new LinkedHashMap<>(rendered);
    copy.put(chart, SpoiledPolicies.spoil(rendered.get(chart), change));
    return copy;
  }

  @Test
  void generatedPoliciesAdmitExactlyTheCalls() {
    assertThat(check(rendered)).isEmpty();
  }

  @Test
  void aCalleeThatDoesNotAdmitItsCallerIsReported() {
    // Given egov-mdms-service's policy without its ingress rules (a template override)
    Map<String, List<RenderedObject>> charts =
        spoil(
            "egov-mdms-service",
            spec -> {
              spec.put("ingress", List.of());
              return spec;
            });

    // Then each of its callers among the rendered charts is named, with the port
    assertThat(check(charts))
        .contains(
            "egov-mdms-service: the NetworkPolicies and the platform graph disagree: egov-user"
                + " calls egov-mdms-service (serviceHost), but egov-mdms-service's NetworkPolicy"
                + " does not let it in on port 8080/TCP",
            "egov-mdms-service: the NetworkPolicies and the platform graph disagree: gateway"
                + " calls egov-mdms-service (routed through the gateway), but egov-mdms-service's"
                + " NetworkPolicy does not let it in on port 8080/TCP");
  }

  @Test
  void aCallerWhoseEgressMissesTheCalleeIsReported() {
    // Given egov-user's policy letting it reach DNS only
    Map<String, List<RenderedObject>> charts =
        spoil(
            "egov-user",
            spec -> {
              spec.put("egress", List.of(((List<?>) spec.get("egress")).get(0)));
              return spec;
            });

    // Then its call to redis (connectsTo) is named
    assertThat(check(charts))
        .contains(
            "egov-user: the NetworkPolicies and the platform graph disagree: egov-user calls redis"
                + " (networkPolicy.connectsTo), but its NetworkPolicy does not let it out to redis"
                + " on port 6379/TCP");
  }

  @Test
  void aPolicyThatAdmitsANamespaceAdmitsStrangers() {
    // Given redis admitting every pod of namespace egov (where pgr-services and the gateway run)
    Map<String, List<RenderedObject>> charts =
        spoil(
            "redis",
            spec -> {
              spec.put(
                  "ingress",
                  List.of(
                      Map.of(
                          "from",
                          List.of(
                              Map.of(
                                  "namespaceSelector",
                                  Map.of(
                                      "matchLabels",
                                      Map.of("kubernetes.io/metadata.name", "egov")))))));
              return spec;
            });

    // Then the modules that never call redis are named; egov-user, which does, is not
    assertThat(check(charts))
        .containsExactly(
            "redis: the NetworkPolicies and the platform graph disagree: redis's NetworkPolicy"
                + " lets in egov-mdms-service, which never calls it",
            "redis: the NetworkPolicies and the platform graph disagree: redis's NetworkPolicy"
                + " lets in gateway, which never calls it",
            "redis: the NetworkPolicies and the platform graph disagree: redis's NetworkPolicy"
                + " lets in pgr-services, which never calls it");
  }

  @Test
  void theIngressControllerMustReachAnExposedModule() {
    // Given the gateway (exposed: modules are routed through it) admitting only its callers' labels
    Map<String, List<RenderedObject>> charts =
        spoil(
            "gateway",
            spec -> {
              spec.put("ingress", List.of());
              return spec;
            });

    assertThat(check(charts))
        .containsExactly(
            "gateway: the NetworkPolicies and the platform graph disagree: the ingress controller"
                + " sends traffic to gateway, but its NetworkPolicy does not let it in on port"
                + " 8080/TCP");
  }
}
