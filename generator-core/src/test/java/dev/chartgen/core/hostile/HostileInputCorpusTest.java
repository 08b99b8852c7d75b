package dev.chartgen.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.LintRequest;
import dev.chartgen.core.Request;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.render.MarkdownFormat;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The bad-input corpus ({@code hostile/cases.yaml}): every case is either refused with exactly the
 * problems of {@code hostile/expected.txt}, nothing written, or carried: it loads, and a user's
 * string in it reaches the rendered objects (as embedded Helm renders them) byte for byte, shows as
 * text in the README, and its chart lints clean. Carried cases share one generate and one lint:
 * each is a module of one platform.
 *
 * <p>{@code -Dgolden.update=true} rewrites expected.txt from what chartgen says; review the diff.
 */
class HostileInputCorpusTest {

  private static final Path CASES = Path.of("src/test/resources/hostile/cases.yaml");
  private static final Path EXPECTED = Path.of("src/test/resources/hostile/expected.txt");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Chartgen CHARTGEN = Chartgen.create();
  private static final String SENTINEL = "the user's own file\n";

  private static List<Map<String, Object>> cases;
  private static Map<String, List<String>> expected;
  private static final Map<String, List<String>> actual = new TreeMap<>();
  private static Path work;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void readCorpus() throws IOException {
    cases =
        (List<Map<String, Object>>)
            new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(CASES, StandardCharsets.UTF_8));
    expected = readExpected();
    work = Files.createTempDirectory("chartgen-corpus-");
  }

  @AfterAll
  static void writeExpected() throws IOException {
    if (UPDATE && !actual.isEmpty()) {
      StringBuilder text = new StringBuilder();
      actual.forEach(
          (id, lines) -> {
            text.append("## ").append(id).append('\n');
            lines.forEach(l -> text.append(l).append('\n'));
          });
      Files.writeString(EXPECTED, text.toString(), StandardCharsets.UTF_8);
    }
    delete(work);
  }

  @Test
  void theCorpusHasAtLeast150CasesInEveryFamily() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    assertThat(cases.stream().map(c -> c.get("family")).distinct())
        .contains("yaml", "schema", "semantic", "file-system", "hostile-string", "api-rules");
    assertThat(cases.stream().map(c -> c.get("id")).distinct()).hasSameSizeAs(cases);
  }

  @TestFactory
  Stream<DynamicTest> refusedCasesSayExactlyWhatIsWrongAndWriteNothing() {
    return cases.stream()
        .filter(c -> "refused".equals(c.get("outcome")))
        .map(c -> DynamicTest.dynamicTest(id(c), () -> refused(c)));
  }

  @TestFactory
  Stream<DynamicTest> carriedCasesLoadOnTheirOwn() {
    return cases.stream()
        .filter(c -> "carried".equals(c.get("outcome")))
        .map(c -> DynamicTest.dynamicTest(id(c), () -> loads(c)));
  }

  private static void refused(Map<String, Object> c) throws IOException {
    Path root = Files.createDirectories(work.resolve("refused").resolve(slug(c)));
    Request request = setUp(c, root);
    Path output = request.outputDirectory();
    if (!Files.exists(output)) {
      Files.createDirectories(output);
    }
    Path own = output.resolve("keep.txt");
    boolean canMark = Files.isDirectory(output) && Files.isWritable(output);
    if (canMark) {
      Files.writeString(own, SENTINEL);
    }
    List<String> before = listing(output);
    List<String> problems;
    try {
      CHARTGEN.generate(request);
      throw new AssertionError(id(c) + ": expected problems, but it was generated");
    } catch (DescriptorException e) {
      problems = e.problems().stream().map(Problem::format).toList();
    }
    actual.put(id(c), problems);
    assertThat(listing(output)).as("nothing written").isEqualTo(before);
    if (!UPDATE) {
      assertThat(problems).as(id(c)).isEqualTo(expected.getOrDefault(id(c), List.of("<none>")));
    }
    assertThat(problems)
        .as("every problem is located: file, then line:column or the pointer")
        .allMatch(p -> p.matches("(?s)[^:]+(:\\d+:\\d+)?: .+"));
  }

  private static void loads(Map<String, Object> c) throws IOException {
    Path root = Files.createDirectories(work.resolve("carried").resolve(slug(c)));
    Request request = setUp(c, root);
    CHARTGEN.validate(request);
    actual.put(id(c), List.of("(carried)"));
    if (!UPDATE) {
      assertThat(expected.get(id(c))).as(id(c)).isEqualTo(List.of("(carried)"));
    }
  }

  /**
   * The carried cases with descriptor input, as modules of one platform: cases that carry the same
   * string in different fields share one module (all their edits applied), every other case is a
   * module of its own. One generate and one lint for all; then each case's string is looked up in
   * what Helm rendered for its chart.
   */
  @Test
  void carriedStringsRenderByteForByteAndTheChartsLintClean() throws IOException {
    Path root = Files.createDirectories(work.resolve("shared"));
    DescriptorFixture fixture = new DescriptorFixture(root);
    Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
    for (Map<String, Object> c : cases) {
      if ("carried".equals(c.get("outcome")) && !c.containsKey("fs") && !c.containsKey("files")) {
        Object value = c.get("value");
        String key = value != null && !c.containsKey("module") ? "value:" + value : "case:" + id(c);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, List<Map<String, Object>>> byChart = new LinkedHashMap<>();
    for (List<Map<String, Object>> group : groups.values()) {
      String chart = String.format("c%03d", byChart.size());
      String text =
          group.get(0).containsKey("module") ? module(group.get(0)) : DescriptorFixture.MODULE;
      if (!group.get(0).containsKey("module")) {
        for (Map<String, Object> c : group) {
          text = edited(text, c);
        }
      }
      text = text.replace("name: egov-user", "name: " + chart);
      text = text.replace("paths: [/user]", "paths: [/" + chart + "]");
      fixture.descriptor(chart + ".yaml", text);
      byChart.put(chart, group);
    }
    Request request =
        Request.of(root.resolve("platform.yaml"), root.resolve("descriptors"), root.resolve("out"))
            .withDisplayRoot(root);
    CHARTGEN.generate(request);
    LintReport report =
        CHARTGEN.lint(new LintRequest(request, List.of("1.34.0"), Severity.INFO, null, null));
    assertThat(report.findings()).as("findings of the carried cases").isEmpty();
    assertThat(report.charts()).hasSize(byChart.size());

    ReleaseRenderer templates = new ReleaseRenderer(new HelmRunner());
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, Object>>> entry : byChart.entrySet()) {
      Object value = entry.getValue().get(0).get("value");
      if (value == null) {
        continue;
      }
      Path chart = root.resolve("out").resolve(entry.getKey());
      List<String> strings = new ArrayList<>();
      for (RenderedObject object :
          templates.render(chart, "corpus", "egov", null, Map.of(), List.of())) {
        strings(object.content(), strings);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> chartYaml =
          (Map<String, Object>)
              new Load(LoadSettings.builder().build())
                  .loadFromString(Files.readString(chart.resolve("Chart.yaml")));
      String readme = Files.readString(chart.resolve("README.md"));
      for (Map<String, Object> c : entry.getValue()) {
        boolean description = id(c).startsWith("description/");
        List<String> where =
            description ? List.of(String.valueOf(chartYaml.get("description"))) : strings;
        if (!where.contains((String) value)) {
          missing.add(id(c) + " (" + entry.getKey() + ")");
        }
        if (description) {
          assertThat(readme).as(id(c)).contains(MarkdownFormat.escape((String) value));
        }
      }
      // outside code spans (which show their content verbatim), no HTML and no link is live
      assertThat(readme.replaceAll("(`+)(?s:.+?)\\1", ""))
          .as("the README of %s shows HTML and links as text", entry.getKey())
          .doesNotContain("<script>")
          .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:");
    }
    assertThat(missing).as("cases whose string Helm did not render byte for byte").isEmpty();
  }

  /** Writes the case's platform, descriptors and file-system setup under {@code root}. */
  private static Request setUp(Map<String, Object> c, Path root) throws IOException {
    DescriptorFixture fixture = new DescriptorFixture(root);
    Path descriptors = root.resolve("descriptors");
    Path output = root.resolve("charts");
    if (c.containsKey("moduleBase64")) {
      Files.write(
          descriptors.resolve("egov-user.yaml"),
          Base64.getDecoder().decode((String) c.get("moduleBase64")));
    } else if (!c.containsKey("fs")) {
      fixture.module(module(c));
    }
    @SuppressWarnings("unchecked")
    Map<String, String> files = (Map<String, String>) c.getOrDefault("files", Map.of());
    files.forEach((name, spec) -> fixture.descriptor(name, resolve(spec)));
    if (c.containsKey("fs")) {
      output = fileSystem((String) c.get("fs"), fixture, descriptors, output);
    }
    return Request.of(root.resolve("platform.yaml"), descriptors, output).withDisplayRoot(root);
  }

  /** The file-system setups; returns the output folder to use. */
  private static Path fileSystem(
      String setup, DescriptorFixture fixture, Path descriptors, Path output) throws IOException {
    String module = DescriptorFixture.MODULE;
    switch (setup) {
      case "dangling-symlink" -> {
        fixture.module(module);
        Files.createSymbolicLink(descriptors.resolve("gone.yaml"), Path.of("nowhere.yaml"));
      }
      case "upper-case-extension" -> fixture.descriptor("egov-user.YAML", module);
      case "folder-named-yaml" -> {
        fixture.module(module);
        Files.createDirectories(descriptors.resolve("x.yaml"));
      }
      case "output-inside-descriptors" -> {
        fixture.module(module);
        return descriptors.resolve("charts-out");
      }
      case "symlink-loop" -> {
        fixture.module(module);
        Files.createSymbolicLink(descriptors.resolve("a.yaml"), Path.of("b.yaml"));
        Files.createSymbolicLink(descriptors.resolve("b.yaml"), Path.of("a.yaml"));
      }
      case "fifo-descriptor" -> {
        fixture.module(module);
        Path fifo = descriptors.resolve("pipe.yaml");
        try {
          new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        assumeThat(Files.exists(fifo)).as("mkfifo is available").isTrue();
      }
      case "no-descriptor-folder" -> delete(descriptors);
      case "empty-descriptor-folder" -> {}
      case "yml-extension" -> fixture.descriptor("egov-user.yml", module);
      case "nested-folder" -> fixture.descriptor("core/egov-user.yaml", module);
      case "hidden-editor-backup" -> {
        fixture.module(module);
        fixture.descriptor("egov-user.yaml~", "not: [a descriptor");
      }
      case "unreadable-descriptor" -> {
        fixture.module(module);
        Path file = descriptors.resolve("egov-user.yaml");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("permissions apply (not root)").isFalse();
      }
      default -> throw new IllegalArgumentException("unknown file-system setup " + setup);
    }
    return output;
  }

  private static String module(Map<String, Object> c) {
    if (c.containsKey("module")) {
      return resolve((String) c.get("module"));
    }
    return edited(DescriptorFixture.MODULE, c);
  }

  private static String edited(String text, Map<String, Object> c) {
    @SuppressWarnings("unchecked")
    List<List<String>> edits = (List<List<String>>) c.getOrDefault("edit", List.of());
    for (List<String> edit : edits) {
      text = DescriptorFixture.edit(text, edit.get(0), edit.get(1));
    }
    return text;
  }

  /** The notation of cases.yaml: @MODULE, @MODULE|from|to|..., @CRLF, @HUGE. */
  private static String resolve(String spec) {
    String module = DescriptorFixture.MODULE;
    if (spec.startsWith("@MODULE|")) {
      String[] parts = spec.substring("@MODULE|".length()).split("\\|", -1);
      String text = module;
      for (int i = 0; i + 1 < parts.length; i += 2) {
        text = DescriptorFixture.edit(text, parts[i], parts[i + 1]);
      }
      return text;
    }
    return spec.replace("@MODULE", module)
        .replace("@CRLF", module.replace("\n", "\r\n"))
        .replace("@HUGE", module + ("# " + "x".repeat(98) + "\n").repeat(40_000));
  }

  private static void strings(Object node, List<String> out) {
    if (node instanceof String s) {
      out.add(s);
    } else if (node instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            out.add(String.valueOf(k));
            strings(v, out);
          });
    } else if (node instanceof List<?> list) {
      list.forEach(v -> strings(v, out));
    }
  }

  private static Map<String, List<String>> readExpected() throws IOException {
    Map<String, List<String>> result = new TreeMap<>();
    if (!Files.exists(EXPECTED)) {
      return result;
    }
    List<String> current = null;
    for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        current = new ArrayList<>();
        result.put(line.substring(3), current);
      } else if (current != null) {
        current.add(line);
      }
    }
    return result;
  }

  private static List<String> listing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of(Files.exists(folder) ? "(a file)" : "(none)");
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .map(
              f -> {
                try {
                  return folder.relativize(f)
                      + (Files.isRegularFile(f) ? " " + Files.readString(f).hashCode() : "");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sorted()
          .toList();
    }
  }

  private static String id(Map<String, Object> c) {
    return (String) c.get("id");
  }

  private static String slug(Map<String, Object> c) {
    return id(c).replaceAll("[^A-Za-z0-9]+", "_") + "_" + Integer.toHexString(id(c).hashCode());
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        Files.delete(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder; leave what cannot be removed
    }
  }
}
