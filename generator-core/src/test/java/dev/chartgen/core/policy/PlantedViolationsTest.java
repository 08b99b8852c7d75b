package dev.chartgen.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One chart's objects with violations of many different rules planted in them: the engine reports
 * exactly those, each at its object and field, nothing more and nothing less.
 */
class PlantedViolationsTest {

  private static final Path FIXTURE = Path.of("src/test/resources/policy-planted/chart.yaml");
  private static final String POD = "/spec/template/spec";
  private static final String CRON_POD = "/spec/jobTemplate/spec/template/spec";

  @Test
  void theEngineReportsExactlyThePlantedViolations() {
    List<Finding> findings = PolicyEngine.load(null).check(Fixtures.chart(FIXTURE, null));

    assertThat(findings)
        .extracting(Finding::ruleId, Finding::object, Finding::path)
        .containsExactly(
            tuple(
                "CG003",
                "Deployment/app",
                POD + "/containers/0/securityContext/readOnlyRootFilesystem"),
            tuple("CG008", "CronJob/app-cleanup", CRON_POD + "/hostNetwork"),
            tuple("CG013", "CronJob/app-cleanup", CRON_POD + "/serviceAccountName"),
            tuple("CG014", "Deployment/app", POD + "/containers/0/env/1"),
            tuple("CG016", "Deployment/app", POD + "/containers/1/resources/requests"),
            tuple("CG017", "Deployment/app", POD + "/containers/1/image"),
            tuple("CG025", "Deployment/app", ""),
            tuple("CG029", "NetworkPolicy/app", "/spec/policyTypes"),
            tuple("CG032", "Service/app", "/spec/type"),
            tuple("CG033", "Ingress/app", "/spec/rules/0/http/paths/1/backend/service/name"),
            tuple("CG035", "Deployment/app", POD + "/containers/0/env/2/name"),
            tuple("CG038", "ConfigMap/app-config", "/metadata/namespace"),
            tuple("CG039", "CronJob/app-cleanup", "/spec"),
            tuple("CG041", "Role/app", "/rules/0/verbs/0"));
  }

  @Test
  void findingsCarryTheirChartSourceAndAMessageNamingTheCulprit() {
    List<Finding> findings = PolicyEngine.load(null).check(Fixtures.chart(FIXTURE, null));

    assertThat(findings).allSatisfy(f -> assertThat(f.chart()).isEqualTo(Fixtures.CHART));
    assertThat(findings)
        .allSatisfy(f -> assertThat(f.source()).startsWith("app/templates/").endsWith(".yaml"));
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("CG017"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("container 'log-tailer': "));
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("CG035"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("container 'app', LOG_LEVEL"));
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("CG038"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith(": default"));
  }

  @Test
  void atLeastTenDifferentRulesArePlanted() {
    List<Finding> findings = PolicyEngine.load(null).check(Fixtures.chart(FIXTURE, null));

    assertThat(findings.stream().map(Finding::ruleId).distinct().count())
        .isGreaterThanOrEqualTo(10);
  }
}
