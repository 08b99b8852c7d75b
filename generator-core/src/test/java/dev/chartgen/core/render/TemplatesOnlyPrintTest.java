package dev.chartgen.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates only print: no FreeMarker directive or interpolation compares values or combines
 * conditions. A decision belongs in a planner; a union view gives its {@code kind} to switch on.
 * Allowed are {@code <#if flag>} on a boolean the planner decided, {@code x??} and {@code
 * ?has_content} on optional fields, {@code <#list>} and {@code <#switch>}/{@code <#case "KIND">}.
 */
class TemplatesOnlyPrintTest {

  /** FreeMarker directives ({@code <#if …>}, {@code <@macro …>}) and interpolations. */
  private static final Pattern CODE = Pattern.compile("<[#@]([a-z]*)([^>]*)>|\\$\\{([^}]*)}");

  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'");

  /** Comparison and boolean operators, the default operator, and built-ins that decide. */
  private static final Pattern OPERATOR =
      Pattern.compile(
          "==|!=|<=|>=|&&|\\|\\||!|(?<![=!<>])=(?!=)|&lt;|&gt;|\\b(?:lt|lte|gt|gte)\\b"
              + "|\\?(?:then|switch|string\\s*\\()");

  @Test
  void noTemplateDirectiveComparesOrCombines() throws Exception {
    List<String> violations = new ArrayList<>();
    Path folder = templateFolder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
        violations.addAll(violations(folder.relativize(file).toString(), read(file)));
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyBuiltInTemplateIsChecked() throws Exception {
    try (Stream<Path> files = Files.walk(templateFolder())) {
      assertThat(files.filter(f -> f.toString().endsWith(".ftl")).count()).isGreaterThan(15);
    }
  }

  @Test
  void theCheckFindsEachKindOfOperator() {
    assertThat(violations("t", "<#if updateStrategy == \"RollingUpdate\">")).hasSize(1);
    assertThat(violations("t", "<#if a?? && b??>")).hasSize(1);
    assertThat(violations("t", "<#if a?has_content || b??>")).hasSize(1);
    assertThat(violations("t", "<#if !enabled>")).hasSize(1);
    assertThat(violations("t", "<#if replicas gt 1>")).hasSize(1);
    assertThat(violations("t", "<#if kind = \"x\">")).hasSize(1);
    assertThat(violations("t", "${name!\"default\"}")).hasSize(1);
    assertThat(violations("t", "${enabled?then(\"a\", \"b\")}")).hasSize(1);
    assertThat(violations("t", "<#elseif a != b>")).hasSize(1);
  }

  @Test
  void printingAndSwitchingOnAKindAreAllowed() {
    String template =
        """
        <#switch v.kind>
        <#case "EMPTY_DIR">
        <#if v.emptyDir.plain>
            emptyDir: {}
        </#if>
        <#break>
        </#switch>
        <#list c.env as e>
          - name: ${yaml(e.name)} {{ if eq .Values.x "a||b" }}
        </#list>
        <#if c.startup??><@probe "startupProbe" c.startup/></#if>
        <#if c.args?has_content>${c.args?size}</#if>
        """;
    assertThat(violations("t", template)).isEmpty();
  }

  private static List<String> violations(String name, String template) {
    List<String> found = new ArrayList<>();
    Matcher code = CODE.matcher(template);
    while (code.find()) {
      String directive = code.group(1);
      String expression = code.group(3) != null ? code.group(3) : code.group(2);
      if ("--".equals(directive) || code.group(0).startsWith("<#--")) {
        continue; // a comment
      }
      String withoutStrings = STRING.matcher(expression).replaceAll("\"\"");
      if (OPERATOR.matcher(withoutStrings).find()) {
        int line = template.substring(0, code.start()).split("\n", -1).length;
        found.add(name + ":" + line + ": " + code.group(0));
      }
    }
    return found;
  }

  private static Path templateFolder() throws URISyntaxException {
    return Path.of(TemplateEngine.class.getResource(TemplateEngine.TEMPLATE_ROOT).toURI());
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
