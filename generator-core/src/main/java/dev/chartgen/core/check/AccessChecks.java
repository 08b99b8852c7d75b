package dev.chartgen.core.check;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.NetworkPolicySpec;
import dev.chartgen.core.model.RbacRule;
import dev.chartgen.core.model.SecurityContextOverride;
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
    rbac("/spec/serviceAccount/rules", spec.serviceAccount().rules());
    if (spec.serviceAccount().clusterAccess() != null) {
      rbac(
          "/spec/serviceAccount/clusterAccess/rules",
          spec.serviceAccount().clusterAccess().rules());
    }
  }

  private void rbac(String base, List<RbacRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      RbacRule rule = rules.get(i);
      String at = base + "/" + i;
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
    NetworkPolicySpec policy = spec.networkPolicy();
    knownModules("/spec/networkPolicy/allowFromModules/", policy.allowFromModules());
    knownModules("/spec/networkPolicy/connectsTo/", policy.connectsTo());
    List<String> egress = policy.allowEgressTo();
    for (int i = 0; i < egress.size(); i++) {
      int index = i;
      Cidrs.problem(egress.get(i))
          .ifPresent(
              message -> collector.value("/spec/networkPolicy/allowEgressTo/" + index, message));
    }
    boolean blank = policy.reason() == null || policy.reason().isBlank();
    if (!policy.isEnabled() && blank) {
      collector.value(
          "/spec/networkPolicy/enabled",
          "turning the NetworkPolicy off needs a reason",
          "add reason: <why this module cannot run behind the computed policy>");
    } else if (policy.isEnabled() && policy.egressUnrestricted() && blank) {
      collector.value(
          "/spec/networkPolicy/allowAllEgress",
          "unrestricted egress needs a reason",
          "add reason: <why>, or list the CIDRs it reaches in allowEgressTo");
    } else if (!blank && policy.isEnabled() && !policy.egressUnrestricted()) {
      collector.key(
          "/spec/networkPolicy/reason",
          "a reason explains nothing while the policy is on and egress is restricted",
          "remove it, or set enabled: false or allowAllEgress: true");
    }
    if (!egress.isEmpty() && policy.isEnabled() && policy.egressUnrestricted()) {
      collector.key(
          "/spec/networkPolicy/allowEgressTo",
          "allowEgressTo has no effect while allowAllEgress is true",
          "remove allowAllEgress: true");
    }
    if (!policy.isEnabled()
        && (!policy.allowFromModules().isEmpty()
            || !policy.allowFromNamespaces().isEmpty()
            || !egress.isEmpty()
            || policy.allowAllEgress() != null)) {
      collector.key(
          "/spec/networkPolicy",
          "networkPolicy settings have no effect while it is off",
          "remove them, or remove enabled: false");
    }
  }

  /**
   * A securityContext override sets at least one ID, none of them 0 (root), at least one different
   * from the default, and gives a reason that is not blank.
   */
  void securityContext() {
    SecurityContextOverride own = spec.securityContext();
    if (own == null) {
      return;
    }
    String at = "/spec/securityContext";
    if (own.runAsUser() == null && own.runAsGroup() == null && own.fsGroup() == null) {
      collector.key(
          at, "the securityContext override sets no ID", "set runAsUser, runAsGroup or fsGroup");
    }
    root(at + "/runAsUser", own.runAsUser());
    root(at + "/runAsGroup", own.runAsGroup());
    root(at + "/fsGroup", own.fsGroup());
    if (own.reason() != null && own.reason().isBlank()) {
      collector.value(at + "/reason", "the reason is blank", "say why the image needs these IDs");
    }
    if (Defaults.runAsUser(spec) == Defaults.RUN_AS_ID
        && Defaults.runAsGroup(spec) == Defaults.RUN_AS_ID
        && Defaults.fsGroup(spec) == Defaults.RUN_AS_ID
        && (own.runAsUser() != null || own.runAsGroup() != null || own.fsGroup() != null)) {
      collector.key(
          at, "the override sets only chartgen's default ID " + Defaults.RUN_AS_ID, "remove it");
    }
  }

  private void root(String pointer, Long id) {
    if (id != null && id == 0L) {
      collector.value(
          pointer,
          "0 is root: the pods must run as a non-root user and group (runAsNonRoot stays true)",
          "use the image's own non-root ID, e.g. 1000");
    }
  }

  private void knownModules(String at, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (!knownModules.contains(names.get(i))) {
        collector.value(
            at + i,
            "unknown module '" + names.get(i) + "'",
            Suggestions.didYouMean(names.get(i), knownModules));
      }
    }
  }
}
