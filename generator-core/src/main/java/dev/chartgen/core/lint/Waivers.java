package dev.chartgen.core.lint;

import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.Waiver;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's waivers: those its descriptor lists, and CG010 for each hostPath volume declared with
 * its reason. Splits findings into waived and not; a waiver that waives nothing is stale.
 */
final class Waivers {

  /** Each waived rule: why, and where the descriptor says so first. */
  private final Map<String, Reason> reasons = new LinkedHashMap<>();

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
    List<Waiver> waivers = module.spec().waivers();
    for (int i = 0; i < waivers.size(); i++) {
      add(waivers.get(i).rule(), waivers.get(i).reason(), "/spec/waivers/" + i);
    }
  }

  private void add(String rule, String text, String pointer) {
    reasons.merge(rule, new Reason(text, pointer), Reason::and);
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
      Reason reason = reasons.get(finding.ruleId());
      if (reason != null && !finding.ruleId().equals(PolicyEngine.STALE_WAIVER.id())) {
        waived.add(new LintReport.Waived(finding, reason.text()));
      } else {
        remaining.add(finding);
      }
    }
    for (String rule : reasons.keySet()) {
      String message;
      if (!rules.contains(rule)) {
        message =
            "the waiver of "
                + rule
                + " names no rule: docs/rules.md lists chartgen's, policyDirectory adds your own";
      } else if (checked && findings.stream().noneMatch(f -> f.ruleId().equals(rule))) {
        message = "the waiver of " + rule + " is stale: " + rule + " does not fire for this module";
      } else {
        continue;
      }
      remaining.add(
          new Finding(
              PolicyEngine.STALE_WAIVER,
              chart,
              DescriptorLocator.DESCRIPTOR,
              reasons.get(rule).pointer(),
              message,
              DescriptorLocator.DESCRIPTOR));
    }
    return remaining;
  }
}
