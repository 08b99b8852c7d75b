package dev.chartgen.core.lint;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.ClusterAccess;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.SecurityContextOverride;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.Waiver;
import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.SecurityContextRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's waivers: those its descriptor lists, CG010 for each hostPath volume declared with its
 * reason, and CG046 (with CG002 for IDs below 10000) for a securityContext override with its
 * reason; in an environment, also those the environment file lists for the module (its reason wins
 * for a rule both waive). Splits findings into waived and not; a waiver that waives nothing is
 * stale. In an environment only the environment's own waivers can be stale: the descriptor's are
 * judged on the chart's defaults (an environment may well not need them, e.g. with more replicas).
 */
final class Waivers {

  /** Each rule the descriptor waives: why, and where the descriptor says so first. */
  private final Map<String, Reason> reasons = new LinkedHashMap<>();

  /** Each rule the environment waives for the module: why, and where the environment file says. */
  private final Map<String, Reason> environmentReasons = new LinkedHashMap<>();

  /** The environment, or null for the chart's defaults. */
  private final String environment;

  /**
   * Why a rule is waived; several waivers of one rule (hostPath volumes, repeated entries) join
   * their reasons and keep the first one's place.
   *
   * @param pointer its entry in spec.waivers, or its hostPath volume
   */
  private record Reason(String text, String pointer) {
    Reason and(Reason other) {
      return new Reason(text + "; " + other.text, pointer);
    }
  }

  Waivers(Module module) {
    this(module, null);
  }

  /** The waivers of {@code module} in {@code environment} (null: with the chart's defaults). */
  Waivers(Module module, Environment environment) {
    this.environment = environment == null ? null : environment.name();
    List<Volume> volumes = module.spec().volumes();
    for (int i = 0; i < volumes.size(); i++) {
      Volume volume = volumes.get(i);
      if (volume.hostPath() != null) {
        add(
            "CG010",
            "hostPath " + volume.hostPath().path() + ": " + volume.hostPath().reason(),
            "/spec/volumes/" + i + "/hostPath");
      }
    }
    SecurityContextOverride ids = module.spec().securityContext();
    if (ids != null) {
      String text = "securityContext " + ids.ids() + ": " + ids.reason();
      long user = Defaults.runAsUser(module.spec());
      long group = Defaults.runAsGroup(module.spec());
      if (SecurityContextRules.differs("runAsUser", user)
          || SecurityContextRules.differs("runAsGroup", group)
          || SecurityContextRules.differs("fsGroup", Defaults.fsGroup(module.spec()))) {
        add("CG046", text, "/spec/securityContext");
      }
      if (user < SecurityContextRules.LOWEST_ID || group < SecurityContextRules.LOWEST_ID) {
        add("CG002", text, "/spec/securityContext");
      }
    }
    ClusterAccess cluster = module.spec().serviceAccount().clusterAccess();
    if (cluster != null) {
      add("CG048", "clusterAccess: " + cluster.reason(), "/spec/serviceAccount/clusterAccess");
    }
    List<Waiver> waivers = module.spec().waivers();
    for (int i = 0; i < waivers.size(); i++) {
      add(waivers.get(i).rule(), waivers.get(i).reason(), "/spec/waivers/" + i);
    }
    if (environment != null) {
      List<Waiver> own = environment.module(module.name()).waivers();
      String base = JsonPointer.child("/spec/modules", module.name()) + "/waivers/";
      for (int i = 0; i < own.size(); i++) {
        environmentReasons.merge(
            own.get(i).rule(), new Reason(own.get(i).reason(), base + i), Reason::and);
      }
    }
  }

  private void add(String rule, String text, String pointer) {
    reasons.merge(rule, new Reason(text, pointer), Reason::and);
  }

  private Reason reason(String rule) {
    Reason own = environmentReasons.get(rule);
    return own != null ? own : reasons.get(rule);
  }

  /**
   * Moves waived findings to {@code waived}; adds a CG044 finding per waiver that names no rule,
   * and, when the chart's objects were checked, per stale waiver.
   *
   * @param rules the ids of every rule the linter knows
   * @param checked whether the chart rendered, so that every rule had its chance to fire
   */
  List<Finding> apply(
      String chart,
      List<Finding> findings,
      List<LintReport.Waived> waived,
      Set<String> rules,
      boolean checked) {
    List<Finding> remaining = new ArrayList<>();
    for (Finding finding : findings) {
      Reason reason = reason(finding.ruleId());
      if (reason != null && !finding.ruleId().equals(PolicyEngine.STALE_WAIVER.id())) {
        waived.add(new LintReport.Waived(finding, reason.text()));
      } else {
        remaining.add(finding);
      }
    }
    Map<String, Reason> judged = environment == null ? reasons : environmentReasons;
    for (Map.Entry<String, Reason> entry : judged.entrySet()) {
      String rule = entry.getKey();
      String message;
      if (!rules.contains(rule)) {
        message =
            "the waiver of "
                + rule
                + " names no rule: docs/rules.md lists chartgen's, policyDirectory adds your own";
      } else if (checked && findings.stream().noneMatch(f -> f.ruleId().equals(rule))) {
        message =
            "the waiver of "
                + rule
                + " is stale: "
                + rule
                + " does not fire for this module"
                + (environment == null ? "" : " in " + environment);
      } else {
        continue;
      }
      String object =
          environment == null ? DescriptorLocator.DESCRIPTOR : DescriptorLocator.ENVIRONMENT;
      remaining.add(
          new Finding(
              PolicyEngine.STALE_WAIVER,
              chart,
              object,
              entry.getValue().pointer(),
              message,
              object,
              environment));
    }
    return remaining;
  }
}
