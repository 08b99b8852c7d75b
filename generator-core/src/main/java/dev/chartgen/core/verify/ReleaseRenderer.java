package dev.chartgen.core.verify;

import dev.chartgen.core.problem.VerificationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders a chart with embedded Helm into objects, hooks included.
 *
 * <p>helm-java's {@code template} returns only the release manifest, without the hook objects that
 * {@code helm template} prints. So that hooks (e.g. a database migration Job) are verified too, the
 * chart is rendered from a scratch copy whose {@code helm.sh/hook} annotations are renamed; the
 * parsed objects get their original annotation keys back.
 */
public final class ReleaseRenderer {

  private static final String HOOK = "helm.sh/hook";
  private static final String SURFACED = "chartgen.dev/surfaced-hook";

  private final HelmRunner helm;

  public ReleaseRenderer(HelmRunner helm) {
    this.helm = helm;
  }

  /**
   * The objects {@code chart} renders to.
   *
   * @throws dev.chartgen.core.problem.HelmException when Helm refuses the chart
   */
  public List<RenderedObject> render(
      Path chart,
      String release,
      String namespace,
      String kubeVersion,
      Map<String, String> sets,
      List<Path> valuesFiles) {
    Path source = chart;
    Path scratch = null;
    try {
      if (hasHooks(chart)) {
        scratch = Files.createTempDirectory("chartgen-render-");
        source = copyWithSurfacedHooks(chart, scratch.resolve(chart.getFileName().toString()));
      }
      String output =
          helm.renderRelease(source, release, namespace, kubeVersion, sets, valuesFiles);
      List<RenderedObject> objects = new ArrayList<>();
      for (RenderedObject object : Manifests.parse(output)) {
        objects.add(restoreHooks(object));
      }
      return objects;
    } catch (IOException e) {
      throw new VerificationException("cannot prepare " + chart + " for rendering", e);
    } finally {
      if (scratch != null) {
        delete(scratch);
      }
    }
  }

  private static boolean hasHooks(Path chart) throws IOException {
    Path templates = chart.resolve("templates");
    if (!Files.isDirectory(templates)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (Files.readString(file, StandardCharsets.UTF_8).contains(HOOK)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Path copyWithSurfacedHooks(Path chart, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(chart)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(chart.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else if (chart.relativize(file).startsWith("templates")) {
          Files.writeString(
              copy,
              Files.readString(file, StandardCharsets.UTF_8).replace(HOOK, SURFACED),
              StandardCharsets.UTF_8);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  @SuppressWarnings("unchecked")
  private static RenderedObject restoreHooks(RenderedObject object) {
    Object metadata = object.content().get("metadata");
    if (!(metadata instanceof Map<?, ?> meta)
        || !(meta.get("annotations") instanceof Map<?, ?> annotations)
        || annotations.keySet().stream().noneMatch(k -> k.toString().startsWith(SURFACED))) {
      return object;
    }
    Map<String, Object> restored = new LinkedHashMap<>();
    ((Map<String, Object>) annotations)
        .forEach((key, value) -> restored.put(key.replace(SURFACED, HOOK), value));
    Map<String, Object> newMeta = new LinkedHashMap<>((Map<String, Object>) meta);
    newMeta.put("annotations", restored);
    Map<String, Object> content = new LinkedHashMap<>(object.content());
    content.put("metadata", newMeta);
    return new RenderedObject(object.source(), content);
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a scratch folder left in the temp directory is harmless
    }
  }
}
