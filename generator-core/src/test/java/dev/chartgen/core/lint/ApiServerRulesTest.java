package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.policy.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CG047 through a template override, which bypasses the loader's checks: an override of
 * serviceaccount.yaml.ftl plants a ConfigMap with values the API server refuses; real Helm renders
 * them, the Kubernetes models parse them, and CG047 names each one with the loader's own message.
 */
class ApiServerRulesTest {

  @Test
  void valuesPlantedByATemplateOverrideAreReportedWithTheLoadersMessages(@TempDir Path work)
      throws Exception {
    // Given the minimal platform and module, and an override planting three bad values
    Files.writeString(work.resolve("platform.yaml"), DescriptorFixture.PLATFORM);
    Files.createDirectories(work.resolve("descriptors"));
    Files.writeString(work.resolve("descriptors/egov-user.yaml"), DescriptorFixture.MODULE);
    Path overrides = Files.createDirectories(work.resolve("overrides"));
    String builtIn =
        Files.readString(
            Path.of("..", "templates", "serviceaccount.yaml.ftl"), StandardCharsets.UTF_8);
    Files.writeString(
        overrides.resolve("serviceaccount.yaml.ftl"),
        builtIn.replace(
            "automountServiceAccountToken: false\n",
            "automountServiceAccountToken: false\n"
                + "---\n"
                + "apiVersion: v1\n"
                + "kind: ConfigMap\n"
                + "metadata:\n"
                + "  name: Bad_Name\n"
                + "  annotations:\n"
                + "    \"bad key\": x\n"
                + "data:\n"
                + "  \"settings file\": x\n"
                + "  good.key: y\n"));
    Path out = work.resolve("out");
    Chartgen.create()
        .generate(
            Request.of(work.resolve("platform.yaml"), work.resolve("descriptors"), out)
                .withTemplateOverrides(overrides));

    // When the chart is linted
    List<Finding> findings = new ArrayList<>();
    new Linter(null)
        .lintChart("egov-user", out.resolve("egov-user"), List.of("1.35.0"), Set.of(), findings);

    // Then each planted value is reported, and nothing else of CG047
    assertThat(findings.stream().filter(f -> f.ruleId().equals("CG047")))
        .extracting(f -> f.object() + " " + f.path() + ": " + f.message())
        .containsExactlyInAnyOrder(
            "ConfigMap/Bad_Name /metadata/name: the API server would refuse this value: 'Bad_Name'"
                + " is not a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', each part"
                + " starting and ending with a letter or digit",
            "ConfigMap/Bad_Name /metadata/annotations/bad key: the API server would refuse this"
                + " value: 'bad key' is not a Kubernetes label or annotation key such as"
                + " app.kubernetes.io/name",
            "ConfigMap/Bad_Name /data/settings file: the API server would refuse this value:"
                + " 'settings file' is not a ConfigMap or Secret key: letters, digits, '-', '_' and"
                + " '.' only (no '/', no spaces), and not '.' or '..'");
  }
}
