package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.write.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental run writes exactly what a full run writes. The same series of edits is applied to
 * one platform; after each edit, one output folder is generated incrementally (with a state folder)
 * and another by a full run (no state), and the two are compared byte for byte, manifest and lock
 * file included.
 */
class IncrementalGenerateTest {

  @TempDir Path work;
  private Path platform;
  private Path descriptors;
  private Path incrementalOut;
  private Path fullOut;
  private Path state;

  @BeforeEach
  void copySamples() throws IOException {
    Trees.copy(Samples.ROOT.resolve("samples/descriptors"), work.resolve("p/descriptors"));
    Trees.copy(Samples.ROOT.resolve("samples/environments"), work.resolve("p/environments"));
    Files.copy(Samples.PLATFORM, work.resolve("p/platform.yaml"));
    platform = work.resolve("p/platform.yaml");
    descriptors = work.resolve("p/descriptors");
    incrementalOut = work.resolve("incremental-out");
    fullOut = work.resolve("full-out");
    state = work.resolve("target/chartgen-state");
  }

  private GenerateResult incremental() {
    return Chartgen.create()
        .generate(
            Request.of(platform, descriptors, incrementalOut)
                .withDisplayRoot(work)
                .withStateDirectory(state));
  }

  private void fullAndCompare() throws IOException {
    Chartgen.create().generate(Request.of(platform, descriptors, fullOut).withDisplayRoot(work));
    assertThat(tree(incrementalOut)).containsExactlyEntriesOf(tree(fullOut));
  }

  @Test
  void aSeriesOfEditsGivesWhatFullRunsGive() throws IOException {
    GenerateResult first = incremental();
    assertThat(first.written()).isNotEmpty();
    fullAndCompare();
    // generate's state, and the record of the inputs it found valid (for the next validate)
    assertThat(Files.list(state).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("generate.state", "validate.run");
    assertThat(Files.exists(incrementalOut.resolve("generate.state"))).isFalse();

    // nothing changed: nothing is rendered or written
    GenerateResult noop = incremental();
    assertThat(noop.written()).isEmpty();
    assertThat(noop.unchanged())
        .containsAll(
            first.written().stream().filter(p -> !p.equals(".chartgen-manifest")).toList());
    fullAndCompare();

    // one descriptor's own setting: only its chart (and the lock file, the umbrellas) are written
    edit(
        descriptors.resolve("core/egov-user.yaml"),
        "REFRESH_TOKEN_VALIDITY_IN_MINUTES: \"20160\"",
        "REFRESH_TOKEN_VALIDITY_IN_MINUTES: \"20161\"");
    GenerateResult one = incremental();
    assertThat(one.written())
        .isNotEmpty()
        .allMatch(
            p ->
                p.startsWith("egov-user/")
                    || p.equals("chartgen.lock")
                    || p.startsWith("umbrella/"), // the umbrellas list egov-user's new version
            "only egov-user, its umbrellas and the lock file");
    fullAndCompare();

    // a port other modules call: their computed URLs change, so they are rendered again
    edit(descriptors.resolve("core/egov-user.yaml"), "      port: 8080", "      port: 8081");
    GenerateResult port = incremental();
    assertThat(port.written()).anyMatch(p -> p.startsWith("egov-hrms/"));
    fullAndCompare();

    // a route of egov-user's Ingress to egov-hrms: egov-hrms's NetworkPolicy now admits the
    // ingress controller, so its chart is rendered again though its descriptor did not change
    edit(
        descriptors.resolve("core/egov-user.yaml"),
        "    paths: [/user]\n",
        "    paths: [/user]\n    routes: [ { path: /hrms-direct, module: egov-hrms } ]\n");
    GenerateResult route = incremental();
    assertThat(route.written()).contains("egov-hrms/templates/networkpolicy.yaml");
    fullAndCompare();

    // the platform file, an environment file
    edit(platform, "registry: docker.io/egovio", "registry: registry.example.org/egovio");
    incremental();
    fullAndCompare();
    edit(work.resolve("p/environments/dev.yaml"), "timezone: Asia/Kolkata", "timezone: UTC");
    incremental();
    fullAndCompare();

    // a module added, then another removed
    Path copy = descriptors.resolve("core/egov-user-copy.yaml");
    Files.writeString(
        copy,
        Files.readString(descriptors.resolve("core/egov-user.yaml"), StandardCharsets.UTF_8)
            .replace("  name: egov-user\n", "  name: egov-user-copy\n")
            .replace("paths: [/user]", "paths: [/user-copy]")
            .replace("path: /hrms-direct,", "path: /hrms-direct-copy,"),
        StandardCharsets.UTF_8);
    incremental();
    fullAndCompare();
    Files.delete(descriptors.resolve("utilities/mailbot-cron.yaml"));
    incremental();
    fullAndCompare();
    assertThat(incrementalOut.resolve("mailbot-cron")).doesNotExist();

    // a generated file edited by hand, a chart folder deleted: put back as a full run does
    Files.writeString(incrementalOut.resolve("redis/values.yaml"), "edited: by hand\n");
    deleteTree(incrementalOut.resolve("kafka"));
    Files.writeString(fullOut.resolve("redis/values.yaml"), "edited: by hand\n");
    deleteTree(fullOut.resolve("kafka"));
    incremental();
    fullAndCompare();

    // the state folder removed: a full run, same output
    deleteTree(state);
    assertThat(incremental().written()).isEmpty();
    fullAndCompare();
  }

  @Test
  void theStateFolderIsNeverInsideTheOutputFolder() {
    assertThatThrownBy(
            () ->
                Chartgen.create()
                    .generate(
                        Request.of(platform, descriptors, incrementalOut)
                            .withStateDirectory(incrementalOut.resolve(".state"))))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("inside the output folder");
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
