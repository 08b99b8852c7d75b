package dev.chartgen.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a separate JVM writing a realistic change (the write stage of generate, on the real disk,
 * syncing) with {@link Process#destroyForcibly()}: at chosen operations (every rename, the
 * journal's commit and deletion, and every 12th other operation) and after timed delays. After each
 * kill every chart is entirely old or entirely new, and the next run leaves exactly the clean
 * output.
 */
class KillTest {

  private static final long[] DELAYS_MS = {0, 2, 5, 10, 20, 40, 80, 160};

  @TempDir Path work;

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void killedAtManyPointsEveryChartIsOldOrNewAndTheNextRunFinishes()
      throws IOException, InterruptedException {
    RealisticChange change = new RealisticChange(work);
    Path files = work.resolve("after.files");
    KillMain.write(files, change.after);
    CountingFileOps counting = new CountingFileOps();
    new OutputWriter(change.copyOfStart(work.resolve("count")), counting).write(change.after);
    List<String> trace = counting.trace();
    List<Integer> points = new ArrayList<>();
    for (int k = 1; k <= trace.size(); k++) {
      String op = trace.get(k - 1);
      if (op.startsWith("move") || op.endsWith("/journal") || k % 12 == 1) {
        points.add(k);
      }
    }

    int midway = 0;
    for (int k : points) {
      String when = "killed before operation " + k + " (" + trace.get(k - 1) + ")";
      Path out = change.copyOfStart(work.resolve("out"));
      Process child = start(files, out, k);
      try {
        assertThat(lineAfterStart(child, true)).as(when).startsWith("PAUSED " + k + " ");
      } finally {
        child.destroyForcibly().waitFor();
      }
      midway += check(change, out, when);
    }
    int timed = 0;
    for (long delay : DELAYS_MS) {
      String when = "killed " + delay + " ms after the write started";
      Path out = change.copyOfStart(work.resolve("out"));
      Process child = start(files, out, 0);
      try {
        lineAfterStart(child, false);
        TimeUnit.MILLISECONDS.sleep(delay);
      } finally {
        child.destroyForcibly().waitFor();
      }
      midway += check(change, out, when);
      timed++;
    }
    System.out.printf(
        "kill test: %d separate JVMs killed at injected points of %d operations and %d after"
            + " timed delays; %d left a change under way; every chart old or new, all repaired%n",
        points.size(), trace.size(), timed, midway);
    assertThat(points.size()).isGreaterThanOrEqualTo(25);
    assertThat(midway).isPositive();
  }

  /**
   * Kills chartgen's real generate (samples with one chart changed and one removed) as soon as its
   * journal appears, that is while it swaps charts in.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void killingTheRealGenerateWhileItSwapsLeavesEveryChartOldOrNew()
      throws IOException, InterruptedException {
    Path samples = RealisticChange.COMMITTED.resolveSibling("samples");
    Path descriptors = work.resolve("descriptors");
    Trees.copy(samples.resolve("descriptors"), descriptors);
    Path user = descriptors.resolve("core/egov-user.yaml");
    Files.writeString(user, Files.readString(user).replace("port: 8080", "port: 8081"));
    Files.delete(descriptors.resolve("utilities/mailbot-cron.yaml"));
    Path out = work.resolve("out");
    Trees.copy(RealisticChange.COMMITTED, out);
    Map<String, String> old = Trees.all(out);
    // rendered for out: with out's chartgen.lock, as the child's generate reads it
    Map<String, String> after =
        Chartgen.create().render(Request.of(samples.resolve("platform.yaml"), descriptors, out));

    Process child =
        java(
            GenerateMain.class,
            samples.resolve("platform.yaml").toString(),
            descriptors.toString(),
            out.toString());
    Path journal = out.resolve(OutputWriter.WORK_FOLDER).resolve("journal");
    boolean seen = false;
    try {
      while (child.isAlive() && !(seen = Files.exists(journal))) {
        Thread.onSpinWait();
      }
    } finally {
      child.destroyForcibly().waitFor();
    }

    Path clean = work.resolve("clean");
    Trees.copy(RealisticChange.COMMITTED, clean);
    new OutputWriter(clean).write(after);
    Map<String, String> expected = Trees.all(clean);
    assertThat(expected).isNotEqualTo(old);
    Map<String, String> now = Trees.visible(out);
    Set<String> units = new TreeSet<>();
    for (Map<String, String> snapshot : List.of(old, expected, now)) {
      snapshot.keySet().forEach(path -> units.add(OutputPaths.unitOf(path)));
    }
    int absent = 0;
    for (String unit : units) {
      Map<String, String> files = Trees.unit(now, unit);
      // a chart caught between its old files moving out and its new ones moving in; a removed
      // chart that is gone is simply new, not caught midway
      if (files.isEmpty()
          && !Trees.unit(old, unit).isEmpty()
          && !Trees.unit(expected, unit).isEmpty()
          && Files.exists(journal)) {
        absent++;
      } else {
        assertThat(files).as(unit).isIn(Trees.unit(old, unit), Trees.unit(expected, unit));
      }
    }
    assertThat(absent).isLessThanOrEqualTo(1);
    System.out.printf(
        "kill test: the real generate killed %s; every chart old or new%n",
        seen ? "once its journal appeared" : "(it had finished: journal not seen)");

    new OutputWriter(out).write(after);
    assertThat(Trees.all(out)).isEqualTo(expected);
  }

  private static int check(RealisticChange change, Path out, String when) {
    boolean journal = Files.exists(out.resolve(OutputWriter.WORK_FOLDER).resolve("journal"));
    change.assertEachUnitOldOrNew(out, when);
    new OutputWriter(out).write(change.after);
    change.assertClean(out, when);
    return journal ? 1 : 0;
  }

  private Process start(Path files, Path out, int pauseAt) throws IOException {
    return java(KillMain.class, files.toString(), out.toString(), Integer.toString(pauseAt));
  }

  private Process java(Class<?> main, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(work.resolve("child.err").toFile()).start();
  }

  /** Reads the child's {@code START}, then, when it is to pause, the line it pauses with. */
  private String lineAfterStart(Process child, boolean pauses) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String start = out.readLine();
    assertThat(start).as("child's first line; its errors: %s", errors()).isEqualTo("START");
    return pauses ? out.readLine() : null;
  }

  private String errors() throws IOException {
    Path err = work.resolve("child.err");
    return Files.exists(err) ? Files.readString(err) : "";
  }
}
