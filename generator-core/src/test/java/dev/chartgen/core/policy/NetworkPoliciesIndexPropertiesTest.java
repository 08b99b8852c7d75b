package dev.chartgen.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.policy.NetworkPolicies.Pod;
import dev.chartgen.core.policy.NetworkPolicies.Policy;
import dev.chartgen.core.verify.RenderedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The indexed evaluation of NetworkPolicies ({@link NetworkPolicies}, {@link PodIndex}) against the
 * straightforward one ({@link ReferencePolicies}: every question a pass over every policy and, for
 * CG045's strangers, over every pod of every module), on small random platforms: modules with pods
 * in three namespaces and random labels and named ports, and policies with every selector, peer,
 * port and policyTypes form ({@link RandomPolicies}). A seed makes one platform.
 */
class NetworkPoliciesIndexPropertiesTest {

  private static final List<String> NAMESPACES = List.of("egov", "backbone", "kube-system");
  private static final List<String> KEYS = List.of("app", "tier", "role");
  private static final List<String> VALUES = List.of("a", "b", "c");

  /** A random platform: each module's pods, and the policies. */
  private record Platform(Map<String, List<Pod>> pods, List<Policy> policies) {}

  private static Platform platform(RandomPolicies random) {
    Map<String, List<Pod>> pods = new TreeMap<>();
    int modules = 2 + random.upTo(4);
    for (int m = 0; m < modules; m++) {
      List<Pod> list = new ArrayList<>();
      int n = random.chance(15) ? 0 : 1 + random.upTo(1);
      for (int i = 0; i < n; i++) {
        Map<String, Integer> named = new LinkedHashMap<>();
        if (random.chance(50)) {
          named.put("http", random.pick(RandomPolicies.PORTS));
        }
        if (random.chance(30)) {
          named.put("metrics", 9090);
        }
        list.add(new Pod(random.pick(NAMESPACES), random.labels(), named));
      }
      pods.put("m" + m, list);
    }
    List<Policy> policies = new ArrayList<>();
    int n = random.upTo(8);
    for (int i = 0; i < n; i++) {
      Map<String, Object> content = new LinkedHashMap<>();
      content.put("kind", "NetworkPolicy");
      content.put("spec", random.spec());
      policies.add(
          new Policy(new RenderedObject("p" + i + ".yaml", content), random.pick(NAMESPACES)));
    }
    return new Platform(pods, policies);
  }

  private static Map<Integer, String> ports(RandomPolicies random) {
    Map<Integer, String> ports = new TreeMap<>();
    int n = random.chance(10) ? 0 : 1 + random.upTo(1);
    for (int i = 0; i < n; i++) {
      int port = random.pick(RandomPolicies.PORTS);
      ports.put(port, port == 53 && random.chance(50) ? "UDP" : "TCP");
    }
    return ports;
  }

  /**
   * For every module, the modules let in to one of its pods on one of some ports: the index's
   * answer is the reference's (every pod of every module asked of every policy).
   */
  @Property
  void theModulesLetInAreTheReferences(@ForAll long seed) {
    RandomPolicies random = new RandomPolicies(new Random(seed), KEYS, VALUES, NAMESPACES);
    Platform platform = platform(random);
    NetworkPolicies policies = new NetworkPolicies(platform.policies());
    PodIndex index = new PodIndex(platform.pods());
    for (Map.Entry<String, List<Pod>> module : platform.pods().entrySet()) {
      Map<Integer, String> ports = ports(random);
      TreeSet<String> expected = new TreeSet<>();
      platform
          .pods()
          .forEach(
              (other, sources) -> {
                for (Pod from : sources) {
                  for (Pod to : module.getValue()) {
                    for (Map.Entry<Integer, String> port : ports.entrySet()) {
                      if (ReferencePolicies.ingressAllows(
                          platform.policies(), to, from, port.getKey(), port.getValue())) {
                        expected.add(other);
                      }
                    }
                  }
                }
              });

      assertThat(index.admitted(policies, module.getValue(), ports))
          .as("modules let in to %s on %s, seed %d", module.getKey(), ports, seed)
          .isEqualTo(expected);

      long withPods = platform.pods().values().stream().filter(p -> !p.isEmpty()).count();
      if (!module.getValue().isEmpty() && !ports.isEmpty()) {
        Statistics.label("modules let in")
            .collect(
                expected.isEmpty()
                    ? "none"
                    : expected.size() == withPods ? "all" : "some, not all");
      }
    }
    Statistics.label("modules let in")
        .coverage(
            coverage -> {
              coverage.check("none").percentage(p -> p > 5);
              coverage.check("all").percentage(p -> p > 5);
              coverage.check("some, not all").percentage(p -> p > 5);
            });
  }

  /**
   * For every pair of pods (including pods no chart has: the ingress controller, a module without a
   * descriptor) and port (or none), ingress and egress: the index's answer is the reference's.
   */
  @Property
  void eachConnectionIsAllowedAsByTheReference(@ForAll long seed) {
    RandomPolicies random = new RandomPolicies(new Random(seed), KEYS, VALUES, NAMESPACES);
    Platform platform = platform(random);
    NetworkPolicies policies = new NetworkPolicies(platform.policies());
    List<Pod> pods = new ArrayList<>();
    platform.pods().values().forEach(pods::addAll);
    pods.add(new Pod(random.pick(NAMESPACES), random.labels(), Map.of()));
    List<Integer> ports = new ArrayList<>(RandomPolicies.PORTS);
    ports.add(null);
    int allowed = 0;
    int denied = 0;
    for (Pod a : pods) {
      for (Pod b : pods) {
        Integer port = random.pick(ports);
        String protocol = random.chance(80) ? "TCP" : "UDP";
        boolean in = policies.ingressAllows(a, b, port, protocol);
        boolean out = policies.egressAllows(a, b, port, protocol);
        assertThat(in)
            .as("ingress %s <- %s on %s/%s, seed %d", a, b, port, protocol, seed)
            .isEqualTo(ReferencePolicies.ingressAllows(platform.policies(), a, b, port, protocol));
        assertThat(out)
            .as("egress %s -> %s on %s/%s, seed %d", a, b, port, protocol, seed)
            .isEqualTo(ReferencePolicies.egressAllows(platform.policies(), a, b, port, protocol));
        allowed += (in ? 1 : 0) + (out ? 1 : 0);
        denied += (in ? 0 : 1) + (out ? 0 : 1);
      }
    }
    Statistics.label("answers")
        .collect(allowed == 0 ? "all denied" : denied == 0 ? "all allowed" : "both");
    Statistics.label("answers")
        .coverage(coverage -> coverage.check("both").percentage(p -> p > 20));
  }
}
