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

/**
 * A module's waivers: those its descriptor lists, and CG010 for each hostPath volume declared with
 * its reason. Splits findings into waived and not; a waiver that waives nothing is stale.
 */
final class Waivers {

  private final Map<String, String> reasons = new LinkedHashMap<>();

  Waivers(Module module) {
    for (Volume volume : module.spec().volumes()) {
      if (volume.hostPath() != null) {
        reasons.merge(
            "CG010",
            "hostPath " + volume.hostPath().path() + ": " + volume.hostPath().reason(),
            (a, b) -> a + "; " + b);
      }
    }
    for (Waiver waiver : module.spec().waivers()) {
      reasons.put(waiver.rule(), waiver.reason());
    }
  }

  /** Moves waived findings to {@code waived}; adds a CG044 finding per stale waiver. */
  List<Finding> apply(String chart, List<Finding> findings, List<LintReport.Waived> waived) {
    List<Finding> remaining = new ArrayList<>();
    for (Finding finding : findings) {
      String reason = reasons.get(finding.ruleId());
      if (reason != null && !finding.ruleId().equals(PolicyEngine.STALE_WAIVER.id())) {
        waived.add(new LintReport.Waived(finding, reason));
      } else {
        remaining.add(finding);
      }
    }
    reasons.forEach(
        (rule, reason) -> {
          boolean used = findings.stream().anyMatch(f -> f.ruleId().equals(rule));
          if (!used) {
            remaining.add(
                new Finding(
                    PolicyEngine.STALE_WAIVER,
                    chart,
                    "descriptor",
                    "/spec/waivers",
                    "the waiver of "
                        + rule
                        + " is stale: "
                        + rule
                        + " does not fire for this module",
                    "descriptor"));
          }
        });
    return remaining;
  }
}
