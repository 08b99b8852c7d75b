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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders a chart with embedded Helm into objects, hooks included, as on a cluster that serves the
 * {@link #AVAILABLE_APIS}.
 *
 * <p>helm-java's {@code template} returns only the release manifest, without the hook objects that
 * {@code helm template} prints. So that hooks (e.g. a database migration Job) are verified too, the
 * chart is rendered from a scratch copy whose {@code helm.sh/hook} annotations are renamed; the
 * parsed objects get their original annotation keys back.
 *
 * <p>helm-java (0.0.21) has no {@code --api-versions}: its {@code TemplateCommand} and the native
 * {@code TemplateOptions} behind it carry a Kubernetes version but no API versions, so {@code
 * .Capabilities.APIVersions} is always Helm's built-in list, which has no custom resources. So that
 * an object guarded by {@code .Capabilities.APIVersions.Has "<api>"} (chartgen's ServiceMonitor) is
 * rendered and checked like every other, the scratch copy also replaces each such test of an API in
 * {@code apiVersions} by {@code true}: what {@code --api-versions <api>} makes Helm answer (Helm's
 * {@code Has} is an exact match on the string, and so is this). Tests of other APIs are left to
 * Helm.
 */
public final class ReleaseRenderer {

  /**
   * The APIs beyond Kubernetes' own that charts are rendered with: the Prometheus Operator's
   * ServiceMonitor, so that lint checks the ServiceMonitors charts render where it is installed.
   */
  public static final Set<String> AVAILABLE_APIS =
      Set.of("monitoring.coreos.com/v1/ServiceMonitor");

  private static final String HOOK = "helm.sh/hook";
  private static final String SURFACED = "chartgen.dev/surfaced-hook";
  private static final Pattern API_TEST =
      Pattern.compile("\\.Capabilities\\.APIVersions\\.Has\\s+\"([^\"\\\\]*)\"");

  private final HelmRunner helm;

  public ReleaseRenderer(HelmRunner helm) {
    this.helm = helm;
  }

  /**
   * The objects {@code chart} renders to, with the {@link #AVAILABLE_APIS}.
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
    return render(chart, release, namespace, kubeVersion, sets, valuesFiles, AVAILABLE_APIS);
  }

  /**
   * The objects {@code chart} renders to on a cluster that serves {@code apiVersions} besides
   * Kubernetes' own (each {@code group/version/Kind}, as {@code helm template --api-versions}).
   *
   * @throws dev.chartgen.core.problem.HelmException when Helm refuses the chart
   */
  public List<RenderedObject> render(
      Path chart,
      String release,
      String namespace,
      String kubeVersion,
      Map<String, String> sets,
      List<Path> valuesFiles,
      Set<String> apiVersions) {
    Path source = chart;
    Path scratch = null;
    try {
      if (needsCopy(chart, apiVersions)) {
        scratch = Files.createTempDirectory("chartgen-render-");
        source =
            copyForRendering(chart, scratch.resolve(chart.getFileName().toString()), apiVersions);
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

  /** A template's text with its hooks surfaced and its tests of {@code apiVersions} answered. */
  static String forRendering(String template, Set<String> apiVersions) {
    Matcher test = API_TEST.matcher(template.replace(HOOK, SURFACED));
    StringBuilder out = new StringBuilder();
    while (test.find()) {
      test.appendReplacement(
          out,
          Matcher.quoteReplacement(apiVersions.contains(test.group(1)) ? "true" : test.group()));
    }
    test.appendTail(out);
    return out.toString();
  }

  private static boolean needsCopy(Path chart, Set<String> apiVersions) throws IOException {
    Path templates = chart.resolve("templates");
    if (!Files.isDirectory(templates)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!forRendering(text, apiVersions).equals(text)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Path copyForRendering(Path chart, Path target, Set<String> apiVersions)
      throws IOException {
    try (Stream<Path> files = Files.walk(chart)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(chart.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else if (chart.relativize(file).startsWith("templates")) {
          Files.writeString(
              copy,
              forRendering(Files.readString(file, StandardCharsets.UTF_8), apiVersions),
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
