package dev.chartgen.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's file-system cases: what is refused before any change, what is kept. */
class OutputWriterTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L); // 2001-01-01

  @TempDir Path work;

  @Test
  void aCleanRunLeavesNoWorkFolderAndNoTemporaryFile() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out"));

    OutputWriter.Outcome outcome = new OutputWriter(out).write(change.after);

    assertThat(Trees.all(out)).isEqualTo(change.clean);
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.map(path -> path.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp") || name.equals(OutputWriter.WORK_FOLDER));
    }
    assertThat(outcome.written())
        .contains("egov-user/values.yaml", "egov-user/templates/extra.yaml", "helmfile.yaml");
    assertThat(outcome.removed()).contains("pgr-services/README.md", "mailbot-cron/Chart.yaml");
  }

  /** The real file system, staging on several threads, failing to write one chart's files. */
  private static final class ConcurrentOps extends CountingFileOps {
    final java.util.Set<Thread> writers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final String failing;

    ConcurrentOps(String failing) {
      this.failing = failing;
    }

    @Override
    public boolean concurrent() {
      return true;
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
      writers.add(Thread.currentThread());
      if (failing != null && file.toString().contains(failing)) {
        throw new IOException("injected fault writing " + file);
      }
      super.write(file, content);
    }
  }

  @Test
  void chartsStagedOnSeveralThreadsGiveTheSameOutput() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out"));
    ConcurrentOps ops = new ConcurrentOps(null);

    new OutputWriter(out, ops).write(change.after);

    assertThat(Trees.all(out)).isEqualTo(change.clean);
    assertThat(ops.writers).hasSizeGreaterThan(1);
    assertThat(out.resolve(OutputWriter.WORK_FOLDER)).doesNotExist();
  }

  @Test
  void aFailureWhileStagingOnSeveralThreadsChangesNothing() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out"));
    ConcurrentOps ops = new ConcurrentOps("egov-user");

    assertThatThrownBy(() -> new OutputWriter(out, ops).write(change.after))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("injected fault writing");

    assertThat(Trees.all(out)).isEqualTo(change.old);
    assertThat(ops.writers).hasSizeGreaterThan(1);
    assertThat(out.resolve(OutputWriter.WORK_FOLDER)).doesNotExist();
  }

  @Test
  void unchangedFilesAreNotRewrittenAndKeepTheirModificationTimes() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out"));
    try (Stream<Path> all = Files.walk(out)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, LONG_AGO);
      }
    }

    new OutputWriter(out).write(change.after);

    for (String unchanged :
        List.of(
            "redis/values.yaml", // an unchanged chart is not touched
            "kafka/Chart.yaml",
            "egov-user/Chart.yaml", // an unchanged file of a changed chart is carried over
            "egov-user/my-notes.txt", // so is the user's file
            "environments/dev/values.yaml")) {
      assertThat(Files.getLastModifiedTime(out.resolve(unchanged)))
          .as(unchanged)
          .isEqualTo(LONG_AGO);
    }
    assertThat(Files.getLastModifiedTime(out.resolve("egov-user/values.yaml")))
        .isNotEqualTo(LONG_AGO);

    CountingFileOps again = new CountingFileOps();
    OutputWriter.Outcome second = new OutputWriter(out, again).write(change.after);
    assertThat(second.written()).isEmpty();
    assertThat(again.trace()).allMatch(op -> op.startsWith("read ") || op.startsWith("list "));
  }

  @Test
  void theUsersFilesAreKeptAndReportedInChangedAndRemovedCharts() {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out"));

    OutputWriter.Outcome outcome = new OutputWriter(out).write(change.after);

    assertThat(outcome.kept())
        .containsExactly("egov-user/my-notes.txt", "mailbot-cron/keep-me.txt");
    assertThat(Trees.visible(out)).containsAllEntriesOf(RealisticChange.USER_FILES);
    assertThat(Trees.unit(Trees.visible(out), "mailbot-cron"))
        .containsOnlyKeys("mailbot-cron/keep-me.txt");
  }

  @Test
  void anOutputFolderThatIsAFileIsRefused() throws IOException {
    Path out = Files.writeString(work.resolve("charts-out"), "a file\n");

    assertThatThrownBy(() -> new OutputWriter(out).write(Map.of("a/Chart.yaml", "x\n")))
        .isInstanceOf(OutputException.class)
        .hasMessage(out + ": is a file, not a folder; chartgen writes charts into this folder");
    assertThat(out).hasContent("a file");
  }

  @Test
  void aManifestNamingPathsOutsideTheOutputFolderStopsTheRunBeforeAnyChange() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out"));
    Path outside = Files.writeString(work.resolve("outside.txt"), "not chartgen's\n");
    Path manifest = out.resolve(OutputWriter.MANIFEST);
    String lines = Files.readString(manifest);
    Files.writeString(manifest, "../outside.txt\n" + lines + "/etc/hostname\n");
    Map<String, String> before = Trees.all(out);
    int last = lines.split("\n").length + 2;

    assertThatThrownBy(() -> new OutputWriter(out).write(change.after))
        .isInstanceOf(OutputException.class)
        .hasMessage(
            "cannot write %1$s, so nothing was changed:%n"
                + "  %2$s:1: '../outside.txt' leaves the output folder; this manifest was changed"
                + " by hand: restore it, or delete the output folder and generate again%n"
                + "  %2$s:%3$d: '/etc/hostname' is absolute, outside the output folder; this"
                + " manifest was changed by hand: restore it, or delete the output folder and"
                + " generate again",
            out.toRealPath(), out.toRealPath().resolve(OutputWriter.MANIFEST), last);
    assertThat(Trees.all(out)).isEqualTo(before);
    assertThat(outside).hasContent("not chartgen's");
  }

  @Test
  void aReadOnlyChartFolderStopsTheRunBeforeAnyChange() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out")).toRealPath();
    Path readOnly = out.resolve("pgr-services/templates");
    CountingFileOps ops =
        new CountingFileOps() {
          @Override
          public boolean isWritable(Path path) {
            return !path.equals(readOnly) && super.isWritable(path);
          }
        };

    assertThatThrownBy(() -> new OutputWriter(out, ops).write(change.after))
        .isInstanceOf(OutputException.class)
        .hasMessage(
            "cannot write %s, so nothing was changed:%n  %s: is read-only, so pgr-services cannot be"
                + " replaced: make it writable",
            out, readOnly);
    assertThat(Trees.all(out)).isEqualTo(change.old);
    assertThat(ops.trace()).allMatch(op -> op.startsWith("read ") || op.startsWith("list "));
  }

  @Test
  void aReallyReadOnlyChartFolderStopsTheRunBeforeAnyChange() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out")).toRealPath();
    Path readOnly = out.resolve("pgr-services/templates");
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(readOnly)).as("not root, so permissions hold").isFalse();
      assertThatThrownBy(() -> new OutputWriter(out).write(change.after))
          .isInstanceOf(OutputException.class)
          .hasMessageContaining(readOnly + ": is read-only, so pgr-services cannot be replaced");
      assertThat(Trees.all(out)).isEqualTo(change.old);
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aUsersFileWhereChartgenWritesIsNeverOverwritten() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out")).toRealPath();
    Files.createDirectories(out.resolve("new-service"));
    Files.writeString(out.resolve("new-service/Chart.yaml"), "the user's own chart\n");
    Map<String, String> before = Trees.all(out);

    assertThatThrownBy(() -> new OutputWriter(out).write(change.after))
        .isInstanceOf(OutputException.class)
        .hasMessage(
            "cannot write %s, so nothing was changed:%n  %s: is not chartgen's (not in"
                + " .chartgen-manifest) and chartgen would overwrite it: move it out of the"
                + " output folder",
            out, out.resolve("new-service/Chart.yaml"));
    assertThat(Trees.all(out)).isEqualTo(before);
  }

  @Test
  void aUsersFileWithExactlyChartgensContentIsAdopted() throws IOException {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out"));
    Files.createDirectories(out.resolve("new-service"));
    Files.writeString(
        out.resolve("new-service/Chart.yaml"), change.after.get("new-service/Chart.yaml"));

    OutputWriter.Outcome outcome = new OutputWriter(out).write(change.after);

    assertThat(outcome.unchanged()).contains("new-service/Chart.yaml");
    assertThat(Trees.all(out)).isEqualTo(change.clean);
  }

  @Test
  void aFileUnitCanBecomeAFolderAndBack() {
    Path out = work.resolve("out");
    new OutputWriter(out).write(Map.of("x", "a file\n", "y/a.yaml", "a\n"));

    new OutputWriter(out).write(Map.of("x/a.yaml", "now a folder\n", "y", "now a file\n"));

    assertThat(Trees.all(out))
        .containsOnlyKeys(".chartgen-manifest", "x/a.yaml", "y")
        .containsEntry("y", "now a file\n");
  }

  @Test
  void aDamagedJournalStopsTheRunAndIsNamed() throws IOException {
    Path out = work.resolve("out");
    new OutputWriter(out).write(Map.of("a/Chart.yaml", "a\n"));
    Path journal =
        Files.createDirectories(out.resolve(OutputWriter.WORK_FOLDER)).resolve("journal");
    Files.writeString(journal, "chartgen-journal 1\nreplace ../elsewhere\n");

    assertThatThrownBy(() -> new OutputWriter(out).write(Map.of("a/Chart.yaml", "b\n")))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining(
            journal.toRealPath() + ":2: 'replace ../elsewhere' is not a step chartgen writes");
    assertThat(out.resolve("a/Chart.yaml")).hasContent("a");
  }

  @Test
  void aStopBeforeTheCommitPointIsDiscardedAndOneAfterItIsFinished() {
    RealisticChange change = new RealisticChange(work);
    Path out = change.copyOfStart(work.resolve("out"));
    CountingFileOps counting = new CountingFileOps();
    new OutputWriter(change.copyOfStart(work.resolve("count")), counting).write(change.after);
    int commit =
        counting
                .trace()
                .indexOf(
                    counting.trace().stream()
                        .filter(op -> op.contains("journal.draft ->"))
                        .findFirst()
                        .orElseThrow())
            + 1;

    assertThatThrownBy(
            () ->
                new OutputWriter(out, new FaultyFileOps(commit, FaultyFileOps.Mode.CRASH))
                    .write(change.after))
        .isInstanceOf(OutputException.class);
    assertThat(Trees.visible(out)).isEqualTo(change.old);
    assertThat(out.resolve(OutputWriter.WORK_FOLDER)).exists();
    new OutputWriter(out).write(change.before);
    assertThat(Trees.all(out)).isEqualTo(change.old);

    assertThatThrownBy(
            () ->
                new OutputWriter(out, new FaultyFileOps(commit + 1, FaultyFileOps.Mode.CRASH))
                    .write(change.after))
        .isInstanceOf(OutputException.class);
    assertThat(Trees.visible(out)).isEqualTo(change.old);
    new OutputWriter(out)
        .write(change.before); // finishes the interrupted run first, then undoes it
    assertThat(Trees.all(out)).isEqualTo(change.old);
  }
}
