package dev.chartgen.core.lint;

import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.policy.ChartObjects;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.problem.HelmException;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lints generated charts, in one JVM with the Helm native library loaded once: {@code helm lint
 * --strict}; {@code helm template} for every Kubernetes version of the window (no deprecated or
 * removed apiVersion); strict parsing of every object with the Kubernetes models; every policy
 * rule; waivers.
 */
public final class Linter {

  private final HelmRunner helm = new HelmRunner();
  private final ReleaseRenderer releases = new ReleaseRenderer(helm);
  private final ApiLifecycle lifecycle = ApiLifecycle.builtIn();
  private final PolicyEngine policies;

  public Linter(Path policyDirectory) {
    this(policyDirectory, null);
  }

  /**
   * A linter with the built-in rules and the JSON Schema rules of {@code policyDirectory}.
   *
   * @param policyDirectory a folder of extra policies, or null
   * @param displayRoot file names in messages about those policies are relative to it
   * @throws dev.chartgen.core.problem.DescriptorException when one of them is malformed
   */
  public Linter(Path policyDirectory, Path displayRoot) {
    this.policies = PolicyEngine.load(policyDirectory, displayRoot);
  }

  /** The namespace charts are rendered into, so that hard-coded namespaces stand out. */
  public static final String NAMESPACE = "chartgen-lint";

  /**
   * Lints the chart of every module in {@code descriptors}, found in {@code chartsFolder}.
   *
   * @param kubeVersions the Kubernetes versions to render for, newest first
   * @param failOn the lowest severity that fails, or null when nothing fails
   */
  public LintReport lint(
      Descriptors descriptors, Path chartsFolder, List<String> kubeVersions, Severity failOn) {
    long start = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    List<LintReport.Waived> waived = new ArrayList<>();
    List<LintReport.ChartResult> charts = new ArrayList<>();
    Map<String, DescriptorLocator> locators = new LinkedHashMap<>();
    String gateway = descriptors.platform().spec().gateway().module();
    for (Module module : descriptors.modules()) {
      long chartStart = System.nanoTime();
      locators.put(
          module.name(), new DescriptorLocator(descriptors.documents().get(module.source())));
      Path chart = chartsFolder.resolve(module.name());
      List<Finding> own = new ArrayList<>();
      int objects = lintChart(module.name(), chart, kubeVersions, Set.of(gateway), own);
      own.sort(PolicyEngine.ORDER);
      findings.addAll(
          new Waivers(module)
              .apply(module.name(), own, waived, policies.rules().keySet(), objects > 0));
      charts.add(
          new LintReport.ChartResult(
              module.name(), objects, Duration.ofNanos(System.nanoTime() - chartStart)));
    }
    findings.sort(PolicyEngine.ORDER);
    return new LintReport(
        charts,
        findings,
        waived,
        policies.rules(),
        kubeVersions,
        failOn,
        locators,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Lints one chart folder; returns how many objects it renders. */
  public int lintChart(
      String name,
      Path chart,
      List<String> kubeVersions,
      Set<String> externalServices,
      List<Finding> findings) {
    if (!Files.isRegularFile(chart.resolve("Chart.yaml"))) {
      findings.add(
          finding(
              PolicyEngine.STRICT_OBJECTS,
              name,
              "Chart.yaml",
              "",
              "the chart was not generated: " + chart + " has no Chart.yaml"));
      return 0;
    }
    for (String message : helm.lint(chart).findings()) {
      findings.add(finding(PolicyEngine.HELM_LINT, name, "Chart.yaml", "", message.strip()));
    }
    List<RenderedObject> newest = null;
    for (String version : kubeVersions) {
      List<RenderedObject> objects;
      try {
        objects = releases.render(chart, name, NAMESPACE, version, Map.of(), List.of());
      } catch (HelmException.KubeVersionExcluded e) {
        continue; // outside the chart's own kubeVersion constraint: not a version it supports
      } catch (HelmException.RenderFailed e) {
        findings.add(
            finding(
                PolicyEngine.STRICT_OBJECTS,
                name,
                "Chart.yaml",
                "",
                "does not render for Kubernetes " + version + ": " + e.firstLine()));
        continue;
      }
      apiVersions(name, objects, version, findings);
      if (newest == null) {
        newest = objects;
      }
    }
    if (newest == null) {
      if (findings.stream().noneMatch(f -> f.ruleId().equals(PolicyEngine.STRICT_OBJECTS.id()))) {
        findings.add(
            finding(
                PolicyEngine.STRICT_OBJECTS,
                name,
                "Chart.yaml",
                "/kubeVersion",
                "the chart's kubeVersion admits none of the Kubernetes versions checked: "
                    + kubeVersions));
      }
      return 0;
    }
    for (RenderedObject object : newest) {
      for (String problem : StrictValidator.validate(object)) {
        findings.add(
            new Finding(
                PolicyEngine.STRICT_OBJECTS, name, object.id(), "", problem, object.source()));
      }
    }
    findings.addAll(
        policies.check(new ChartObjects(name, chart, NAMESPACE, newest, externalServices)));
    return newest.size();
  }

  private void apiVersions(
      String chart, List<RenderedObject> objects, String version, List<Finding> findings) {
    int minor = ApiLifecycle.minor(version);
    for (RenderedObject object : objects) {
      Optional<String> problem = lifecycle.problem(object.apiVersion(), object.kind(), minor);
      if (problem.isPresent()) {
        Finding finding =
            new Finding(
                PolicyEngine.API_VERSIONS,
                chart,
                object.id(),
                "/apiVersion",
                problem.get(),
                object.source());
        if (findings.stream()
            .noneMatch(
                f ->
                    f.ruleId().equals(finding.ruleId())
                        && f.object().equals(finding.object())
                        && f.message().equals(finding.message()))) {
          findings.add(finding);
        }
      }
    }
  }

  private static Finding finding(
      dev.chartgen.core.policy.Rule rule,
      String chart,
      String object,
      String path,
      String message) {
    return new Finding(rule, chart, object, path, message, object);
  }

  /** Every rule this linter applies. */
  public Map<String, dev.chartgen.core.policy.Rule> rules() {
    return policies.rules();
  }
}
