package dev.chartgen.core;

import dev.chartgen.core.lint.KubeVersions;
import dev.chartgen.core.policy.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to lint: the generated charts of {@code request} (its output folder), with the descriptors
 * for waivers and report locations.
 *
 * <p>A Kubernetes version that chartgen cannot check is refused with an IllegalArgumentException.
 *
 * @param kubeVersions Kubernetes versions to check, e.g. 1.35.0 (see {@link KubeVersions#parse});
 *     empty for the default window
 * @param failOn the lowest severity that fails, or null for none: the report is written, nothing
 *     fails
 * @param reportDirectory where SARIF and JUnit XML reports go, or null for none
 * @param policyDirectory extra JSON Schema policies, or null
 * @param documentationUrl the absolute address of the rules' documentation, for the SARIF report's
 *     helpUri (null: chartgen's docs/rules.md)
 */
public record LintRequest(
    Request request,
    List<String> kubeVersions,
    Severity failOn,
    Path reportDirectory,
    Path policyDirectory,
    String documentationUrl) {

  public LintRequest {
    Objects.requireNonNull(request, "request");
    kubeVersions = KubeVersions.parse(kubeVersions);
  }

  /** A request with the default documentation address. */
  public LintRequest(
      Request request,
      List<String> kubeVersions,
      Severity failOn,
      Path reportDirectory,
      Path policyDirectory) {
    this(request, kubeVersions, failOn, reportDirectory, policyDirectory, null);
  }

  public static LintRequest of(Request request) {
    return new LintRequest(request, List.of(), Severity.WARNING, null, null);
  }
}
