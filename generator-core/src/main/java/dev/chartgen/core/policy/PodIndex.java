package dev.chartgen.core.policy;

import dev.chartgen.core.policy.NetworkPolicies.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pods of a platform's modules, indexed by namespace and by label, to find the modules whose
 * pods a NetworkPolicy peer (a rule's {@code from} or {@code to}) selects without testing every pod
 * of the platform: CG045 asks it for every rule of every module's policy, and a platform's pods
 * differ by their labels (each module's pods carry its name in the peer label, which the generated
 * policies select on).
 *
 * <p>A selector is matched against candidates only: the pods carrying one of its matchLabels, or
 * one of the values of an {@code In} expression, or the key of an {@code Exists} expression,
 * whichever are fewest (each is a necessary condition, so the candidates hold every pod it
 * selects); each candidate is then tested with {@link NetworkPolicies#selects}, the one
 * implementation of Kubernetes' selector semantics, so the index only ever narrows. A selector with
 * none of those ({@code NotIn}, {@code DoesNotExist}, an unknown operator, the empty selector that
 * selects everything) is matched against every pod of the namespace: such a selector selects pods
 * by what they lack, which no list of the labels pods have can enumerate. Namespaces are matched by
 * testing the namespace selector on each namespace that has pods (a platform has few). The answers
 * are those of {@code NetworkPolicies.peers} for each pod.
 */
final class PodIndex {

  private record Member(String module, Pod pod) {}

  private record Label(String key, String value) {}

  /** The pods of one namespace: all of them, by label (key and value) and by label key. */
  private static final class Namespace {
    private final List<Member> all = new ArrayList<>();
    private final Map<Label, List<Member>> byLabel = new HashMap<>();
    private final Map<String, List<Member>> byKey = new HashMap<>();
  }

  private final Map<String, Namespace> namespaces = new TreeMap<>();
  private final Set<String> modules = new TreeSet<>();

  /**
   * @param pods each module's pods
   */
  PodIndex(Map<String, List<Pod>> pods) {
    pods.forEach(
        (module, list) -> {
          for (Pod pod : list) {
            Member member = new Member(module, pod);
            Namespace namespace = namespaces.computeIfAbsent(pod.namespace(), k -> new Namespace());
            namespace.all.add(member);
            pod.labels()
                .forEach(
                    (key, value) -> {
                      namespace
                          .byLabel
                          .computeIfAbsent(new Label(key, value), k -> new ArrayList<>())
                          .add(member);
                      namespace.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
                    });
            modules.add(module);
          }
        });
  }

  /**
   * The modules with a pod that {@code policies} let in to one of {@code targets} on one of {@code
   * ports} (container port to protocol): what {@code policies.ingressAllows(target, pod, port,
   * protocol)} says for some target, pod of the module and port, read from the peers of the rules
   * that admit on one of the ports ({@link NetworkPolicies#ingressPeers}).
   */
  TreeSet<String> admitted(
      NetworkPolicies policies, List<Pod> targets, Map<Integer, String> ports) {
    TreeSet<String> admitted = new TreeSet<>();
    if (ports.isEmpty()) {
      return admitted;
    }
    for (Pod target : targets) {
      List<Object> peers = policies.ingressPeers(target, ports);
      if (peers == null) {
        admitted.addAll(modules); // not isolated: every pod is let in
        continue;
      }
      for (Object from : peers) {
        select(from, target.namespace(), admitted);
      }
    }
    return admitted;
  }

  /**
   * Adds to {@code into} every module with a pod that {@code peers} (a rule's {@code from} or
   * {@code to}) selects, for a policy of namespace {@code policyNamespace}: as {@code
   * NetworkPolicies.peers} reads them (no peers: everyone; an ipBlock: no pod; no
   * namespaceSelector: the policy's namespace; no podSelector: every pod of the namespaces).
   */
  private void select(Object peers, String policyNamespace, Set<String> into) {
    List<Object> list = Json.list(peers);
    if (peers == null || list.isEmpty()) {
      into.addAll(modules);
      return;
    }
    for (Object entry : list) {
      Map<String, Object> p = Json.map(entry);
      if (p.containsKey("ipBlock")) {
        continue;
      }
      List<Namespace> in = new ArrayList<>();
      if (p.containsKey("namespaceSelector")) {
        namespaces.forEach(
            (name, namespace) -> {
              if (NetworkPolicies.selects(
                  p.get("namespaceSelector"), Map.of("kubernetes.io/metadata.name", name))) {
                in.add(namespace);
              }
            });
      } else if (namespaces.containsKey(policyNamespace)) {
        in.add(namespaces.get(policyNamespace));
      }
      for (Namespace namespace : in) {
        if (!p.containsKey("podSelector")) {
          namespace.all.forEach(m -> into.add(m.module()));
          continue;
        }
        Object selector = p.get("podSelector");
        for (Member member : candidates(selector, namespace)) {
          if (!into.contains(member.module())
              && NetworkPolicies.selects(selector, member.pod().labels())) {
            into.add(member.module());
          }
        }
      }
    }
  }

  /** The fewest pods of {@code namespace} that hold every pod {@code selector} selects. */
  private static List<Member> candidates(Object selector, Namespace namespace) {
    Map<String, Object> s = Json.map(selector);
    List<Member> fewest = namespace.all;
    for (Map.Entry<String, String> e : Json.strings(s.get("matchLabels")).entrySet()) {
      fewest =
          fewer(fewest, namespace.byLabel.getOrDefault(new Label(e.getKey(), e.getValue()), null));
    }
    for (Object expression : Json.list(s.get("matchExpressions"))) {
      Map<String, Object> x = Json.map(expression);
      String key = String.valueOf(x.get("key"));
      switch (String.valueOf(x.get("operator"))) {
        case "In" -> {
          List<Member> any = new ArrayList<>();
          for (Object value : Json.list(x.get("values"))) {
            any.addAll(
                namespace.byLabel.getOrDefault(new Label(key, String.valueOf(value)), List.of()));
          }
          fewest = fewer(fewest, any);
        }
        case "Exists" -> fewest = fewer(fewest, namespace.byKey.getOrDefault(key, null));
        default -> {
          // NotIn, DoesNotExist, or an unknown operator: no narrowing (see the class comment)
        }
      }
    }
    return fewest;
  }

  /** {@code candidates} when fewer than {@code fewest}; null stands for no pod at all. */
  private static List<Member> fewer(List<Member> fewest, List<Member> candidates) {
    if (candidates == null) {
      return List.of();
    }
    return candidates.size() < fewest.size() ? candidates : fewest;
  }
}
