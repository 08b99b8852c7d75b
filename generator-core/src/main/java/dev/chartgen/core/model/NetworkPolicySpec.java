package dev.chartgen.core.model;

import java.util.List;

/**
 * The module's NetworkPolicy: on by default, computed from the platform graph (who calls whom);
 * these settings add what the graph cannot know, or switch the policy off with a reason.
 *
 * @param enabled render it (default true); false needs a {@code reason}
 * @param reason why the policy is off or egress is unrestricted
 * @param allowFromModules further modules of the platform that call this one (they get egress to it
 *     too)
 * @param allowFromNamespaces namespaces whose pods may connect
 * @param connectsTo modules of the platform this one calls without a {@code serviceHost} reference
 *     (backbone endpoints: Kafka, Postgres, Redis, Elasticsearch…): a reference like any other
 * @param allowEgressTo CIDR blocks the pods may reach besides the modules they call and DNS
 * @param allowAllEgress let the pods reach anything (default false); true needs a {@code reason}
 */
public record NetworkPolicySpec(
    Boolean enabled,
    String reason,
    List<String> allowFromModules,
    List<String> allowFromNamespaces,
    List<String> connectsTo,
    List<String> allowEgressTo,
    Boolean allowAllEgress) {

  /** Nothing said: the computed policy, egress restricted. */
  public static final NetworkPolicySpec DEFAULT =
      new NetworkPolicySpec(null, null, null, null, null, null, null);

  public NetworkPolicySpec {
    allowFromModules = Lists.copy(allowFromModules);
    allowFromNamespaces = Lists.copy(allowFromNamespaces);
    connectsTo = Lists.copy(connectsTo);
    allowEgressTo = Lists.copy(allowEgressTo);
  }

  public boolean isEnabled() {
    return enabled == null || enabled;
  }

  public boolean egressUnrestricted() {
    return Boolean.TRUE.equals(allowAllEgress);
  }
}
