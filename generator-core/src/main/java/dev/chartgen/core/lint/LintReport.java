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
 * @param environmentFiles the file of each environment linted (for report locations), by
 *     environment name
 */
public record LintReport(
    List<ChartResult> charts,
    List<Finding> findings,
    List<Waived> waived,
    Map<String, Rule> rules,
    List<String> kubeVersions,
    Severity failOn,
    Map<String, DescriptorLocator> descriptors,
    Map<String, DescriptorLocator> environmentFiles,
    Duration duration) {

  /**
   * How reports name the charts' default values, the "environment" every chart is linted in besides
   * the environment files' (an environment file cannot take this name).
   */
  public static final String DEFAULTS = dev.chartgen.core.environment.EnvironmentChecks.DEFAULTS;

  public LintReport {
    charts = List.copyOf(charts);
    findings = List.copyOf(findings);
    waived = List.copyOf(waived);
    // sorted by id: Map.copyOf's order changes from one JVM to the next, and reports list rules
    rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
    kubeVersions = List.copyOf(kubeVersions);
    descriptors = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(descriptors));
    environmentFiles =
        java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(environmentFiles));
  }

  /** A report of charts linted with their default values only. */
  public LintReport(
      List<ChartResult> charts,
      List<Finding> findings,
      List<Waived> waived,
      Map<String, Rule> rules,
      List<String> kubeVersions,
      Severity failOn,
      Map<String, DescriptorLocator> descriptors,
      Duration duration) {
    this(charts, findings, waived, rules, kubeVersions, failOn, descriptors, Map.of(), duration);
  }

  /**
   * One linted chart in one environment: how many objects it rendered and how long it took.
   *
   * @param environment the environment whose values it was rendered with, or null for its defaults
   */
  public record ChartResult(String chart, int objects, Duration duration, String environment) {

    /** A chart linted with its default values. */
    public ChartResult(String chart, int objects, Duration duration) {
      this(chart, objects, duration, null);
    }
  }

  /** A finding a descriptor or environment file waived, and why. */
  public record Waived(Finding finding, String reason) {}

  /** How reports name {@code environment}: itself, or {@value #DEFAULTS} for null. */
  public static String name(String environment) {
    return environment == null ? DEFAULTS : environment;
  }

  /**
   * The environments linted, as reports name them: {@value #DEFAULTS} first when charts were linted
   * with their defaults, then the environment files' by name.
   */
  public List<String> environments() {
    java.util.TreeSet<String> named = new java.util.TreeSet<>();
    boolean defaults = false;
    for (ChartResult chart : charts) {
      if (chart.environment() == null) {
        defaults = true;
      } else {
        named.add(chart.environment());
      }
    }
    List<String> all = new java.util.ArrayList<>();
    if (defaults) {
      all.add(DEFAULTS);
    }
    all.addAll(named);
    return all;
  }

  /** Whether any chart was linted with an environment's values. */
  public boolean perEnvironment() {
    return charts.stream().anyMatch(c -> c.environment() != null);
  }

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
