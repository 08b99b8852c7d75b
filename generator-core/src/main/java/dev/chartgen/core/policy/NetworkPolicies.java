package dev.chartgen.core.policy;

import dev.chartgen.core.verify.RenderedObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How Kubernetes evaluates rendered NetworkPolicies, for one connection from a pod to a pod: a pod
 * selected by no policy of a direction is not isolated in it; an isolated pod admits a connection
 * when a rule of a selecting policy matches both the peer and the port. Peers are matched by pod
 * labels and by the namespace's {@code kubernetes.io/metadata.name} label (the only namespace label
 * chartgen may rely on); an ipBlock never matches a pod (pod IPs are not known when linting).
 * Selectors support matchLabels and matchExpressions; ports support numbers, named container ports
 * and endPort ranges. The policies of a platform are read once and grouped by namespace, and the
 * policies selecting a pod are remembered by its namespace and labels, so a question costs the
 * rules of the policies that select the pod, not a pass over every policy of the platform.
 */
final class NetworkPolicies {

  /** A pod template placed in a namespace, with its container ports by name. */
  record Pod(String namespace, Map<String, String> labels, Map<String, Integer> namedPorts) {
    Pod {
      labels = Map.copyOf(labels);
      namedPorts = Map.copyOf(namedPorts);
    }
  }

  /** A rendered NetworkPolicy and the namespace its chart is installed into. */
  record Policy(RenderedObject object, String namespace) {}

  /** A policy's spec and its policyTypes, read once. */
  private record Spec(Map<String, Object> content, List<String> types) {}

  /** Pods with these labels in this namespace, isolated in this direction (a policy type). */
  private record Subject(String namespace, Map<String, String> labels, String type) {}

  // the specs by the namespace of their policy: a policy selects pods of its own namespace only
  private final Map<String, List<Spec>> specs = new HashMap<>();
  // the specs selecting a subject, by subject: pods of many modules share labels and namespace,
  // and CG045 asks about the same pods many times
  private final Map<Subject, List<Map<String, Object>>> selecting = new HashMap<>();

  /** The platform's policies, evaluated together (not thread-safe: it remembers answers). */
  NetworkPolicies(List<Policy> policies) {
    for (Policy policy : policies) {
      Map<String, Object> spec = Json.map(policy.object().content().get("spec"));
      specs
          .computeIfAbsent(policy.namespace(), k -> new ArrayList<>())
          .add(new Spec(spec, types(spec)));
    }
  }

  /**
   * Whether {@code source} may open a connection to {@code target} on {@code port}/{@code protocol}
   * ({@code port} null: on some port), as far as the policies of the target's side allow.
   */
  boolean ingressAllows(Pod target, Pod source, Integer port, String protocol) {
    return allows("Ingress", "ingress", "from", target, source, target, port, protocol);
  }

  /** Whether the policies of the source's side let {@code source} reach {@code target}. */
  boolean egressAllows(Pod source, Pod target, Integer port, String protocol) {
    return allows("Egress", "egress", "to", source, target, target, port, protocol);
  }

  /**
   * The peers ({@code from} of each ingress rule) that {@code target}'s policies let in on at least
   * one of {@code ports} (container port to protocol), in the policies' order; null when no policy
   * isolates {@code target} for ingress (then every source is let in on every port). A source is
   * let in on some of {@code ports} exactly when one of these peers selects it (read them with
   * {@link PodIndex#admitted}): what {@link #ingressAllows} says for each source and port, without
   * asking for each source.
   */
  List<Object> ingressPeers(Pod target, Map<Integer, String> ports) {
    List<Map<String, Object>> isolating = selecting(target, "Ingress");
    if (isolating.isEmpty()) {
      return null;
    }
    List<Object> peers = new ArrayList<>();
    for (Map<String, Object> spec : isolating) {
      for (Object rule : Json.list(spec.get("ingress"))) {
        Map<String, Object> r = Json.map(rule);
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
          if (ports(r.get("ports"), target, port.getKey(), port.getValue())) {
            peers.add(r.get("from"));
            break;
          }
        }
      }
    }
    return peers;
  }

  /** The specs of the policies that select {@code subject} and have policy type {@code type}. */
  private List<Map<String, Object>> selecting(Pod subject, String type) {
    return selecting.computeIfAbsent(
        new Subject(subject.namespace(), subject.labels(), type),
        key -> {
          List<Map<String, Object>> found = new ArrayList<>();
          for (Spec spec : specs.getOrDefault(key.namespace(), List.of())) {
            if (selects(spec.content().get("podSelector"), key.labels())
                && spec.types().contains(type)) {
              found.add(spec.content());
            }
          }
          return List.copyOf(found);
        });
  }

  private boolean allows(
      String type,
      String rulesKey,
      String peersKey,
      Pod subject,
      Pod peer,
      Pod portOwner,
      Integer port,
      String protocol) {
    List<Map<String, Object>> isolating = selecting(subject, type);
    if (isolating.isEmpty()) {
      return true;
    }
    for (Map<String, Object> spec : isolating) {
      for (Object rule : Json.list(spec.get(rulesKey))) {
        Map<String, Object> r = Json.map(rule);
        if (peers(r.get(peersKey), subject.namespace(), peer)
            && ports(r.get("ports"), portOwner, port, protocol)) {
          return true;
        }
      }
    }
    return false;
  }

  /** policyTypes, defaulted as the API server does. */
  private static List<String> types(Map<String, Object> spec) {
    List<Object> declared = Json.list(spec.get("policyTypes"));
    if (!declared.isEmpty()) {
      return declared.stream().map(String::valueOf).toList();
    }
    return spec.get("egress") != null ? List.of("Ingress", "Egress") : List.of("Ingress");
  }

  private static boolean peers(Object peers, String policyNamespace, Pod peer) {
    List<Object> list = Json.list(peers);
    if (peers == null || list.isEmpty()) {
      return true; // no from/to: every source or destination
    }
    for (Object entry : list) {
      Map<String, Object> p = Json.map(entry);
      if (p.containsKey("ipBlock")) {
        continue;
      }
      boolean namespaceOk =
          p.containsKey("namespaceSelector")
              ? selects(
                  p.get("namespaceSelector"),
                  Map.of("kubernetes.io/metadata.name", peer.namespace()))
              : policyNamespace.equals(peer.namespace());
      boolean podOk = !p.containsKey("podSelector") || selects(p.get("podSelector"), peer.labels());
      if (namespaceOk && podOk) {
        return true;
      }
    }
    return false;
  }

  private static boolean ports(Object ports, Pod owner, Integer port, String protocol) {
    List<Object> list = Json.list(ports);
    if (ports == null || list.isEmpty() || port == null) {
      return ports == null || list.isEmpty() || port == null;
    }
    for (Object entry : list) {
      Map<String, Object> p = Json.map(entry);
      String proto = p.get("protocol") == null ? "TCP" : p.get("protocol").toString();
      if (!proto.equals(protocol)) {
        continue;
      }
      Object value = p.get("port");
      if (value == null) {
        return true;
      }
      Integer start =
          value instanceof Number n
              ? Integer.valueOf(n.intValue())
              : owner.namedPorts().get(value.toString());
      if (start == null) {
        continue;
      }
      int end = p.get("endPort") instanceof Number n ? n.intValue() : start;
      if (port >= start && port <= end) {
        return true;
      }
    }
    return false;
  }

  /** Whether a label selector (matchLabels and matchExpressions) selects {@code labels}. */
  static boolean selects(Object selector, Map<String, String> labels) {
    if (selector == null) {
      return false;
    }
    Map<String, Object> s = Json.map(selector);
    for (Map.Entry<String, String> e : Json.strings(s.get("matchLabels")).entrySet()) {
      if (!Objects.equals(labels.get(e.getKey()), e.getValue())) {
        return false;
      }
    }
    for (Object expression : Json.list(s.get("matchExpressions"))) {
      Map<String, Object> x = Json.map(expression);
      String key = String.valueOf(x.get("key"));
      List<String> values = Json.list(x.get("values")).stream().map(String::valueOf).toList();
      String operator = String.valueOf(x.get("operator"));
      boolean ok =
          switch (operator) {
            case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
            case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
            case "Exists" -> labels.containsKey(key);
            case "DoesNotExist" -> !labels.containsKey(key);
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
