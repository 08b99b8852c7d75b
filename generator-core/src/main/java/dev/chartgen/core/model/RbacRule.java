package dev.chartgen.core.model;

import java.util.List;

/**
 * One RBAC rule (apiGroups, resources, verbs) of the module's Role; a lint rule is {@code
 * policy.Rule}.
 */
public record RbacRule(
    List<String> apiGroups,
    List<String> resources,
    List<String> verbs,
    List<String> resourceNames) {

  public RbacRule {
    apiGroups = Lists.copy(apiGroups);
    resources = Lists.copy(resources);
    verbs = Lists.copy(verbs);
    resourceNames = Lists.copy(resourceNames);
  }
}
