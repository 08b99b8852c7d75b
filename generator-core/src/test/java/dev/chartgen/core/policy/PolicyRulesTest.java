package dev.chartgen.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule the policy engine checks has a case folder (policy-cases/RULEID) with {@code
 * fires.yaml}, which makes that rule (and no other) fire, and {@code passes.yaml}, a close variant
 * on which no rule fires. A rule's chart folder holds {@code values.yaml}; a case gives it as
 * {@code fires.values.yaml} and {@code passes.values.yaml} when the rule reads it (CG018).
 */
class PolicyRulesTest {

  /**
   * Rules the linter applies itself (Helm, rendering, waivers, the platform's network graph over
   * all charts): the engine never reports them on one chart.
   */
  static final Set<String> LINTER_RULES = Set.of("CG036", "CG042", "CG043", "CG044", "CG045");

  private static final PolicyEngine ENGINE = PolicyEngine.load(null);
  private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: (\\S+) \"([^\"]*)\"$");

  static Stream<String> engineRules() {
    return ENGINE.rules().keySet().stream().filter(id -> !LINTER_RULES.contains(id));
  }

  @Test
  void everyRuleOfTheEngineHasACaseFolderAndEveryFolderARule() throws IOException {
    Set<String> folders = new TreeSet<>();
    try (Stream<Path> list = Files.list(Fixtures.CASES)) {
      list.filter(Files::isDirectory).forEach(f -> folders.add(f.getFileName().toString()));
    }
    assertThat(folders).containsExactlyElementsOf(engineRules().toList());
    assertThat(ENGINE.rules().keySet()).containsAll(LINTER_RULES);
  }

  @ParameterizedTest(name = "{0} fires on fires.yaml")
  @MethodSource("engineRules")
  void ruleFires(String id, @TempDir Path chart) throws IOException {
    Path folder = caseFolder(id);
    List<Finding> findings =
        ENGINE.check(Fixtures.chart(folder.resolve("fires.yaml"), chart(folder, "fires", chart)));

    assertThat(findings).as("findings of %s/fires.yaml", id).isNotEmpty();
    assertThat(findings).extracting(Finding::ruleId).as("only %s fires", id).containsOnly(id);
    Matcher expect = EXPECT.matcher(Fixtures.read(folder.resolve("fires.yaml")));
    assertThat(expect.find())
        .as("%s/fires.yaml has an '# expect: OBJECT \"PATH\"' line", id)
        .isTrue();
    Finding first = findings.get(0);
    assertThat(first.object())
        .as("object of the first finding of %s", findings)
        .isEqualTo(expect.group(1));
    assertThat(first.path())
        .as("path of the first finding of %s", findings)
        .isEqualTo(expect.group(2));
    assertThat(first.rule()).isEqualTo(ENGINE.rules().get(id));
    assertThat(first.chart()).isEqualTo(Fixtures.CHART);
    assertThat(first.message()).contains(first.rule().message());
    assertThat(first.source())
        .as("template of the first finding")
        .isEqualTo(
            first.object().equals("values.yaml")
                ? "values.yaml"
                : "app/templates/"
                    + first
                        .object()
                        .substring(0, first.object().indexOf('/'))
                        .toLowerCase(Locale.ROOT)
                    + ".yaml");
  }

  @ParameterizedTest(name = "{0} does not fire on passes.yaml")
  @MethodSource("engineRules")
  void ruleDoesNotFire(String id, @TempDir Path chart) throws IOException {
    Path folder = caseFolder(id);
    List<Finding> findings =
        ENGINE.check(Fixtures.chart(folder.resolve("passes.yaml"), chart(folder, "passes", chart)));

    assertThat(findings).as("findings of %s/passes.yaml", id).isEmpty();
  }

  @ParameterizedTest(name = "{0}: the fixtures are valid Kubernetes objects")
  @MethodSource("engineRules")
  void fixturesAreValidKubernetes(String id) {
    Path folder = caseFolder(id);
    for (String variant : List.of("fires.yaml", "passes.yaml")) {
      List<RenderedObject> objects = Fixtures.objects(folder.resolve(variant));
      assertThat(objects).as("%s/%s", id, variant).isNotEmpty();
      for (RenderedObject object : objects) {
        assertThat(StrictValidator.validate(object))
            .as("%s/%s: %s", id, variant, object.id())
            .isEmpty();
      }
    }
  }

  private static Path caseFolder(String id) {
    Path folder = Fixtures.CASES.resolve(id);
    assertThat(folder).as("case folder of rule %s", id).isDirectory();
    assertThat(folder.resolve("fires.yaml")).as("%s/fires.yaml", id).isRegularFile();
    assertThat(folder.resolve("passes.yaml")).as("%s/passes.yaml", id).isRegularFile();
    return folder;
  }

  /** The chart folder for a variant: a copy of its values file, or null when the case has none. */
  private static Path chart(Path folder, String variant, Path chart) throws IOException {
    for (Path values :
        List.of(folder.resolve(variant + ".values.yaml"), folder.resolve("values.yaml"))) {
      if (Files.isRegularFile(values)) {
        Files.copy(values, chart.resolve("values.yaml"), StandardCopyOption.REPLACE_EXISTING);
        return chart;
      }
    }
    return null;
  }
}
