package dev.chartgen.core.policy;

import dev.chartgen.core.policy.NetworkPolicies.Pod;
import dev.chartgen.core.policy.NetworkPolicies.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference for {@link NetworkPolicies}: how it evaluated policies before it was indexed (each
 * question a pass over every policy of the platform), kept verbatim here so that the differential
 * tests compare the indexed evaluation with it. Kubernetes semantics: a pod selected by no policy
 * of a direction is not isolated in it; an isolated pod admits a connection when a rule of a
 * selecting policy matches both the peer and the port; peers by pod labels and the namespace's
 * {@code kubernetes.io/metadata.name}; an ipBlock never matches a pod; selectors with matchLabels
 * and matchExpressions; ports as numbers, named container ports and endPort ranges.
 */
final class ReferencePolicies {

  private ReferencePolicies() {}

  /**
   * Whether {@code source} may open a connection to {@code target} on {@code port}/{@code protocol}
   * ({@code port} null: on some port), as far as the policies of the target's side allow.
   */
  static boolean ingressAllows(
      List<Policy> policies, Pod target, Pod source, Integer port, String protocol) {
    return allows(policies, "Ingress", "ingress", "from", target, source, target, port, protocol);
  }

  /** Whether the policies of the source's side let {@code source} reach {@code target}. */
  static boolean egressAllows(
      List<Policy> policies, Pod source, Pod target, Integer port, String protocol) {
    return allows(policies, "Egress", "egress", "to", source, target, target, port, protocol);
  }

  private static boolean allows(
      List<Policy> policies,
      String type,
      String rulesKey,
      String peersKey,
      Pod subject,
      Pod peer,
      Pod portOwner,
      Integer port,
      String protocol) {
    List<Map<String, Object>> selecting = new ArrayList<>();
    for (Policy policy : policies) {
      Map<String, Object> spec = Json.map(policy.object().content().get("spec"));
      if (policy.namespace().equals(subject.namespace())
          && selects(spec.get("podSelector"), subject.labels())
          && types(spec).contains(type)) {
        selecting.add(spec);
      }
    }
    if (selecting.isEmpty()) {
      return true;
    }
    for (Map<String, Object> spec : selecting) {
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
