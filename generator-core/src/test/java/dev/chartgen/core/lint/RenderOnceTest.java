package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One render per chart stands for every Kubernetes version only when it must: chartgen's own
 * templates never read the version (the ServiceMonitor's guard reads the API versions only), and a
 * chart rendered once gets exactly the findings of a chart rendered for each version (real embedded
 * Helm).
 */
class RenderOnceTest {

  private static final Path GENERATED = Path.of("../charts-out/redis");
  private static final List<String> WINDOW = KubeVersions.defaultWindow();

  @TempDir Path work;

  @Test
  void noBuiltInTemplateReadsTheKubernetesVersion() throws IOException, URISyntaxException {
    Path templates = Path.of(RenderOnceTest.class.getResource("/dev/chartgen/templates").toURI());
    try (Stream<Path> files = Files.walk(templates)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      assertThat(all).hasSizeGreaterThan(10);
      for (Path file : all) {
        assertThat(RenderOnce.readsKubeVersion(Files.readString(file, StandardCharsets.UTF_8)))
            .as(file.toString())
            .isFalse();
      }
      // the one that asks Helm about the cluster asks for an API version only
      assertThat(all)
          .filteredOn(f -> read(f).contains(RenderOnce.CAPABILITIES))
          .extracting(f -> f.getFileName().toString())
          .containsExactly("servicemonitor.yaml.ftl");
    }
  }

  @Test
  void apiVersionsAreToldApartFromTheKubernetesVersion() {
    assertThat(
            RenderOnce.readsKubeVersion(
                "{{- if .Capabilities.APIVersions.Has \"monitoring.coreos.com/v1/ServiceMonitor\" }}"))
        .isFalse();
    assertThat(RenderOnce.readsKubeVersion("{{ if $.Capabilities.APIVersions.Has \"x/v1\" }}"))
        .isFalse();
    assertThat(RenderOnce.readsKubeVersion("{{ .Capabilities.KubeVersion.Version }}")).isTrue();
    assertThat(
            RenderOnce.readsKubeVersion(
                "{{ semverCompare \">=1.33\" .Capabilities.KubeVersion.GitVersion }}"))
        .isTrue();
    assertThat(RenderOnce.readsKubeVersion("{{ include \"x\" .Capabilities }}")).isTrue();
    assertThat(RenderOnce.readsKubeVersion("{{ .Capabilities.APIVersionsX }}")).isTrue();
    assertThat(RenderOnce.readsKubeVersion("{{ .Capabilities.HelmVersion.Version }}")).isTrue();
    assertThat(RenderOnce.readsKubeVersion("{{ .Values.capabilities }}")).isFalse();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void constraintsAreReadAsHelmReadsThem() {
    assertThat(RenderOnce.admits(">=1.30.0-0", "1.31.0")).contains(true);
    assertThat(RenderOnce.admits(">=1.33.0-0", "1.32.0")).contains(false);
    assertThat(RenderOnce.admits(">=1.33.0-0", "1.33.0")).contains(true);
    assertThat(RenderOnce.admits(">=1.31.0-0 <1.34.0-0", "1.34.0")).contains(false);
    assertThat(RenderOnce.admits(">=1.31.0-0, <1.34.0-0", "1.33.0")).contains(true);
    assertThat(RenderOnce.admits("<1.34.0", "1.34.0")).contains(false);
    assertThat(RenderOnce.admits("", "1.34.0")).contains(true);
    // forms left to Helm: rendered for each version
    assertThat(RenderOnce.admits("~1.31.0", "1.31.0")).isEmpty();
    assertThat(RenderOnce.admits(">=1.31.0 || <1.20.0", "1.31.0")).isEmpty();
    assertThat(RenderOnce.admits("1.31 - 1.35", "1.31.0")).isEmpty();
  }

  @Test
  void aGeneratedChartIsRenderedOnceForTheVersionsItAdmits() throws IOException {
    Path chart = copy();
    assertThat(RenderOnce.admitted(chart, WINDOW)).contains(WINDOW);
    edit(chart, "kubeVersion: \">=1.30.0-0\"", "kubeVersion: \">=1.33.0-0\"");
    assertThat(RenderOnce.admitted(chart, WINDOW)).contains(WINDOW.subList(0, 3));
    Files.writeString(
        chart.resolve("templates/capabilities.yaml"),
        "{{- if semverCompare \">=1.33.0-0\" .Capabilities.KubeVersion.Version }}\n{{- end }}\n",
        StandardCharsets.UTF_8);
    assertThat(RenderOnce.admitted(chart, WINDOW)).isEqualTo(Optional.empty());
    Files.delete(chart.resolve("templates/capabilities.yaml"));
    Files.writeString(
        chart.resolve("templates/monitor.yaml"),
        "{{- if .Capabilities.APIVersions.Has \"monitoring.coreos.com/v1/ServiceMonitor\" }}\n"
            + "{{- end }}\n",
        StandardCharsets.UTF_8);
    assertThat(RenderOnce.admitted(chart, WINDOW)).contains(WINDOW.subList(0, 3));
  }

  @Test
  void renderingOnceFindsWhatRenderingForEachVersionFinds() throws IOException {
    Path chart = copy();
    // removed in 1.32 (deprecated before), and deprecated from 1.33: findings differ by version
    Files.writeString(
        chart.resolve("templates/flow.yaml"),
        """
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
        kind: FlowSchema
        metadata:
          name: {{ .Release.Name }}-flow
        spec:
          priorityLevelConfiguration:
            name: global-default
        ---
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: {{ .Release.Name }}-endpoints
        """,
        StandardCharsets.UTF_8);
    edit(chart, "kubeVersion: \">=1.30.0-0\"", "kubeVersion: \">=1.32.0-0\"");
    List<Finding> once = new ArrayList<>();
    int objects = new Linter(null).lintChart("redis", chart, WINDOW, Set.of("gateway"), once);
    List<Finding> each = new ArrayList<>();
    int objectsEach =
        new Linter(null).exhaustive().lintChart("redis", chart, WINDOW, Set.of("gateway"), each);
    once.sort(PolicyEngine.ORDER);
    each.sort(PolicyEngine.ORDER);
    assertThat(objects).isEqualTo(objectsEach).isPositive();
    assertThat(once).containsExactlyElementsOf(each);
    assertThat(once)
        .filteredOn(f -> f.ruleId().equals(PolicyEngine.API_VERSIONS.id()))
        .extracting(Finding::object)
        .contains("FlowSchema/redis-flow", "Endpoints/redis-endpoints");
  }

  private Path copy() throws IOException {
    Path copy = work.resolve("redis");
    try (Stream<Path> files = Files.walk(GENERATED)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(GENERATED.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  private static void edit(Path chart, String from, String to) throws IOException {
    Path file = chart.resolve("Chart.yaml");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
