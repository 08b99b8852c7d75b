package dev.chartgen.core.model;

import java.util.List;
import java.util.Map;

/**
 * The module's own ServiceAccount (always created).
 *
 * @param mountToken mount an API token into the main container (default false)
 * @param annotations e.g. cloud workload identity
 * @param rules a namespaced Role bound to the account; empty for none
 * @param clusterAccess read access across namespaces, with its reason; null for none
 */
public record ServiceAccountSpec(
    Boolean mountToken,
    Map<String, String> annotations,
    List<RbacRule> rules,
    ClusterAccess clusterAccess) {

  public static final ServiceAccountSpec DEFAULT = new ServiceAccountSpec(null, null, null, null);

  public ServiceAccountSpec {
    annotations = Lists.copy(annotations);
    rules = Lists.copy(rules);
  }

  public boolean mountsToken() {
    return Boolean.TRUE.equals(mountToken);
  }
}
