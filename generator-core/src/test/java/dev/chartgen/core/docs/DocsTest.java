package dev.chartgen.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed reference pages are what the schemas and rules say today. */
class DocsTest {

  private static final Path DOCS = Path.of("..", "docs");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @Test
  void descriptorReferenceIsCurrent() throws IOException {
    check(DOCS.resolve("descriptor.md"), SchemaReference.builtIn().markdown());
  }

  @Test
  void rulesReferenceIsCurrentAndEveryRuleHasItsTest() throws IOException {
    dev.chartgen.core.policy.PolicyEngine engine = dev.chartgen.core.policy.PolicyEngine.load(null);
    for (String rule : engine.rules().keySet()) {
      assertThat(Path.of("..").resolve(test(rule))).as(rule).exists();
    }
    java.util.Set<Integer> rows = new java.util.TreeSet<>();
    engine.rules().values().forEach(r -> rows.addAll(r.checks()));
    assertThat(rows).as("CHECKS.md rows covered").hasSize(41).contains(1, 41);
    check(DOCS.resolve("rules.md"), new RulesReference(engine, DocsTest::test).markdown());
  }

  /** Where the test that makes each rule fire lives, when not a policy-cases folder. */
  private static final java.util.Map<String, String> LINTER_TESTS =
      java.util.Map.of(
          "CG036", "generator-core/src/test/java/dev/chartgen/core/lint/LinterTest.java",
          "CG042", "generator-core/src/test/java/dev/chartgen/core/lint/LinterTest.java",
          "CG043", "generator-core/src/test/java/dev/chartgen/core/lint/LinterTest.java",
          "CG044", "generator-core/src/test/java/dev/chartgen/core/lint/LintEndToEndTest.java",
          "CG045",
              "generator-core/src/test/java/dev/chartgen/core/policy/NetworkGraphRuleTest.java");

  /** The test that proves {@code rule} fires, relative to the repository root. */
  static String test(String rule) {
    return LINTER_TESTS.getOrDefault(
        rule, "generator-core/src/test/resources/policy-cases/" + rule + "/fires.yaml");
  }

  private static void check(Path page, String expected) throws IOException {
    if (UPDATE) {
      Files.writeString(page, expected, StandardCharsets.UTF_8);
    }
    assertThat(page)
        .as("%s is stale: run the tests with -Dgolden.update=true", page)
        .usingCharset(StandardCharsets.UTF_8)
        .hasContent(expected);
  }
}
