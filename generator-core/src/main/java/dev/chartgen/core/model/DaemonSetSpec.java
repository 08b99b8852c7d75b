package dev.chartgen.core.model;

/**
 * DaemonSet settings.
 *
 * @param maxUnavailable nodes updated at once (number or percentage), default 1
 * @param tolerateAllTaints run on every node, whatever its taints
 */
public record DaemonSetSpec(String maxUnavailable, Boolean tolerateAllTaints) {

  public static final DaemonSetSpec DEFAULT = new DaemonSetSpec(null, null);

  public DaemonSetSpec {
    maxUnavailable = maxUnavailable == null ? "1" : maxUnavailable;
  }

  public boolean everyNode() {
    return Boolean.TRUE.equals(tolerateAllTaints);
  }
}
