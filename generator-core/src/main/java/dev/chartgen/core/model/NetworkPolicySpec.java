package dev.chartgen.core.model;

import java.util.List;

/**
 * An opt-in NetworkPolicy.
 *
 * @param enabled render it (default false)
 * @param allowFromModules modules of the platform allowed to connect
 * @param allowFromNamespaces namespaces whose pods may connect (e.g. the ingress controller's)
 * @param allowEgressTo CIDR blocks the pods may reach besides DNS and the namespace; empty for none
 * @param allowAllEgress let the pods reach anything (default true: DIGIT services call databases
 *     and brokers outside the namespace)
 */
public record NetworkPolicySpec(
    Boolean enabled,
    List<String> allowFromModules,
    List<String> allowFromNamespaces,
    List<String> allowEgressTo,
    Boolean allowAllEgress) {

  public static final NetworkPolicySpec DISABLED =
      new NetworkPolicySpec(false, null, null, null, null);

  public NetworkPolicySpec {
    allowFromModules = Lists.copy(allowFromModules);
    allowFromNamespaces = Lists.copy(allowFromNamespaces);
    allowEgressTo = Lists.copy(allowEgressTo);
  }

  public boolean isEnabled() {
    return Boolean.TRUE.equals(enabled);
  }

  public boolean egressUnrestricted() {
    return allowAllEgress == null || allowAllEgress;
  }
}
