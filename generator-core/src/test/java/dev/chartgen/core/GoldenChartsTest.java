package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Descriptor → chart, byte for byte. Each case folder under {@code golden/} holds descriptors and
 * the expected charts ({@code expected/}), and its own {@code platform.yaml} when it needs one
 * (else the shared {@code platform/platform.yaml}). Run with {@code -Dgolden.update=true} to
 * rewrite the expectations after an intended change, then review the diff like any other code
 * change.
 */
class GoldenChartsTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(GOLDEN)) {
      return folders
          .filter(f -> Files.isDirectory(f.resolve("descriptors")))
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersExactlyTheExpectedChart(String name) throws IOException {
    Path folder = GOLDEN.resolve(name);
    Path platform =
        Files.isRegularFile(folder.resolve("platform.yaml"))
            ? folder.resolve("platform.yaml")
            : GOLDEN.resolve("platform/platform.yaml");
    Request request =
        Request.of(platform, folder.resolve("descriptors"), folder.resolve("unused"))
            .withDisplayRoot(GOLDEN);

    Map<String, String> rendered = Chartgen.create().render(request);

    Path expected = folder.resolve("expected");
    if (UPDATE) {
      rewrite(expected, rendered);
    }
    assertThat(new TreeSet<>(rendered.keySet()))
        .as("files of %s (rewrite with -Dgolden.update=true)", name)
        .isEqualTo(files(expected));
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      assertThat(file.getValue())
          .as("%s/%s (rewrite with -Dgolden.update=true)", name, file.getKey())
          .isEqualTo(Files.readString(expected.resolve(file.getKey()), StandardCharsets.UTF_8));
    }
  }

  private static TreeSet<String> files(Path root) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(f -> files.add(root.relativize(f).toString().replace('\\', '/')));
    }
    return files;
  }

  private static void rewrite(Path expected, Map<String, String> rendered) throws IOException {
    if (Files.isDirectory(expected)) {
      try (Stream<Path> walk = Files.walk(expected)) {
        walk.sorted(java.util.Comparator.reverseOrder())
            .forEach(
                p -> {
                  try {
                    Files.delete(p);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
    }
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      Path target = expected.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
