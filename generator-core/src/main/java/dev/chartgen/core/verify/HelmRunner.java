package dev.chartgen.core.verify;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import dev.chartgen.core.problem.VerificationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real Helm (3.21, embedded through helm-java's native library; no helm binary, no cluster): {@code
 * lint --strict} and {@code template}.
 */
public final class HelmRunner {

  /** The Kubernetes version {@code helm template} renders for unless told otherwise. */
  public static final String DEFAULT_KUBE_VERSION = "1.34.0";

  /**
   * What {@code helm lint --strict} said.
   *
   * @param messages every line Helm printed, e.g. "[WARNING] templates/x.yaml: …"
   * @param failed whether lint failed (errors, or warnings in strict mode)
   */
  public record Lint(List<String> messages, boolean failed) {
    public Lint {
      messages = List.copyOf(messages);
    }

    /** Messages at WARNING or ERROR level: strict lint tolerates none. */
    public List<String> findings() {
      return messages.stream()
          .filter(m -> m.contains("[WARNING]") || m.contains("[ERROR]"))
          .toList();
    }
  }

  /** Lints the chart in {@code chart} strictly. */
  public Lint lint(Path chart) {
    try {
      LintResult result = new Helm(chart).lint().strict().call();
      return new Lint(result.getMessages(), result.isFailed());
    } catch (RuntimeException e) {
      throw new VerificationException(
          "helm lint failed to run on " + chart + ": " + e.getMessage(), e);
    }
  }

  /**
   * Renders the chart in {@code chart} as release {@code release} in {@code namespace}.
   *
   * @param sets {@code --set} values
   * @param valuesFiles {@code -f} files, in order
   * @throws IllegalStateException with Helm's message when rendering fails (e.g. values schema)
   */
  public String template(
      Path chart,
      String release,
      String namespace,
      String kubeVersion,
      Map<String, String> sets,
      List<Path> valuesFiles) {
    TemplateCommand command =
        new Helm(chart)
            .template()
            .withName(release)
            .withNamespace(namespace)
            .withKubeVersion(kubeVersion == null ? DEFAULT_KUBE_VERSION : kubeVersion);
    sets.forEach(command::set);
    valuesFiles.forEach(command::withValuesFile);
    return command.call();
  }
}
