package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chartgen.core.lint.ConsoleReport;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    System.out.println(ConsoleReport.summary(report));
  }

  @Test
  void generatesAChartForEveryModule() {
    // the module list itself is asserted in load.SamplesTest
    assertThat(generated.charts())
        .isEqualTo(
            Chartgen.create().validate(Samples.request(output)).modules().stream()
                .map(Module::name)
                .toList())
        .hasSize(20);
  }

  @Test
  void everySampleChartIsLintCleanValidAndHardened() {
    assertThat(report.findings()).as(String.join("\n", ConsoleReport.table(report))).isEmpty();
    assertThat(report.charts()).allSatisfy(c -> assertThat(c.objects()).as("%s", c).isPositive());
    // 20 module charts, the platform chart and 10 umbrella charts with their defaults; then, per
    // environment, the module charts it deploys and the platform chart
    assertThat(report.charts().stream().filter(c -> c.environment() == null)).hasSize(31);
    assertThat(report.charts().stream().filter(c -> "dev".equals(c.environment()))).hasSize(19);
    assertThat(report.charts().stream().filter(c -> "uat".equals(c.environment()))).hasSize(21);
    assertThat(report.charts().stream().filter(c -> "prod".equals(c.environment()))).hasSize(21);
  }

  /**
   * Issue 7's acceptance: for each sample environment and each module it deploys, embedded Helm
   * renders the module chart with that environment's values file (lint: across the Kubernetes
   * window) with no lint finding at all (so no Helm warning and only strictly valid objects) and no
   * policy finding but those the environment's and the descriptor's reasoned waivers waive.
   */
  @Test
  void everyModuleRendersCleanWithEachEnvironmentsValues() {
    Descriptors descriptors = Chartgen.create().validate(Samples.request(output));
    List<String> environments = new ArrayList<>();
    for (Environment environment : descriptors.environments()) {
      String name = environment.name();
      environments.add(name);
      int modules = 0;
      int objects = 0;
      for (Module module : descriptors.modules()) {
        List<LintReport.ChartResult> linted =
            report.charts().stream()
                .filter(c -> c.chart().equals(module.name()) && name.equals(c.environment()))
                .toList();
        if (!environment.enabled(module.name())) {
          assertThat(linted).as("%s in %s is disabled", module.name(), name).isEmpty();
          continue;
        }
        assertThat(linted).as("%s in %s", module.name(), name).hasSize(1);
        modules++;
        objects += linted.get(0).objects();
      }
      List<Finding> findings =
          report.findings().stream().filter(f -> name.equals(f.environment())).toList();
      List<LintReport.Waived> waived =
          report.waived().stream().filter(w -> name.equals(w.finding().environment())).toList();
      assertThat(findings).isEmpty();
      for (LintReport.Waived w : waived) {
        assertThat(reasons(descriptors, environment, w.finding().chart(), w.finding().ruleId()))
            .as("%s waived in %s", w.finding(), name)
            .anySatisfy(reason -> assertThat(w.reason()).contains(reason));
      }
      assertThat(modules).isPositive();
      System.out.printf(
          "environment %s: %d module charts rendered with its values, %d objects, %d lint"
              + " warnings, %d invalid objects, %d policy findings, %d waived (%s)%n",
          name,
          modules,
          objects,
          findings.stream().filter(f -> f.ruleId().equals("CG042")).count(),
          findings.stream().filter(f -> f.ruleId().equals("CG043")).count(),
          findings.size(),
          waived.size(),
          waived.stream()
              .map(w -> w.finding().chart() + " " + w.finding().ruleId())
              .collect(Collectors.joining(", ")));
    }
    assertThat(environments).containsExactlyInAnyOrder("dev", "uat", "prod");
    // dev's own waivers: one pod per service (CG023) and billing scaling down to one (CG024)
    assertThat(
            report.waived().stream()
                .filter(w -> "dev".equals(w.finding().environment()))
                .map(w -> w.finding().ruleId()))
        .contains("CG023", "CG024");
  }

  /** The reasons the descriptor and the environment give for waiving {@code rule}. */
  private static List<String> reasons(
      Descriptors descriptors, Environment environment, String module, String rule) {
    Module descriptor =
        descriptors.modules().stream().filter(m -> m.name().equals(module)).findFirst().get();
    List<String> reasons = new ArrayList<>();
    descriptor.spec().waivers().stream()
        .filter(w -> w.rule().equals(rule))
        .forEach(w -> reasons.add(w.reason()));
    environment.module(module).waivers().stream()
        .filter(w -> w.rule().equals(rule))
        .forEach(w -> reasons.add(w.reason()));
    if ((rule.equals("CG002") || rule.equals("CG046"))
        && descriptor.spec().securityContext() != null) {
      reasons.add(descriptor.spec().securityContext().reason());
    }
    if (rule.equals("CG010")) {
      descriptor.spec().volumes().stream()
          .filter(v -> v.hostPath() != null)
          .forEach(v -> reasons.add(v.hostPath().reason()));
    }
    return reasons;
  }

  @Test
  void onlyTheDescriptorsWaiversAreWaivedWithTheDefaults() {
    assertThat(report.waived().stream().filter(w -> w.finding().environment() == null).toList())
        .extracting(w -> w.finding().chart(), w -> w.finding().ruleId(), w -> w.finding().object())
        .containsExactlyInAnyOrder(
            tuple("elasticsearch-data", "CG002", "StatefulSet/elasticsearch-data"),
            tuple("elasticsearch-data", "CG046", "StatefulSet/elasticsearch-data"),
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
