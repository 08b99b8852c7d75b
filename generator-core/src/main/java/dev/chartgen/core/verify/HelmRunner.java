package dev.chartgen.core.verify;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import dev.chartgen.core.problem.HelmException;
import dev.chartgen.core.problem.VerificationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Real Helm (3.21, embedded through helm-java's native library; no helm binary, no cluster): {@code
 * lint --strict} and {@code helm template}, here called rendering a release ("template" alone means
 * a FreeMarker template in chartgen). Helm's failures become typed {@link HelmException}s here, the
 * one place that reads Helm's message text.
 *
 * <p>Not safe to call from several threads at once, so calls are serialised here: helm-java's
 * native library (0.0.21) runs every command through one Go function, {@code runCommand}, that
 * captures output by replacing the process-wide {@code os.Stdout} and {@code os.Stderr} with pipes
 * and restoring the previous ones afterwards. Two commands at once capture each other's output, and
 * the one that finishes last restores a pipe the other already closed. Helm's own actions ({@code
 * action.NewLint}, {@code action.NewInstall} with a client-only configuration) keep no shared
 * state, and the Go runtime accepts calls from several threads; it is only this capture that
 * forbids concurrency. So one thread at a time calls Helm (see docs/performance.md); lint runs its
 * own work (strict parsing, policies, digests) for other charts on other threads meanwhile.
 */
public final class HelmRunner {

  /** Every call into the embedded Helm holds this lock (see the class comment). */
  private static final Object NATIVE = new Object();

  static {
    // The embedded Helm exchanges strings with Java through JNA, which encodes them in the
    // platform charset unless told otherwise: under a POSIX locale (CI started with env -i) every
    // non-ASCII character of a chart would come back as '?'. Charts are UTF-8, so JNA is told so
    // before its first use, unless the user chose an encoding.
    if (System.getProperty("jna.encoding") == null) {
      System.setProperty("jna.encoding", "UTF-8");
    }
  }

  /** The Kubernetes version {@code helm template} renders for unless told otherwise. */
  public static final String DEFAULT_KUBE_VERSION = "1.34.0";

  /** Helm's words when a chart's kubeVersion constraint excludes the version rendered for. */
  private static final String KUBE_VERSION_EXCLUDED = "which is incompatible with Kubernetes";

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

  private final Queue<String> calls = new ConcurrentLinkedQueue<>();

  /**
   * The folder name of the chart of every call into the embedded Helm this runner made, in order
   * (tests count them).
   */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  /** Lints the chart in {@code chart} strictly. */
  public Lint lint(Path chart) {
    try {
      LintResult result;
      calls.add(String.valueOf(chart.getFileName()));
      synchronized (NATIVE) {
        result = new Helm(chart).lint().strict().call();
      }
      return new Lint(result.getMessages(), result.isFailed());
    } catch (RuntimeException e) {
      throw new VerificationException(
          "helm lint failed to run on " + chart + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds the dependencies of the chart in {@code chart} into its {@code charts/} folder ({@code
   * helm dependency build}; an umbrella chart's {@code file://} dependencies need no network).
   *
   * @throws HelmException.RenderFailed with Helm's message when a dependency cannot be resolved
   *     (e.g. no chart of the required version where the repository points)
   */
  public void buildDependencies(Path chart) {
    try {
      calls.add(String.valueOf(chart.getFileName()));
      synchronized (NATIVE) {
        new Helm(chart).dependency().build().call();
      }
    } catch (IllegalStateException e) {
      throw new HelmException.RenderFailed(e.getMessage(), e);
    }
  }

  /**
   * Renders the chart in {@code chart} as release {@code release} in {@code namespace} ({@code helm
   * template}).
   *
   * @param sets {@code --set} values
   * @param valuesFiles {@code -f} files, in order
   * @throws HelmException.KubeVersionExcluded when the chart's kubeVersion excludes {@code
   *     kubeVersion}
   * @throws HelmException.RenderFailed with Helm's message when rendering fails (e.g. values
   *     schema)
   */
  public String renderRelease(
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
    try {
      calls.add(String.valueOf(chart.getFileName()));
      synchronized (NATIVE) {
        return command.call();
      }
    } catch (IllegalStateException e) {
      // helm-java reports every failure as an IllegalStateException carrying Helm's message
      if (String.valueOf(e.getMessage()).contains(KUBE_VERSION_EXCLUDED)) {
        throw new HelmException.KubeVersionExcluded(e.getMessage(), e);
      }
      throw new HelmException.RenderFailed(e.getMessage(), e);
    }
  }
}
