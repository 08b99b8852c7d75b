package dev.chartgen.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.policy.ChartObjects;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Valid descriptors, mutated at random (values replaced by hostile, numeric, empty or structural
 * text; lines deleted, duplicated or re-indented; keys added): the only outcomes are a located
 * {@link DescriptorException}, or a chart that embedded Helm renders, whose objects parse strictly
 * and which has zero policy findings. Never another exception.
 *
 * <p>Tries: {@code jqwik.tries.default}, 1,000 in the default build and 10,000 with the Maven
 * profile {@code property-tries-10k}.
 */
class DescriptorMutationPropertiesTest {

  /** Values a mutation writes: hostile text, YAML look-alikes, numbers, structure. */
  private static final List<String> VALUES =
      List.of(
          "\"{{ .Release.Name }}\"",
          "\"{{ fail \\\"x\\\" }}\"",
          "\"<script>alert(1)</script>\"",
          "\"a | b\"",
          "\"a\\u2028b\"",
          "\"a\\u0085b\"",
          "\"a\\u0000b\"",
          "\"\\ud800\"",
          "\"\\ufeff\"",
          "\"x{\"",
          "\"# h\"",
          "\"../..\"",
          "\"/a/../b\"",
          "yes",
          "no",
          "on",
          "~",
          "null",
          "0777",
          "0o17",
          "0x1F",
          "1e3",
          ".5",
          "-1",
          "0",
          "65536",
          "99999999999999999999",
          "1.10",
          ".inf",
          ".nan",
          "true",
          "\"\"",
          "[]",
          "{}",
          "[a, b]",
          "{ a: 1 }",
          "&x a",
          "*x",
          "!!binary aGk=",
          "|\n    text",
          "\"Egov_User\"",
          "\"1user\"",
          "latest",
          "512Mi",
          "100m",
          "500u",
          "\"a b\"",
          "\"é 中文 😀\"",
          "/health",
          "http",
          "\"" + "x".repeat(300) + "\"");

  private static Path work;
  private static Chartgen chartgen;
  private static PolicyEngine policies;
  private static ReleaseRenderer renderer;
  private static int run;

  @BeforeContainer
  static void setUp() throws IOException {
    work = Files.createTempDirectory("chartgen-properties-");
    chartgen = Chartgen.create();
    policies = PolicyEngine.load(null);
    renderer = new ReleaseRenderer(new HelmRunner());
  }

  @AfterContainer
  static void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property
  void aMutatedDescriptorIsRefusedWithLocatedProblemsOrLintsClean(
      @ForAll("mutatedModules") String module) throws IOException {
    Path root = Files.createDirectories(work.resolve("run" + run++));
    new DescriptorFixture(root).module(module);
    Request request =
        Request.of(root.resolve("platform.yaml"), root.resolve("descriptors"), root.resolve("out"))
            .withDisplayRoot(root);
    Map<String, String> files;
    try {
      files = chartgen.render(request);
    } catch (DescriptorException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem problem : e.problems()) {
        assertThat(problem.location().source()).isEqualTo(DescriptorFixture.MODULE_FILE);
        assertThat(problem.format())
            .as("located: file:line:column: /pointer: message")
            .matches("(?s)descriptors/egov-user\\.yaml:[1-9][0-9]*:[1-9][0-9]*: (/\\S*: )?.+");
      }
      return;
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = root.resolve("out").resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
    String chart =
        files.keySet().stream()
            .filter(path -> path.endsWith("/Chart.yaml"))
            .findFirst()
            .orElseThrow()
            .split("/")[0];
    Path chartDirectory = root.resolve("out").resolve(chart);
    List<RenderedObject> objects =
        renderer.render(chartDirectory, chart, "egov", null, Map.of(), List.of());
    List<String> strict = new ArrayList<>();
    for (RenderedObject object : objects) {
      strict.addAll(StrictValidator.validate(object));
    }
    assertThat(strict).as("strict parsing of\n%s", module).isEmpty();
    List<Finding> findings =
        policies.check(
            new ChartObjects(chart, chartDirectory, "egov", objects, Set.of("egov-otp")));
    assertThat(findings).as("policy findings for\n%s", module).isEmpty();
  }

  @Provide
  Arbitrary<String> mutatedModules() {
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(VALUES))
            .as(Mutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(3).map(DescriptorMutationPropertiesTest::apply);
  }

  private static String apply(List<Mutation> mutations) {
    List<String> lines = new ArrayList<>(List.of(DescriptorFixture.MODULE.split("\n")));
    for (Mutation m : mutations) {
      int i = m.line() % lines.size();
      String line = lines.get(i);
      int colon = line.indexOf(": ");
      switch (m.kind()) {
        case 0, 1 -> { // replace the value of a key
          if (colon > 0) {
            lines.set(i, line.substring(0, colon + 2) + m.value());
          } else if (line.endsWith(":")) {
            lines.set(i, line + " " + m.value());
          }
        }
        case 2 -> lines.remove(i);
        case 3 -> lines.add(i, line);
        case 4 -> lines.set(i, "  " + line);
        default -> // a new key next to this line
            lines.add(
                i + 1,
                line.substring(0, line.length() - line.stripLeading().length())
                    + "extra"
                    + (m.value().length() % 3)
                    + ": "
                    + m.value());
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private record Mutation(int kind, int line, String value) {}
}
