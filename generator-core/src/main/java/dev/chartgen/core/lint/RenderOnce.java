package dev.chartgen.core.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When one render of a chart stands for every Kubernetes version checked: the one place that knows
 * how a chart's objects can depend on the version Helm renders for.
 *
 * <p>Helm hands the Kubernetes version to templates only through {@code .Capabilities}, and refuses
 * a version outside the chart's {@code kubeVersion} constraint. Of {@code .Capabilities}, {@code
 * .Capabilities.APIVersions} does not depend on the version: in {@code helm template} it is Helm's
 * built-in list of API versions (compiled into Helm, whatever {@code --kube-version} says) plus the
 * API versions the caller declares ({@code --api-versions}; lint declares {@link
 * dev.chartgen.core.verify.ReleaseRenderer#AVAILABLE_APIS} for every version alike). chartgen's own
 * templates read no other part of {@code .Capabilities} (the ServiceMonitor asks {@code
 * APIVersions.Has}; RenderOnceTest checks every built-in template), so a generated chart renders
 * the same objects for every version it admits: it is rendered once, for the newest admitted
 * version, and each version's apiVersion lifecycle is checked on those objects. A chart whose
 * templates read {@code .Capabilities} otherwise ({@code KubeVersion}, {@code HelmVersion}, or the
 * whole object handed on; an override template may), or whose constraint is not a list of plain
 * comparisons, is rendered for each version as before.
 */
final class RenderOnce {

  /** What Helm gives templates about the cluster, the Kubernetes version among it. */
  static final String CAPABILITIES = "Capabilities";

  /** A mention of {@code .Capabilities} that is not {@code .Capabilities.APIVersions}. */
  private static final Pattern KUBE_VERSION_READ =
      Pattern.compile("\\.Capabilities(?!\\.APIVersions(?![A-Za-z0-9_]))");

  private static final Pattern KUBE_VERSION =
      Pattern.compile("(?m)^kubeVersion:[ \\t]*(.*?)[ \\t]*$");
  private static final Pattern COMPARISON =
      Pattern.compile("(>=|<=|!=|>|<|=)?\\s*v?(\\d+)\\.(\\d+)\\.(\\d+)(-[0-9A-Za-z.-]+)?");

  private RenderOnce() {}

  /**
   * The versions among {@code versions} that the chart admits, in their order, when one render
   * stands for all of them; empty when the chart must be rendered for each version.
   */
  static Optional<List<String>> admitted(Path chart, List<String> versions) {
    try {
      if (EnvironmentWindow.readsKubeVersion(chart)) {
        return Optional.empty();
      }
      Path chartYaml = chart.resolve("Chart.yaml");
      if (!Files.isRegularFile(chartYaml)) {
        return Optional.empty();
      }
      Matcher line = KUBE_VERSION.matcher(Files.readString(chartYaml, StandardCharsets.UTF_8));
      String constraint = line.find() ? unquote(line.group(1)) : "";
      List<String> admitted = new ArrayList<>();
      for (String version : versions) {
        Optional<Boolean> admits = admits(constraint, version);
        if (admits.isEmpty()) {
          return Optional.empty();
        }
        if (admits.get()) {
          admitted.add(version);
        }
      }
      return Optional.of(admitted);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a template's text may read the Kubernetes version: it mentions {@code .Capabilities}
   * other than as {@code .Capabilities.APIVersions}.
   */
  static boolean readsKubeVersion(String template) {
    return KUBE_VERSION_READ.matcher(template).find();
  }

  /**
   * Whether {@code constraint} (comparisons separated by spaces or commas, all of which must hold;
   * empty admits everything) admits {@code version} (x.y.z), as Helm's SemVer library decides;
   * empty when the constraint has any other form.
   */
  static Optional<Boolean> admits(String constraint, String version) {
    if (constraint.isBlank()) {
      return Optional.of(true);
    }
    if (constraint.contains("||")) {
      return Optional.empty();
    }
    long[] target = parse(version, null);
    if (target == null) {
      return Optional.empty();
    }
    boolean all = true;
    for (String part : constraint.trim().split("\\s*,\\s*|\\s+(?=[<>=!v\\d])")) {
      Matcher m = COMPARISON.matcher(part.trim());
      if (!m.matches()) {
        return Optional.empty();
      }
      long[] bound = {
        Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)),
        Long.parseLong(m.group(4)),
        m.group(5) == null ? 1 : 0
      };
      if (m.group(5) != null && !m.group(5).equals("-0")) {
        return Optional.empty(); // a pre-release bound other than -0: leave it to Helm
      }
      int c = compare(target, bound);
      String op = m.group(1) == null ? "=" : m.group(1);
      boolean holds =
          switch (op) {
            case ">=" -> c >= 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case "<" -> c < 0;
            case "!=" -> c != 0;
            default -> c == 0;
          };
      all &= holds;
    }
    return Optional.of(all);
  }

  private static long[] parse(String version, String fallback) {
    Matcher m = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)").matcher(version.trim());
    if (!m.matches()) {
      return fallback == null ? null : parse(fallback, null);
    }
    return new long[] {
      Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), 1
    };
  }

  private static int compare(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Long.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static String unquote(String value) {
    String v = value.trim();
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
