package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chartgen.core.policy.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules the linter applies itself, with real embedded Helm on a generated chart (a copy of
 * charts-out/digit-ui, lint-clean) that each test spoils in one way.
 */
class LinterTest {

  private static final Path GENERATED = Path.of("../charts-out/digit-ui");
  private static final String CHART = "digit-ui";
  private static Linter linter;

  @TempDir Path work;

  @BeforeAll
  static void loadLinter() {
    linter = new Linter(null);
  }

  private Path chart() throws IOException {
    Path copy = work.resolve(CHART);
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

  private static void write(Path chart, String template, String text) throws IOException {
    Files.writeString(chart.resolve("templates").resolve(template), text, StandardCharsets.UTF_8);
  }

  private static void edit(Path chart, String template, String from, String to) throws IOException {
    Path file = chart.resolve("templates").resolve(template);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private List<Finding> lint(Path chart) {
    List<Finding> findings = new ArrayList<>();
    int objects =
        linter.lintChart(CHART, chart, KubeVersions.defaultWindow(), Set.of("gateway"), findings);
    assertThat(objects).as("objects rendered").isPositive();
    return findings;
  }

  @Test
  void theGeneratedChartIsClean() throws IOException {
    assertThat(lint(chart())).isEmpty();
  }

  @Test
  void versionsOutsideTheChartsKubeVersionAreNotChecked() throws IOException {
    Path chart = chart();
    Path file = chart.resolve("Chart.yaml");
    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8)
            .replace("kubeVersion: \">=1.30.0-0\"", "kubeVersion: \">=1.33.0-0\""),
        StandardCharsets.UTF_8);

    assertThat(lint(chart)).isEmpty();
  }

  @Test
  void aKubeVersionThatAdmitsNoCheckedVersionIsAFinding() throws IOException {
    Path chart = chart();
    Path file = chart.resolve("Chart.yaml");
    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(yaml).contains("kubeVersion: \">=1.30.0-0\"");
    Files.writeString(file, yaml.replace(">=1.30.0-0", ">=1.40.0-0"), StandardCharsets.UTF_8);
    List<Finding> findings = new ArrayList<>();

    int objects =
        linter.lintChart(CHART, chart, KubeVersions.defaultWindow(), Set.of("gateway"), findings);

    assertThat(objects).isZero();
    assertThat(findings)
        .extracting(Finding::ruleId, Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "CG043",
                "/kubeVersion",
                "the chart's kubeVersion admits none of the Kubernetes versions checked: [1.35.0,"
                    + " 1.34.0, 1.33.0, 1.32.0, 1.31.0]"));
  }

  @Test
  void cg036DeprecatedApiVersionFiresOnceForTheVersionsThatDeprecateIt() throws IOException {
    Path chart = chart();
    write(
        chart,
        "endpoints.yaml",
        """
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: {{ include "digit-ui.fullname" . }}-legacy
          namespace: {{ .Release.Namespace | quote }}
          labels:
            {{- include "digit-ui.labels" . | nindent 4 }}
        subsets: []
        """);

    assertThat(lint(chart))
        .extracting(Finding::ruleId, Finding::object, Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "CG036",
                "Endpoints/digit-ui-legacy",
                "/apiVersion",
                "v1 Endpoints is deprecated since Kubernetes 1.33; use discovery.k8s.io/v1 EndpointSlice"));
  }

  @Test
  void cg036RemovedApiVersionFiresAndTheObjectCannotBeParsed() throws IOException {
    Path chart = chart();
    write(
        chart,
        "hpa-legacy.yaml",
        """
        apiVersion: autoscaling/v2beta2
        kind: HorizontalPodAutoscaler
        metadata:
          name: {{ include "digit-ui.fullname" . }}
          namespace: {{ .Release.Namespace | quote }}
          labels:
            {{- include "digit-ui.labels" . | nindent 4 }}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: {{ include "digit-ui.fullname" . }}}
          minReplicas: 2
          maxReplicas: 4
        """);

    List<Finding> findings = lint(chart);

    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("CG036"))
        .extracting(Finding::object, Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "HorizontalPodAutoscaler/digit-ui",
                "/apiVersion",
                "autoscaling/v2beta2 HorizontalPodAutoscaler was removed in Kubernetes 1.26; use autoscaling/v2"));
    // the client models have no class for the removed kind: strict parsing cannot read it
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("CG043"))
        .extracting(Finding::object, Finding::message)
        .containsExactly(
            tuple(
                "HorizontalPodAutoscaler/digit-ui",
                "unknown apiVersion/kind autoscaling/v2beta2/HorizontalPodAutoscaler"));
    // the autoscaler still counts for the policy rules: the Deployment's fixed replicas fight it
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("CG024"))
        .extracting(Finding::object, Finding::path)
        .containsExactly(tuple("Deployment/digit-ui", "/spec/replicas"));
    assertThat(findings)
        .extracting(Finding::ruleId)
        .as("helm lint's own deprecation check knows only the kinds its client library has")
        .containsOnly("CG024", "CG036", "CG043");
  }

  @Test
  void cg042HelmLintStrictRejectsAnInvalidObjectName() throws IOException {
    Path chart = chart();
    write(
        chart,
        "configmap.yaml",
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ include "digit-ui.fullname" . }}_Config
          namespace: {{ .Release.Namespace | quote }}
          labels:
            {{- include "digit-ui.labels" . | nindent 4 }}
        data:
          mode: web
        """);

    List<Finding> findings = lint(chart);

    // Helm's lint and CG047 (the API server's rules on the rendered object) both refuse it
    assertThat(findings)
        .extracting(Finding::ruleId, Finding::object, Finding::path)
        .containsExactly(
            tuple("CG042", "Chart.yaml", ""),
            tuple("CG047", "ConfigMap/digit-ui_Config", "/metadata/name"));
    assertThat(findings.get(0).message())
        .startsWith("[WARNING] templates/configmap.yaml: object name does not conform")
        .contains("digit-ui_Config");
  }

  @Test
  void cg043UnknownFieldAndStringForIntegerAreFound() throws IOException {
    Path chart = chart();
    edit(
        chart,
        "serviceaccount.yaml",
        "automountServiceAccountToken: false",
        "automountServiceAccountToken: false\nautomountServiceAccountTokens: false");
    edit(chart, "service.yaml", "port: 80\n", "port: \"80\"\n");

    List<Finding> findings = lint(chart);

    assertThat(findings)
        .extracting(Finding::ruleId, Finding::object)
        .containsExactlyInAnyOrder(
            tuple("CG043", "ServiceAccount/digit-ui"), tuple("CG043", "Service/digit-ui"));
    assertThat(findings)
        .filteredOn(f -> f.object().equals("ServiceAccount/digit-ui"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("automountServiceAccountTokens"));
    assertThat(findings)
        .filteredOn(f -> f.object().equals("Service/digit-ui"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo("/spec/ports/0/port: expected a number, found a string \"80\""));
  }

  @Test
  void cg043AChartThatDoesNotRenderIsReportedPerVersion() throws IOException {
    Path chart = chart();
    write(chart, "broken.yaml", "kind: ConfigMap\nname: {{ .Values.missing.deeper }}\n");
    List<Finding> findings = new ArrayList<>();

    int objects =
        linter.lintChart(CHART, chart, List.of("1.35.0", "1.34.0"), Set.of("gateway"), findings);

    assertThat(objects).isZero();
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("CG043"))
        .extracting(Finding::message)
        .hasSize(2)
        .allSatisfy(m -> assertThat(m).startsWith("does not render for Kubernetes 1.3"));
    assertThat(findings).extracting(Finding::ruleId).containsOnly("CG042", "CG043");
  }

  @Test
  void aFolderWithoutChartYamlIsNotAChart() {
    List<Finding> findings = new ArrayList<>();

    int objects =
        linter.lintChart(CHART, work.resolve("nothing"), List.of("1.35.0"), Set.of(), findings);

    assertThat(objects).isZero();
    assertThat(findings)
        .extracting(Finding::ruleId, Finding::object)
        .containsExactly(tuple("CG043", "Chart.yaml"));
  }
}
