package dev.chartgen.maven;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.LintRequest;
import dev.chartgen.core.lint.LintOutcome;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.text.Words;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Proves the generated charts valid and hardened, offline, with embedded Helm 3.21: {@code helm
 * lint --strict}; {@code helm template} for every Kubernetes version of the window, with no
 * deprecated or removed apiVersion; strict parsing of every rendered object with the official
 * Kubernetes models; and every policy rule (docs/rules.md). Waivers in descriptors are listed;
 * stale waivers are findings. Writes SARIF and JUnit XML reports. Fails the build on any finding at
 * or above {@code failOn}. When the platform has environment files, every module chart is also
 * linted with each environment's values file (with the environment's waivers), and the platform and
 * umbrella charts are linted; every finding names its environment ({@code defaults} for a chart's
 * default values). Module charts whose inputs are unchanged since the last lint are not linted
 * again ({@code chartgen.lintCache}); with nothing changed at all (descriptors, charts, settings,
 * and the reports as written), the last lint's outcome is given again without linting.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractIncrementalMojo {

  /** Skip this goal only (see {@code chartgen.skip} for every goal). */
  @Parameter(property = "chartgen.lint.skip", defaultValue = "false")
  boolean skipLint;

  /**
   * Keep each module chart's lint result in {@code stateDirectory/lint}, keyed by the chart's
   * files, its environment values files, chartgen, the rules and the Kubernetes versions: a chart
   * whose inputs are unchanged is not linted again (waivers are applied after the cache, so a
   * waiver edit needs no re-lint). {@code false}, or {@code chartgen.incremental=false}: every
   * chart is linted.
   */
  @Parameter(property = "chartgen.lintCache", defaultValue = "true")
  boolean lintCache;

  @Override
  boolean skipGoal() {
    return skipLint;
  }

  @Override
  String goal() {
    return "lint";
  }

  /**
   * Kubernetes versions to check, e.g. {@code 1.33.0,1.34.0}. Default: the five newest minors the
   * embedded Helm and the Kubernetes models support (1.31 to 1.35). {@code 1.33} means 1.33.0; a
   * value that is not a Kubernetes version up to 1.35 fails the build.
   */
  @Parameter(property = "chartgen.kubeVersions")
  List<String> kubeVersions;

  /**
   * The lowest severity that fails the build: error, warning or info; {@code none} writes the
   * reports and lists the findings without failing. A wrong value fails.
   */
  @Parameter(property = "chartgen.failOn", defaultValue = "warning", required = true)
  String failOn;

  /** Where the SARIF ({@code chartgen-lint.sarif}) and JUnit XML reports go. */
  @Parameter(
      property = "chartgen.reportDirectory",
      defaultValue = "${project.build.directory}/chartgen-reports",
      required = true)
  File reportDirectory;

  /**
   * The absolute address of the rules' documentation, used as each rule's {@code helpUri} in the
   * SARIF report (plus {@code #<rule id>}), e.g. your own copy of docs/rules.md. Default:
   * chartgen's docs/rules.md.
   */
  @Parameter(property = "chartgen.documentationUrl")
  String documentationUrl;

  /** A folder of extra JSON Schema policies ({@code *.schema.json}, see schemas/policies). */
  @Parameter(property = "chartgen.policyDirectory")
  File policyDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    Severity threshold;
    try {
      threshold = "none".equalsIgnoreCase(failOn.trim()) ? null : Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "failOn must be error, warning, info or none, not '" + failOn + "'");
    }
    LintRequest lint;
    try {
      lint =
          new LintRequest(
              lintCache
                  ? incremental(request(outputDirectory, null))
                  : request(outputDirectory, null),
              kubeVersions,
              threshold,
              reportDirectory.toPath(),
              policyDirectory == null ? null : policyDirectory.toPath(),
              documentationUrl);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    }
    LintOutcome outcome = callCore(() -> Chartgen.create().lintBuild(lint));
    for (String line : outcome.table()) {
      if (outcome.failed()) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    outcome.waivers().forEach(getLog()::info);
    getLog().info(outcome.summary());
    getLog().info("chartgen lint reports: " + reportDirectory.toPath().normalize());
    if (outcome.failed()) {
      throw new MojoFailureException(
          Words.count(outcome.failures(), "lint finding")
              + " at or above "
              + outcome.threshold().orElse(failOn)
              + " (listed above)");
    }
  }
}
