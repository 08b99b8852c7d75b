package dev.chartgen.core.check;

import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.RbacRule;
import dev.chartgen.core.schema.Suggestions;
import java.util.List;
import java.util.Set;

/** Checks of what a module may reach and who may reach it: RBAC grants, NetworkPolicy sources. */
final class AccessChecks {

  private static final Set<String> FORBIDDEN_RESOURCES =
      Set.of("secrets", "pods/exec", "pods/attach", "pods/portforward", "*");
  private static final Set<String> FORBIDDEN_VERBS = Set.of("escalate", "bind", "impersonate", "*");

  private final ModuleSpec spec;
  private final Set<String> knownModules;
  private final ProblemCollector collector;

  AccessChecks(ModuleSpec spec, Set<String> knownModules, ProblemCollector collector) {
    this.spec = spec;
    this.knownModules = knownModules;
    this.collector = collector;
  }

  void rbac() {
    List<RbacRule> rules = spec.serviceAccount().rules();
    for (int i = 0; i < rules.size(); i++) {
      RbacRule rule = rules.get(i);
      String at = "/spec/serviceAccount/rules/" + i;
      for (int j = 0; j < rule.resources().size(); j++) {
        String resource = rule.resources().get(j);
        if (FORBIDDEN_RESOURCES.contains(resource)) {
          collector.value(
              at + "/resources/" + j,
              "granting '"
                  + resource
                  + "' is refused: it lets the module read secrets or run code"
                  + " in other pods");
        }
      }
      for (int j = 0; j < rule.apiGroups().size(); j++) {
        if (rule.apiGroups().get(j).equals("*")) {
          collector.value(at + "/apiGroups/" + j, "wildcard API groups are refused: name them");
        }
      }
      for (int j = 0; j < rule.verbs().size(); j++) {
        if (FORBIDDEN_VERBS.contains(rule.verbs().get(j))) {
          collector.value(at + "/verbs/" + j, "the verb is refused");
        }
      }
    }
  }

  void networkPolicy() {
    List<String> from = spec.networkPolicy().allowFromModules();
    for (int i = 0; i < from.size(); i++) {
      if (!knownModules.contains(from.get(i))) {
        collector.value(
            "/spec/networkPolicy/allowFromModules/" + i,
            "unknown module '" + from.get(i) + "'",
            Suggestions.didYouMean(from.get(i), knownModules));
      }
    }
    List<String> egress = spec.networkPolicy().allowEgressTo();
    for (int i = 0; i < egress.size(); i++) {
      int index = i;
      Cidrs.problem(egress.get(i))
          .ifPresent(
              message -> collector.value("/spec/networkPolicy/allowEgressTo/" + index, message));
    }
    if (!egress.isEmpty()
        && spec.networkPolicy().isEnabled()
        && spec.networkPolicy().egressUnrestricted()) {
      collector.key(
          "/spec/networkPolicy/allowEgressTo",
          "allowEgressTo has no effect while allowAllEgress is true (its default)",
          "add allowAllEgress: false");
    }
    if (!from.isEmpty()
        || !spec.networkPolicy().allowFromNamespaces().isEmpty()
        || !spec.networkPolicy().allowEgressTo().isEmpty()) {
      if (!spec.networkPolicy().isEnabled()) {
        collector.key(
            "/spec/networkPolicy",
            "networkPolicy settings have no effect while it is not enabled",
            "add enabled: true");
      }
    }
  }
}
