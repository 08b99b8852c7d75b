package dev.chartgen.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.NetworkGraph;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CG045 with its indexed strangers check ({@link NetworkGraphRule}) against the rule as it was
 * before ({@link ReferenceNetworkGraphRule}, kept in the tests): on every module chart of the
 * samples, rendered once by embedded Helm, and on the platform graph of the samples' descriptors,
 * each try spoils the NetworkPolicies of one to three charts at random (ingress or egress rules
 * replaced or added, the pod selector or the policy types changed, with every selector, peer and
 * port form, on the labels and namespaces the pods really have) and asserts the same findings: the
 * same charts, the same findings with the same messages, in the same order. A fixed seed per try,
 * so a failure names the try that reproduces it.
 */
class NetworkGraphRuleDifferentialTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final int TRIES = 300;

  private static Descriptors descriptors;
  private static NetworkGraph graph;
  private static Map<String, List<RenderedObject>> rendered;
  private static List<String> keys;
  private static List<String> values;
  private static List<String> namespaces;

  @BeforeAll
  static void render(@TempDir Path output) {
    descriptors =
        Chartgen.create()
            .validate(
                Request.of(SAMPLES.resolve("platform.yaml"), SAMPLES.resolve("descriptors"), output)
                    .withDisplayRoot(SAMPLES));
    graph = new NetworkGraph(descriptors.platform(), descriptors.modules());
    ReleaseRenderer renderer = new ReleaseRenderer(new HelmRunner());
    rendered = new LinkedHashMap<>();
    TreeSet<String> labelKeys = new TreeSet<>();
    TreeSet<String> labelValues = new TreeSet<>();
    TreeSet<String> spaces = new TreeSet<>(List.of("kube-system"));
    for (Module module : descriptors.modules()) {
      List<RenderedObject> objects =
          renderer.render(
              Path.of("..", "charts-out", module.name()),
              module.name(),
              "lint",
              "1.35.0",
              Map.of(),
              List.of());
      rendered.put(module.name(), objects);
      spaces.add(graph.namespace(module.name()));
      for (RenderedObject object : objects) {
        Workload workload = Workload.of(object);
        if (workload != null) {
          labelKeys.addAll(workload.podLabels().keySet());
          labelValues.addAll(workload.podLabels().values());
        }
      }
    }
    keys = List.copyOf(labelKeys);
    values = List.copyOf(labelValues);
    namespaces = List.copyOf(spaces);
  }

  private static Map<String, List<Finding>> indexed(Map<String, List<RenderedObject>> charts) {
    return new NetworkGraphRule(graph, descriptors.platform(), charts).check();
  }

  private static Map<String, List<Finding>> reference(Map<String, List<RenderedObject>> charts) {
    return new ReferenceNetworkGraphRule(graph, descriptors.platform(), charts).check();
  }

  @Test
  void theGeneratedPoliciesGiveTheSameFindings() {
    assertThat(indexed(rendered)).isEqualTo(reference(rendered)).isEmpty();
  }

  @Test
  void spoiledPoliciesGiveTheSameFindingsInTheSameOrder() {
    List<String> charts = List.copyOf(rendered.keySet());
    int withStrangers = 0;
    int withOtherFindings = 0;
    for (int t = 0; t < TRIES; t++) {
      int attempt = t;
      RandomPolicies random = new RandomPolicies(new Random(attempt), keys, values, namespaces);
      Map<String, List<RenderedObject>> spoiled = new LinkedHashMap<>(rendered);
      int n = 1 + random.upTo(2);
      for (int i = 0; i < n; i++) {
        String chart = random.pick(charts);
        spoiled.put(chart, SpoiledPolicies.spoil(spoiled.get(chart), spec -> change(random, spec)));
      }

      Map<String, List<Finding>> expected = reference(spoiled);
      Map<String, List<Finding>> actual = indexed(spoiled);

      // the same charts in the same order, each with the same findings in the same order
      assertThat(List.copyOf(actual.keySet()))
          .as("charts with findings, try %d", attempt)
          .isEqualTo(List.copyOf(expected.keySet()));
      expected.forEach(
          (chart, findings) ->
              assertThat(actual.get(chart))
                  .as("findings of %s, try %d", chart, attempt)
                  .containsExactlyElementsOf(findings));
      List<String> messages = new ArrayList<>();
      expected.values().forEach(list -> list.forEach(f -> messages.add(f.message())));
      withStrangers += messages.stream().anyMatch(m -> m.contains("which never calls it")) ? 1 : 0;
      withOtherFindings += messages.stream().anyMatch(m -> !m.contains("never calls")) ? 1 : 0;
    }
    // the tries are not vacuous: many give stranger findings, many other CG045 findings
    assertThat(withStrangers).isGreaterThan(TRIES / 5);
    assertThat(withOtherFindings).isGreaterThan(TRIES / 5);
  }

  /** A policy spec changed at random: what a template override could render. */
  private static Map<String, Object> change(RandomPolicies random, Map<String, Object> spec) {
    switch (random.upTo(5)) {
      case 0 -> RandomPolicies.put(spec, "ingress", random.rules("from"));
      case 1 -> RandomPolicies.put(spec, "egress", random.rules("to"));
      case 2 -> {
        List<Object> rules = new ArrayList<>(Json.list(spec.get("ingress")));
        rules.add(random.rule("from"));
        spec.put("ingress", rules);
      }
      case 3 -> {
        List<Object> rules = new ArrayList<>(Json.list(spec.get("egress")));
        rules.add(random.rule("to"));
        spec.put("egress", rules);
      }
      case 4 -> spec.put("podSelector", random.podSelector());
      default -> {
        Map<String, Object> other = random.spec();
        spec.put("policyTypes", other.getOrDefault("policyTypes", List.of()));
        RandomPolicies.put(spec, "ingress", other.getOrDefault("ingress", RandomPolicies.ABSENT));
      }
    }
    return spec;
  }
}
