package dev.chartgen.core.model;

/**
 * A PodDisruptionBudget. Rendered by default for two or more replicas.
 *
 * @param maxUnavailable pods that may be down at once (number or percentage), default 1
 * @param enabled false to never render it
 */
public record DisruptionBudget(String maxUnavailable, Boolean enabled) {

  public static final DisruptionBudget DEFAULT = new DisruptionBudget(null, null);

  public DisruptionBudget {
    maxUnavailable = maxUnavailable == null ? "1" : maxUnavailable;
  }

  public boolean isEnabled() {
    return enabled == null || enabled;
  }
}
