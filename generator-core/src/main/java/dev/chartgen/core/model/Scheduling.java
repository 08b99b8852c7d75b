package dev.chartgen.core.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where pods may run.
 *
 * @param affinity a Kubernetes affinity object; default: spread replicas over nodes
 * @param topologySpread zone (default), hostname or none
 */
public record Scheduling(
    Map<String, String> nodeSelector,
    List<Toleration> tolerations,
    JsonNode affinity,
    String topologySpread,
    String priorityClassName) {

  public static final Scheduling DEFAULT = new Scheduling(null, null, null, null, null);

  public Scheduling {
    nodeSelector = Lists.copy(nodeSelector);
    tolerations = Lists.copy(tolerations);
    topologySpread = topologySpread == null ? "zone" : topologySpread;
  }
}
