package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chartgen.core.lint.ConsoleReport;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample DIGIT platform, generated and proven with real parts: embedded Helm lint --strict and
 * template, strict Kubernetes models, every policy rule (CHECKS.md), for Kubernetes 1.31 to 1.35.
 * The policy tests prove each rule fires on a violation; here, none may fire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleChartsTest {

  private Path output;
  private LintReport report;
  private GenerateResult generated;

  @BeforeAll
  void generateAndLint(@TempDir Path folder) {
    output = folder;
    generated = Chartgen.create().generate(Samples.request(output));
    report = Chartgen.create().lint(LintRequest.of(Samples.request(output)));
  }

  @Test
  void generatesAChartForEveryModule() {
    // the module list itself is asserted in load.SamplesTest
    assertThat(generated.charts())
        .isEqualTo(
            Chartgen.create().validate(Samples.request(output)).modules().stream()
                .map(dev.chartgen.core.model.Module::name)
                .toList())
        .hasSize(20);
  }

  @Test
  void everySampleChartIsLintCleanValidAndHardened() {
    assertThat(report.findings()).as(String.join("\n", ConsoleReport.table(report))).isEmpty();
    assertThat(report.charts()).hasSize(20).allSatisfy(c -> assertThat(c.objects()).isPositive());
  }

  @Test
  void onlyTheDescriptorsWaiversAreWaived() {
    assertThat(report.waived())
        .extracting(w -> w.finding().chart(), w -> w.finding().ruleId(), w -> w.finding().object())
        .containsExactlyInAnyOrder(
            tuple("fluent-bit", "CG010", "DaemonSet/fluent-bit"),
            tuple("postgres", "CG023", "StatefulSet/postgres"),
            tuple("redis", "CG023", "Deployment/redis"));
  }

  @Test
  void everyRenderedObjectParsesStrictly() {
    ReleaseRenderer releases = new ReleaseRenderer(new HelmRunner());
    for (String chart : generated.charts()) {
      List<RenderedObject> objects =
          releases.render(output.resolve(chart), chart, "egov", null, Map.of(), List.of());
      assertThat(objects).as(chart).isNotEmpty();
      for (RenderedObject object : objects) {
        assertThat(StrictValidator.validate(object)).as(chart + " " + object.id()).isEmpty();
      }
    }
  }

  @Test
  void rendersEveryWorkloadKindAndClaims() {
    ReleaseRenderer releases = new ReleaseRenderer(new HelmRunner());
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    for (String chart : generated.charts()) {
      releases
          .render(output.resolve(chart), chart, "egov", null, Map.of(), List.of())
          .forEach(o -> kinds.add(o.kind()));
    }
    assertThat(kinds)
        .contains(
            "Deployment",
            "StatefulSet",
            "DaemonSet",
            "CronJob",
            "Job",
            "PersistentVolumeClaim",
            "Service",
            "Ingress",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "ServiceAccount",
            "Role",
            "RoleBinding");
  }
}
