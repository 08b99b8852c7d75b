package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.chartgen.core.load.DescriptorLoader;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.policy.ChartObjects;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.verify.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * chartgen's SARIF validates against the SARIF 2.1.0 JSON Schema (format assertions on) and carries
 * what code scanning needs: absolute helpUri, tags and security-severity, originalUriBaseIds with
 * repository-relative uris, partial fingerprints, and the environment.
 */
class SarifSchemaTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static Schema sarifSchema;
  private static LintReport report;

  @BeforeAll
  static void load() throws IOException {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getDraft4(),
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    sarifSchema =
        registry.getSchema(
            Files.readString(
                Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json"),
                StandardCharsets.UTF_8));
    // Real findings (the planted-violations chart) attributed to a real sample descriptor, so
    // that results have physical locations relative to the repository root.
    Descriptors samples =
        new DescriptorLoader(SchemaCatalog.builtIn(), ROOT)
            .load(ROOT.resolve("samples/platform.yaml"), ROOT.resolve("samples/descriptors"));
    PolicyEngine engine = PolicyEngine.load(null);
    List<Finding> findings =
        engine.check(
            new ChartObjects(
                "egov-user",
                null,
                "policy-test",
                Manifests.parse(
                    Files.readString(Path.of("src/test/resources/policy-planted/chart.yaml"))),
                Set.of("gateway")));
    assertThat(findings).hasSizeGreaterThan(5);
    var module =
        samples.modules().stream().filter(m -> m.name().equals("egov-user")).findFirst().get();
    report =
        new LintReport(
            List.of(new LintReport.ChartResult("egov-user", 10, Duration.ofMillis(10))),
            findings.subList(1, findings.size()),
            List.of(new LintReport.Waived(findings.get(0), "a reason")),
            engine.rules(),
            KubeVersions.defaultWindow(),
            Severity.WARNING,
            Map.of("egov-user", new DescriptorLocator(samples.documents().get(module.source()))),
            Duration.ofMillis(10));
  }

  private static JsonNode sarif(SarifReport.Options options) {
    return JsonMapper.builder().build().readTree(SarifReport.write(report, options));
  }

  @Test
  void reportsValidateAgainstTheSarif210Schema() {
    for (SarifReport.Options options :
        List.of(
            SarifReport.Options.defaults(),
            new SarifReport.Options("https://docs.example.org/chartgen/rules.html", "prod"))) {
      List<Error> errors = sarifSchema.validate(sarif(options));
      assertThat(errors).as("%s", options).isEmpty();
    }
  }

  @Test
  void anInvalidReportFailsTheSchema() {
    JsonNode broken =
        JsonMapper.builder()
            .build()
            .readTree(
                SarifReport.write(report)
                    .replace("\"level\": \"error\"", "\"level\": \"fatal\"")
                    .replace("\"startLine\": ", "\"startLine\": -"));

    assertThat(sarifSchema.validate(broken)).isNotEmpty();
  }

  @Test
  void rulesHaveAbsoluteHelpTagsAndSecuritySeverity() {
    JsonNode rules =
        sarif(new SarifReport.Options("https://docs.example.org/rules.html", null))
            .at("/runs/0/tool/driver/rules");
    JsonNode cg001 =
        rules.valueStream().filter(r -> r.get("id").asString().equals("CG001")).findFirst().get();
    assertThat(cg001.get("helpUri").asString())
        .isEqualTo("https://docs.example.org/rules.html#cg001");
    assertThat(cg001.at("/properties/tags").valueStream().map(JsonNode::asString))
        .containsExactly("security", "kubernetes", "security-context");
    assertThat(cg001.at("/properties/security-severity").asString()).isEqualTo("8.0");
    JsonNode cg023 =
        rules.valueStream().filter(r -> r.get("id").asString().equals("CG023")).findFirst().get();
    assertThat(cg023.at("/properties/tags/0").asString()).isEqualTo("reliability");
    assertThat(cg023.at("/properties").has("security-severity")).isFalse();
    rules.forEach(r -> assertThat(r.get("helpUri").asString()).startsWith("https://"));
  }

  @Test
  void resultsAreRelativeToTheRepositoryWithFingerprintsAndTheEnvironment() {
    JsonNode run = sarif(new SarifReport.Options(null, "prod")).at("/runs/0");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asString()).isNotEmpty();
    assertThat(run.at("/automationDetails/id").asString()).isEqualTo("chartgen/prod/");
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(report.findings().size() + 1);
    for (JsonNode result : results) {
      JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
      assertThat(artifact.get("uri").asString())
          .isEqualTo("samples/descriptors/core/egov-user.yaml");
      assertThat(artifact.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
      assertThat(result.at("/partialFingerprints/chartgenFinding~1v1").asString())
          .matches("[0-9a-f]{64}");
      assertThat(result.at("/properties/environment").asString()).isEqualTo("prod");
      assertThat(result.at("/properties/chart").asString()).isEqualTo("egov-user");
    }
    assertThat(
            results
                .valueStream()
                .map(r -> r.at("/partialFingerprints/chartgenFinding~1v1").asString())
                .distinct()
                .count())
        .as("one fingerprint per finding")
        .isEqualTo(results.size());
    assertThat(
            sarif(SarifReport.Options.defaults())
                .at("/runs/0/results/0/properties/environment")
                .asString())
        .as("a finding with the chart's default values")
        .isEqualTo(LintReport.DEFAULTS);
  }

  /**
   * A report linted per environment: each result names its own environment, one finding in two
   * environments is two results with two fingerprints, and a finding on an environment file's
   * waiver is located in that file.
   */
  @Test
  void eachResultNamesItsEnvironment() {
    Finding finding = report.findings().get(0);
    Finding stale =
        new Finding(
            PolicyEngine.STALE_WAIVER,
            "egov-user",
            DescriptorLocator.ENVIRONMENT,
            "/spec/modules/egov-user/waivers/0",
            "the waiver of CG023 is stale: CG023 does not fire for this module in dev",
            DescriptorLocator.ENVIRONMENT,
            "dev");
    Descriptors dev =
        new DescriptorLoader(SchemaCatalog.builtIn(), ROOT)
            .read(
                ROOT.resolve("samples/platform.yaml"),
                ROOT.resolve("samples/descriptors"),
                ROOT.resolve("charts-out"))
            .descriptors()
            .orElseThrow();
    String devFile =
        dev.environments().stream()
            .filter(e -> e.name().equals("dev"))
            .findFirst()
            .orElseThrow()
            .source();
    LintReport perEnvironment =
        new LintReport(
            List.of(
                new LintReport.ChartResult("egov-user", 10, Duration.ofMillis(10)),
                new LintReport.ChartResult("egov-user", 10, Duration.ofMillis(10), "dev"),
                new LintReport.ChartResult("egov-user", 10, Duration.ofMillis(10), "prod")),
            List.of(finding, finding.in("dev"), finding.in("prod"), stale),
            List.of(),
            report.rules(),
            KubeVersions.defaultWindow(),
            Severity.WARNING,
            report.descriptors(),
            Map.of("dev", new DescriptorLocator(dev.documents().get(devFile))),
            Duration.ofMillis(10));
    JsonNode sarif =
        JsonMapper.builder()
            .build()
            .readTree(SarifReport.write(perEnvironment, SarifReport.Options.defaults()));
    assertThat(sarifSchema.validate(sarif)).isEmpty();
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results.valueStream().map(r -> r.at("/properties/environment").asString()))
        .containsExactly(LintReport.DEFAULTS, "dev", "prod", "dev");
    assertThat(
            results
                .valueStream()
                .map(r -> r.at("/partialFingerprints/chartgenFinding~1v1").asString())
                .distinct()
                .count())
        .as("the same finding in two environments is two results")
        .isEqualTo(4);
    assertThat(results.get(3).at("/locations/0/physicalLocation/artifactLocation/uri").asString())
        .isEqualTo("samples/environments/dev.yaml");
    assertThat(results.get(3).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isPositive();
  }
}
