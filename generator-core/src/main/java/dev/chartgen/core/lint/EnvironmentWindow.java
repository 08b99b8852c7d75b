package dev.chartgen.core.lint;

import dev.chartgen.core.problem.HelmException;
import dev.chartgen.core.problem.VerificationException;
import dev.chartgen.core.text.YamlWriter;
import dev.chartgen.core.verify.HelmRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** What linting in an environment needs to know: its versions, and what its values file sets. */
final class EnvironmentWindow {

  private EnvironmentWindow() {}

  /**
   * The versions of {@code kubeVersions} an environment runs: those its Helm constraint admits, as
   * Helm itself judges it (a scratch chart with that kubeVersion, rendered for each version).
   *
   * @param constraint the environment's kubeVersion, or null: every version
   */
  static List<String> versions(HelmRunner helm, String constraint, List<String> kubeVersions) {
    if (constraint == null || constraint.isBlank()) {
      return kubeVersions;
    }
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("chartgen-kube-window-");
      Path chart = scratch.resolve("window");
      Files.createDirectories(chart.resolve("templates"));
      Files.writeString(
          chart.resolve("Chart.yaml"),
          "apiVersion: v2\nname: window\nversion: 0.1.0\nkubeVersion: "
              + YamlWriter.quote(constraint)
              + "\n",
          StandardCharsets.UTF_8);
      List<String> admitted = new ArrayList<>();
      for (String version : kubeVersions) {
        try {
          helm.renderRelease(chart, "window", Linter.NAMESPACE, version, Map.of(), List.of());
          admitted.add(version);
        } catch (HelmException.KubeVersionExcluded e) {
          // not a version this environment runs
        }
      }
      return List.copyOf(admitted);
    } catch (IOException e) {
      throw new VerificationException("cannot prepare a scratch chart for " + constraint, e);
    } finally {
      delete(scratch);
    }
  }

  /** Whether a values file sets nothing (chartgen writes {@code {}} then). */
  static boolean setsNothing(Path values) {
    try {
      Object loaded =
          new Load(LoadSettings.builder().build())
              .loadFromString(Files.readString(values, StandardCharsets.UTF_8));
      return loaded == null || (loaded instanceof Map<?, ?> map && map.isEmpty());
    } catch (IOException | RuntimeException e) {
      return false; // rendering it will say what is wrong
    }
  }

  /**
   * Whether a chart's templates may render differently for different Kubernetes versions: they read
   * {@code .Capabilities} other than {@code .Capabilities.APIVersions} (see {@link RenderOnce}).
   */
  static boolean readsKubeVersion(Path chart) {
    Path templates = chart.resolve("templates");
    if (!Files.isDirectory(templates)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (RenderOnce.readsKubeVersion(Files.readString(file, StandardCharsets.UTF_8))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return true; // render for each version: the safe side
    }
  }

  static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a scratch folder left in the temp directory is harmless
    }
  }
}
