package dev.chartgen.core.model;

import java.util.List;

/**
 * Read access across every namespace for the module's ServiceAccount (a ClusterRole and its
 * ClusterRoleBinding), opted into with a written reason.
 *
 * @param reason why the module reads these resources cluster-wide
 * @param rules the read-only rules
 */
public record ClusterAccess(String reason, List<RbacRule> rules) {

  public ClusterAccess {
    rules = Lists.copy(rules);
  }
}
