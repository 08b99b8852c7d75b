package dev.chartgen.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random NetworkPolicy specs, rules, peers and selectors in every form the evaluation reads:
 * selectors with matchLabels, matchExpressions (In, NotIn, Exists, DoesNotExist, an unknown
 * operator, missing key or values), both, the empty selector, a null and a malformed one; peers
 * absent, null, empty, malformed, or lists of podSelector, namespaceSelector, both, neither and
 * ipBlock entries; ports absent, empty, numbers, names, endPort ranges and protocols; policyTypes
 * absent or any of Ingress and Egress. Labels, namespaces and ports are drawn from small sets, so
 * selectors often match.
 */
final class RandomPolicies {

  static final List<Integer> PORTS = List.of(53, 80, 8080, 9090);
  static final List<String> PORT_NAMES = List.of("http", "metrics", "none");
  private static final List<String> OPERATORS =
      List.of("In", "NotIn", "Exists", "DoesNotExist", "Near");

  private final Random random;
  private final List<String> keys;
  private final List<String> values;
  private final List<String> namespaces;

  /**
   * @param keys the label keys selectors use
   * @param values the label values selectors use
   * @param namespaces the namespaces namespace selectors name
   */
  RandomPolicies(Random random, List<String> keys, List<String> values, List<String> namespaces) {
    this.random = random;
    this.keys = keys;
    this.values = values;
    this.namespaces = namespaces;
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  int upTo(int n) {
    return random.nextInt(n + 1);
  }

  /** Some of the label keys, each with one of the values. */
  Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String key : keys) {
      if (chance(50)) {
        labels.put(key, pick(values));
      }
    }
    return labels;
  }

  /** A pod selector in any form. */
  Object podSelector() {
    return selector(keys, values);
  }

  /** A namespace selector, mostly on {@code kubernetes.io/metadata.name}. */
  Object namespaceSelector() {
    List<String> nsKeys = new ArrayList<>(List.of("kubernetes.io/metadata.name"));
    nsKeys.add(pick(keys));
    List<String> nsValues = new ArrayList<>(namespaces);
    nsValues.add(pick(values));
    return chance(70)
        ? selector(List.of("kubernetes.io/metadata.name"), namespaces)
        : selector(nsKeys, nsValues);
  }

  private Object selector(List<String> keys, List<String> values) {
    switch (random.nextInt(12)) {
      case 0:
        return null;
      case 1:
        return new LinkedHashMap<String, Object>();
      case 2:
        return "not a selector";
      case 3, 4, 5, 6:
        return Map.of("matchLabels", matchLabels(keys, values));
      case 7, 8, 9:
        return Map.of("matchExpressions", expressions(keys, values));
      default:
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("matchLabels", matchLabels(keys, values));
        both.put("matchExpressions", expressions(keys, values));
        return both;
    }
  }

  private Map<String, Object> matchLabels(List<String> keys, List<String> values) {
    Map<String, Object> labels = new LinkedHashMap<>();
    int n = 1 + upTo(1);
    for (int i = 0; i < n; i++) {
      labels.put(pick(keys), chance(5) ? null : pick(values));
    }
    return labels;
  }

  private List<Object> expressions(List<String> keys, List<String> values) {
    List<Object> expressions = new ArrayList<>();
    int n = 1 + upTo(1);
    for (int i = 0; i < n; i++) {
      Map<String, Object> x = new LinkedHashMap<>();
      if (!chance(5)) {
        x.put("key", pick(keys));
      }
      String operator = pick(OPERATORS);
      x.put("operator", operator);
      if (!chance(10)) {
        List<Object> list = new ArrayList<>();
        int m = operator.equals("In") || operator.equals("NotIn") ? upTo(3) : upTo(1);
        for (int j = 0; j < m; j++) {
          list.add(pick(values));
        }
        x.put("values", list);
      }
      expressions.add(x);
    }
    return expressions;
  }

  /** A rule's peers ({@code from} or {@code to}); {@code ABSENT} when the rule has none. */
  Object peers() {
    switch (random.nextInt(24)) {
      case 0:
        return ABSENT;
      case 1:
        return null;
      case 2:
        return List.of();
      case 3:
        return "not a list";
      default:
        List<Object> peers = new ArrayList<>();
        int n = 1 + upTo(2);
        for (int i = 0; i < n; i++) {
          peers.add(peer());
        }
        return peers;
    }
  }

  /** Stands for a key that is not there. */
  static final Object ABSENT = new Object();

  private Object peer() {
    if (chance(5)) {
      return "not a peer";
    }
    Map<String, Object> peer = new LinkedHashMap<>();
    if (chance(80)) {
      peer.put("podSelector", podSelector());
    }
    if (chance(40)) {
      peer.put("namespaceSelector", namespaceSelector());
    }
    if (chance(10)) {
      peer.put("ipBlock", Map.of("cidr", "10.0.0.0/8"));
    }
    return peer;
  }

  /** A rule's ports, or {@code ABSENT}. */
  Object ports() {
    switch (random.nextInt(8)) {
      case 0:
        return ABSENT;
      case 1:
        return List.of();
      default:
        List<Object> ports = new ArrayList<>();
        int n = 1 + upTo(1);
        for (int i = 0; i < n; i++) {
          Map<String, Object> port = new LinkedHashMap<>();
          int form = random.nextInt(10);
          if (form < 6) {
            port.put("port", pick(PORTS));
          } else if (form < 9) {
            port.put("port", pick(PORT_NAMES));
          }
          if (chance(60)) {
            port.put("protocol", chance(80) ? "TCP" : "UDP");
          }
          if (chance(15)) {
            port.put("endPort", pick(PORTS));
          }
          ports.add(port);
        }
        return ports;
    }
  }

  /** A rule of a direction ({@code peersKey}: from or to). */
  Map<String, Object> rule(String peersKey) {
    Map<String, Object> rule = new LinkedHashMap<>();
    put(rule, peersKey, peers());
    put(rule, "ports", ports());
    return rule;
  }

  /** 0 to 3 rules, or {@code ABSENT}. */
  Object rules(String peersKey) {
    if (chance(15)) {
      return ABSENT;
    }
    List<Object> rules = new ArrayList<>();
    int n = chance(10) ? 0 : 1 + upTo(2);
    for (int i = 0; i < n; i++) {
      rules.add(rule(peersKey));
    }
    return rules;
  }

  /** A policy spec. */
  Map<String, Object> spec() {
    Map<String, Object> spec = new LinkedHashMap<>();
    if (!chance(5)) {
      spec.put("podSelector", chance(40) ? Map.of() : podSelector());
    }
    switch (random.nextInt(6)) {
      case 0 -> {}
      case 1 -> spec.put("policyTypes", List.of("Ingress"));
      case 2 -> spec.put("policyTypes", List.of("Egress"));
      default -> spec.put("policyTypes", List.of("Ingress", "Egress"));
    }
    put(spec, "ingress", rules("from"));
    put(spec, "egress", rules("to"));
    return spec;
  }

  static void put(Map<String, Object> map, String key, Object value) {
    if (value != ABSENT) {
      map.put(key, value);
    }
  }
}
