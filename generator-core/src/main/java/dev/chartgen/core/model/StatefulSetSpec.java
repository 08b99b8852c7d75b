package dev.chartgen.core.model;

/**
 * StatefulSet settings.
 *
 * @param podManagementPolicy OrderedReady (default) or Parallel
 * @param updateStrategy RollingUpdate (default) or OnDelete
 * @param partition with RollingUpdate: only pods with an ordinal at or above it are updated
 * @param clientService also render a ClusterIP Service for clients (default true)
 */
public record StatefulSetSpec(
    String podManagementPolicy, String updateStrategy, Integer partition, Boolean clientService) {

  public static final StatefulSetSpec DEFAULT = new StatefulSetSpec(null, null, null, null);

  public StatefulSetSpec {
    podManagementPolicy = podManagementPolicy == null ? "OrderedReady" : podManagementPolicy;
    updateStrategy = updateStrategy == null ? "RollingUpdate" : updateStrategy;
  }

  public boolean withClientService() {
    return clientService == null || clientService;
  }
}
