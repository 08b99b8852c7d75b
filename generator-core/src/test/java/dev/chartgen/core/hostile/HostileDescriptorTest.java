package dev.chartgen.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import dev.chartgen.core.Chartgen;
import dev.chartgen.core.LintRequest;
import dev.chartgen.core.Request;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The acceptance case: an ingress path, an env value and a description holding {@code {{
 * .Release.Name }}}, U+2028, {@code <script>} and {@code |}. Each is refused with a located problem
 * or rendered byte for byte (install notes included), and the README shows the text as text.
 */
class HostileDescriptorTest {

  private static final String HOSTILE = "{{ .Release.Name }} <script>alert(1)</script> a|b";

  @TempDir Path work;

  @Test
  void hostileIngressPathsAndLineSeparatorsAreRefusedWhereTheyAreWritten() {
    String module =
        DescriptorFixture.edit(
                DescriptorFixture.MODULE,
                "  group: core",
                "  group: core\n  description: \"about\\u2028this\"")
            + "    LINE: \"a\\u2028b\"\n"
            + "  ingress:\n"
            + "    paths:\n"
            + "      - \"/x{{ .Release.Name }}\"\n"
            + "      - \"/x\\u2028\"\n"
            + "      - \"/x<script>\"\n"
            + "      - \"/x|\"\n";
    DescriptorFixture fixture = new DescriptorFixture(work).module(module);

    String prefix =
        " is not a Prefix Ingress path: '/', then letters, digits and '-', '.', '_', '~', '/',"
            + " without '//' or a '.' or '..' segment";
    String separator =
        " at position 6 is not allowed in descriptor text (YAML 1.1 readers such as Helm read it"
            + " as a line break; write \\n or a space)";
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:6:16: /metadata/description: character U+2028 (line"
                + " separator)"
                + separator,
            "descriptors/egov-user.yaml:26:11: /spec/env/LINE: character U+2028 (line separator)"
                + " at position 2 is not allowed in descriptor text (YAML 1.1 readers such as Helm"
                + " read it as a line break; write \\n or a space)",
            "descriptors/egov-user.yaml:29:9: /spec/ingress/paths/0: '/x{{ .Release.Name }}'"
                + prefix,
            "descriptors/egov-user.yaml:30:9: /spec/ingress/paths/1: character U+2028 (line"
                + " separator) at position 3 is not allowed in descriptor text (YAML 1.1 readers"
                + " such as Helm read it as a line break; write \\n or a space)",
            "descriptors/egov-user.yaml:31:9: /spec/ingress/paths/2: '/x<script>'" + prefix,
            "descriptors/egov-user.yaml:32:9: /spec/ingress/paths/3: '/x|'" + prefix);
  }

  @Test
  void hostileEnvValueAndDescriptionRenderByteForByteAndShowAsTextInTheReadme() throws IOException {
    String module =
        DescriptorFixture.edit(
                DescriptorFixture.MODULE,
                "  group: core",
                "  group: core\n  description: \"" + HOSTILE + "\"")
            + "    GREETING: \""
            + HOSTILE
            + "\"\n"
            + "  ingress:\n"
            + "    paths: [/user]\n";
    new DescriptorFixture(work).module(module);
    Request request =
        Request.of(work.resolve("platform.yaml"), work.resolve("descriptors"), work.resolve("out"))
            .withDisplayRoot(work);
    Chartgen chartgen = Chartgen.create();
    chartgen.generate(request);
    Path chart = work.resolve("out/egov-user");

    // rendered by embedded Helm: the env value byte for byte
    List<RenderedObject> objects =
        new ReleaseRenderer(new HelmRunner())
            .render(chart, "hostile", "egov", null, Map.of(), List.of());
    RenderedObject deployment =
        objects.stream().filter(o -> o.kind().equals("Deployment")).findFirst().orElseThrow();
    assertThat(env(deployment)).containsEntry("GREETING", HOSTILE);

    // Chart.yaml: the description byte for byte
    Map<?, ?> chartYaml =
        (Map<?, ?>)
            new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(chart.resolve("Chart.yaml")));
    assertThat(chartYaml.get("description")).isEqualTo(HOSTILE);

    // README: the description as text, no live HTML
    String readme = Files.readString(chart.resolve("README.md"));
    assertThat(readme)
        .contains("\n{{ .Release.Name }} &lt;script&gt;alert(1)&lt;/script&gt; a\\|b\n")
        .doesNotContain("<script>");

    // the install notes: printed, nothing evaluated
    String output =
        new Helm(chart)
            .install()
            .withName("hostile")
            .withNamespace("egov")
            .withKubeVersion(HelmRunner.DEFAULT_KUBE_VERSION)
            .clientOnly()
            .dryRun()
            .call()
            .getOutput();
    String notes = output.substring(output.indexOf("NOTES:"));
    assertThat(notes)
        .contains("egov-user (v1.2.8) is installed as release hostile in namespace egov.")
        .contains("https://digit.example.org/user\n")
        .doesNotContain("<script>");

    // and the chart lints clean
    LintReport report =
        chartgen.lint(new LintRequest(request, List.of("1.34.0"), Severity.INFO, null, null));
    assertThat(report.findings()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> env(RenderedObject deployment) {
    Map<String, Object> spec = (Map<String, Object>) deployment.content().get("spec");
    Map<String, Object> template = (Map<String, Object>) spec.get("template");
    Map<String, Object> pod = (Map<String, Object>) template.get("spec");
    Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
    Map<String, Object> result = new java.util.TreeMap<>();
    for (Map<String, Object> variable : (List<Map<String, Object>>) container.get("env")) {
      result.put((String) variable.get("name"), variable.get("value"));
    }
    return result;
  }
}
