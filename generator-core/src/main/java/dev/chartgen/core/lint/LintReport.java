package dev.chartgen.core.lint;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.Rule;
import dev.chartgen.core.policy.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What linting found.
 *
 * @param charts every chart linted, in order, with its time
 * @param findings what must be fixed (waived findings are not here)
 * @param waived findings a descriptor waived, with the reason
 * @param rules every rule applied, by id
 * @param failOn the lowest severity that fails, or null when nothing fails (report only)
 * @param descriptors the descriptor of each chart (for report locations), by chart name
 */
public record LintReport(
    List<ChartResult> charts,
    List<Finding> findings,
    List<Waived> waived,
    Map<String, Rule> rules,
    List<String> kubeVersions,
    Severity failOn,
    Map<String, DescriptorLocator> descriptors,
    Duration duration) {

  public LintReport {
    charts = List.copyOf(charts);
    findings = List.copyOf(findings);
    waived = List.copyOf(waived);
    // sorted by id: Map.copyOf's order changes from one JVM to the next, and reports list rules
    rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
    kubeVersions = List.copyOf(kubeVersions);
    descriptors = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(descriptors));
  }

  /** One linted chart: how many objects it rendered and how long it took. */
  public record ChartResult(String chart, int objects, Duration duration) {}

  /** A finding a descriptor waived, and why. */
  public record Waived(Finding finding, String reason) {}

  /** The findings at or above the failing severity. */
  public List<Finding> failures() {
    if (failOn == null) {
      return List.of();
    }
    return findings.stream().filter(f -> f.severity().atLeast(failOn)).toList();
  }

  public boolean failed() {
    return !failures().isEmpty();
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
