package dev.chartgen.core.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprints a build with nothing changed compares (a folder's files by size and modification
 * time, and validation's inputs byte for byte) see every kind of change, and only changes: each
 * edit below gives a fingerprint no earlier state had, and the same tree in another folder gives
 * the same one.
 */
class FingerprintTest {

  @TempDir Path work;

  private static final FileTime EPOCH = FileTime.fromMillis(1_700_000_000_000L);

  private Path file(String path, String text) throws IOException {
    Path file = work.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, EPOCH);
    return file;
  }

  private static String stamps(Path root) {
    return Inputs.tree(Digest.start(), root, false).hex();
  }

  /** Applies each edit in turn and asserts each gives a fingerprint not seen before. */
  private static void everyEditIsSeen(Supplier<String> fingerprint, List<Edit> edits)
      throws IOException {
    Set<String> seen = new HashSet<>();
    String first = fingerprint.get();
    assertThat(fingerprint.get()).as("the same tree twice").isEqualTo(first);
    seen.add(first);
    for (Edit edit : edits) {
      edit.apply();
      assertThat(seen.add(fingerprint.get())).as(edit.toString()).isTrue();
    }
  }

  @FunctionalInterface
  private interface Edit {
    void apply() throws IOException;
  }

  private static Edit named(String name, Edit edit) {
    return new Edit() {
      @Override
      public void apply() throws IOException {
        edit.apply();
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  @Test
  void aFolderByStampsSeesEveryAddedRemovedResizedRetouchedOrRenamedEntry() throws IOException {
    Path charts = work.resolve("charts-out");
    file("charts-out/alpha/Chart.yaml", "name: alpha\n");
    file("charts-out/alpha/templates/deployment.yaml", "kind: Deployment\n");
    file("charts-out/alpha-b/values.yaml", "a: 1\n");
    file("charts-out/beta/values.yaml", "b: 1\n");
    everyEditIsSeen(
        () -> stamps(charts),
        List.of(
            named(
                "same size, new time",
                () ->
                    Files.setLastModifiedTime(
                        charts.resolve("beta/values.yaml"),
                        FileTime.fromMillis(1_700_000_001_000L))),
            named(
                "same time, new size", () -> file("charts-out/alpha/Chart.yaml", "name: alpha2\n")),
            named("a file added", () -> file("charts-out/beta/extra.yaml", "x: 1\n")),
            named("an empty folder added", () -> Files.createDirectory(charts.resolve("gamma"))),
            named(
                "a file moved to another folder",
                () ->
                    Files.move(
                        charts.resolve("beta/extra.yaml"), charts.resolve("gamma/extra.yaml"))),
            named(
                "a file renamed",
                () ->
                    Files.move(
                        charts.resolve("gamma/extra.yaml"), charts.resolve("gamma/extra2.yaml"))),
            named(
                "a symbolic link added",
                () ->
                    Files.createSymbolicLink(
                        charts.resolve("gamma/link"), Path.of("../alpha/Chart.yaml"))),
            named(
                "the link pointed elsewhere",
                () -> {
                  Files.delete(charts.resolve("gamma/link"));
                  Files.createSymbolicLink(
                      charts.resolve("gamma/link"), Path.of("../beta/values.yaml"));
                }),
            named(
                "a file removed",
                () -> Files.delete(charts.resolve("alpha/templates/deployment.yaml"))),
            named("a folder removed", () -> Files.delete(charts.resolve("alpha/templates")))));
  }

  @Test
  void aFolderByStampsDependsOnItsContentNotOnWhereItIs() throws IOException {
    file("one/charts/a/Chart.yaml", "name: a\n");
    file("one/charts/a-b/Chart.yaml", "name: ab\n");
    file("two/elsewhere/charts/a/Chart.yaml", "name: a\n");
    file("two/elsewhere/charts/a-b/Chart.yaml", "name: ab\n");
    assertThat(stamps(work.resolve("one/charts")))
        .isEqualTo(stamps(work.resolve("two/elsewhere/charts")))
        .isNotEqualTo(stamps(work.resolve("one/charts/a")));
    // a single file as the root
    assertThat(stamps(work.resolve("one/charts/a/Chart.yaml")))
        .isEqualTo(stamps(work.resolve("two/elsewhere/charts/a/Chart.yaml")));
    assertThat(stamps(work.resolve("missing"))).isNotEqualTo(stamps(work.resolve("one/charts")));
  }

  @Test
  void validationsKeySeesEveryByteOfEveryInputAndFollowsLinks() throws IOException {
    Path platform = file("platform.yaml", "kind: Platform\n");
    Path descriptors = work.resolve("descriptors");
    file("descriptors/a.yaml", "kind: Module\nname: a\n");
    file("descriptors/nested/b.yaml", "kind: Module\nname: b\n");
    Path shared = file("shared/c.yaml", "kind: Module\nname: c\n");
    Supplier<String> key =
        () -> Validated.key(platform, descriptors, work.resolve("charts-out"), work).orElseThrow();
    everyEditIsSeen(
        key,
        List.of(
            // same size and time: only the bytes differ
            named(
                "a descriptor's bytes",
                () -> file("descriptors/a.yaml", "kind: Module\nname: x\n")),
            named("the platform file's bytes", () -> file("platform.yaml", "kind: Platfork\n")),
            named("a descriptor added", () -> file("descriptors/nested/d.yaml", "kind: Module\n")),
            named(
                "an environment file added",
                () -> file("environments/dev.yaml", "kind: Environment\n")),
            named(
                "a linked descriptor",
                () -> Files.createSymbolicLink(descriptors.resolve("c.yaml"), shared)),
            named(
                "the linked file's bytes", () -> file("shared/c.yaml", "kind: Module\nname: z\n")),
            named(
                "a descriptor moved to another folder",
                () ->
                    Files.move(
                        descriptors.resolve("nested/d.yaml"), descriptors.resolve("d.yaml")))));
    // a link loop cannot be fingerprinted: nothing is reused then
    Files.createSymbolicLink(descriptors.resolve("loop"), descriptors);
    assertThat(Validated.key(platform, descriptors, work.resolve("charts-out"), work))
        .isEqualTo(Optional.empty());
  }
}
