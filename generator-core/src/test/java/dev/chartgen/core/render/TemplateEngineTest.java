package dev.chartgen.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chartgen.core.problem.TemplateException;
import dev.chartgen.core.view.ChartViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

  @TempDir Path overrides;

  @Test
  void aUserTemplateReplacesTheBuiltInOneOfTheSameName() throws IOException {
    Files.writeString(overrides.resolve("helmignore.ftl"), "# custom ${chart}\n");

    String rendered =
        new TemplateEngine(overrides).render("helmignore.ftl", new ChartViews.Static("x"));

    assertThat(rendered).isEqualTo("# custom x\n");
    assertThat(new TemplateEngine(null).render("helmignore.ftl", new ChartViews.Static("x")))
        .startsWith("# Patterns to ignore");
  }

  @Test
  void yamlFunctionQuotesAndEscapesHelmActions() throws IOException {
    Files.writeString(overrides.resolve("t.ftl"), "v: ${yaml(chart)}");

    String rendered =
        new TemplateEngine(overrides).render("t.ftl", new ChartViews.Static("a {{ b }} \"c\""));

    assertThat(rendered).isEqualTo("v: \"a {{ \"{\" }}{ b }} \\\"c\\\"\"");
  }

  @Test
  void everyInterpolationInAHelmTemplateIsEscapedSoHelmNeverEvaluatesIt() throws IOException {
    Files.writeString(overrides.resolve("NOTES.txt.ftl"), "at ${chart}\n");

    String rendered =
        new TemplateEngine(overrides)
            .render("NOTES.txt.ftl", new ChartViews.Static("/a{{ .Release.Name }}{x{"));

    assertThat(rendered).isEqualTo("at /a{{ \"{\" }}{ .Release.Name }}{x{{ \"{\" }}\n");
  }

  @Test
  void everyInterpolationInAMarkdownTemplateIsShownAsText() throws IOException {
    Files.writeString(overrides.resolve("x.md.ftl"), "${chart}\n\n| ${code(chart)} |\n");

    String rendered =
        new TemplateEngine(overrides)
            .render(
                "x.md.ftl",
                new ChartViews.Static(
                    "# <script>alert(1)</script> [x](javascript:y) a|b `c`\n- d"));

    assertThat(rendered)
        .isEqualTo(
            "\\# &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:y) a\\|b \\`c\\`<br>\\- d\n"
                + "\n"
                + "| ``# <script>alert(1)</script> [x](javascript:y) a\\|b `c` - d`` |\n");
  }

  @Test
  void helmTextFunctionEscapesHelmActionsAndChangesNothingElse() throws IOException {
    Files.writeString(overrides.resolve("t.ftl"), "url: ${helmText(chart)}");

    String rendered =
        new TemplateEngine(overrides).render("t.ftl", new ChartViews.Static("/a{{ b }}\"c'|"));

    assertThat(rendered).isEqualTo("url: /a{{ \"{\" }}{ b }}\"c'|");
  }

  @Test
  void aMissingValueIsATemplateErrorNamingTheTemplate() throws IOException {
    Files.writeString(overrides.resolve("broken.yaml.ftl"), "x: ${nope}");

    assertThatThrownBy(
            () ->
                new TemplateEngine(overrides).render("broken.yaml.ftl", new ChartViews.Static("x")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("broken.yaml.ftl")
        .hasMessageContaining("nope");
  }
}
