package dev.chartgen.core.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a DIGIT template sees: the chart's own values (common's defaults under the values file), the
 * environment's {@code global} block and its {@code cluster-configs} block. Records every lookup,
 * so a condition can be told apart by what it reads.
 */
final class Scope {

  /** Where a looked-up path points. */
  enum Origin {
    OWN,
    GLOBAL,
    CLUSTER_CONFIGS
  }

  /** One lookup: the path under .Values and its origin. */
  record Lookup(List<String> path, Origin origin) {
    Lookup {
      path = List.copyOf(path);
    }

    /** The top-level key under .Values. */
    String key() {
      return path.isEmpty() ? "" : path.get(0);
    }
  }

  private final JsonNode values;
  private final JsonNode globals;
  private final JsonNode clusterConfigs;
  private final String chartName;
  private final List<Lookup> trace = new ArrayList<>();

  Scope(JsonNode values, JsonNode globals, JsonNode clusterConfigs, String chartName) {
    this.values = values;
    this.globals = globals;
    this.clusterConfigs = clusterConfigs;
    this.chartName = chartName;
  }

  String chartName() {
    return chartName;
  }

  /** The value at {@code path} under .Values (Java types; null when absent). */
  Object lookup(List<String> path) {
    if (path.isEmpty()) {
      return ValuesRoot.INSTANCE;
    }
    Origin origin =
        switch (path.get(0)) {
          case "global" -> Origin.GLOBAL;
          case "cluster-configs" -> Origin.CLUSTER_CONFIGS;
          default -> Origin.OWN;
        };
    trace.add(new Lookup(path, origin));
    JsonNode node =
        switch (origin) {
          case GLOBAL -> globals;
          case CLUSTER_CONFIGS -> clusterConfigs;
          case OWN -> values.get(path.get(0));
        };
    for (int i = 1; i < path.size() && node != null; i++) {
      node = node.get(path.get(i));
    }
    return toJava(node);
  }

  /** Starts recording lookups afresh. */
  void resetTrace() {
    trace.clear();
  }

  /** The lookups since the last reset. */
  List<Lookup> trace() {
    return List.copyOf(trace);
  }

  /** The root of .Values, indexable. */
  enum ValuesRoot {
    INSTANCE
  }

  static Object toJava(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return new BigDecimal(node.asString());
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(toJava(item)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
    return map;
  }
}
