package dev.chartgen.core.model;

import java.util.List;

/** One RBAC rule of the module's Role. */
public record PolicyRule(
    List<String> apiGroups,
    List<String> resources,
    List<String> verbs,
    List<String> resourceNames) {

  public PolicyRule {
    apiGroups = Lists.copy(apiGroups);
    resources = Lists.copy(resources);
    verbs = Lists.copy(verbs);
    resourceNames = Lists.copy(resourceNames);
  }
}
