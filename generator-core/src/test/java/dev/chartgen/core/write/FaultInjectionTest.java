package dev.chartgen.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails the file system at every operation k of a realistic change, once (a transient fault: the
 * writer undoes its work) and for good (a crash: nothing more happens, not even the undo). After
 * each failure every unit is entirely old or entirely new, and the next run leaves exactly the
 * clean result. Runs on an in-memory file system (jimfs) for every k, and on the real disk for a
 * sample of k.
 */
class FaultInjectionTest {

  @TempDir Path disk;

  @Test
  void aFaultAtAnyOperationLeavesEveryUnitOldOrNewAndTheNextRunRepairs() throws IOException {
    try (FileSystem memory = Jimfs.newFileSystem(Configuration.unix())) {
      Path work = Files.createDirectories(memory.getPath("/work"));
      Tally tally = failAtEveryK(new RealisticChange(work), work, 1, true);
      System.out.printf(
          "fault injection (jimfs): %d operations x 2 modes = %d faults; %d left the old output,"
              + " %d the new one, %d stopped mid-change (%d with one unit absent), and their"
              + " repair runs crashed %d times more; all repaired%n",
          tally.operations,
          tally.faults,
          tally.old,
          tally.complete,
          tally.midway,
          tally.absent,
          tally.nested);
      assertThat(tally.faults).isEqualTo(2 * tally.operations);
      assertThat(tally.midway).as("crashes after the commit point").isPositive();
      assertThat(tally.absent).as("crashes between the two renames of a swap").isPositive();
      assertThat(tally.old).as("faults before the commit point or undone").isPositive();
      assertThat(tally.complete).as("faults while cleaning up").isPositive();
      assertThat(tally.nested).as("crashes of the repair run").isGreaterThan(tally.midway);
    }
  }

  @Test
  void onTheRealDiskToo() {
    Tally tally = failAtEveryK(new RealisticChange(disk), disk, 13, false);
    System.out.printf(
        "fault injection (disk): every 13th of %d operations x 2 modes = %d faults; all repaired%n",
        tally.operations, tally.faults);
    assertThat(tally.midway).isPositive();
  }

  private static final class Tally {
    int operations;
    int faults;
    int old;
    int complete;
    int midway;
    int absent;
    int nested;
  }

  /**
   * Crashes the run that repairs {@code stopped} as well, at each of its recovery's renames and
   * syncs and every 10th other recovery step, then checks the state and that one more run repairs.
   *
   * @return how many repair runs were crashed
   */
  private static int crashTheRepair(RealisticChange change, Path stopped, Path copy, String first) {
    CountingFileOps counting = new CountingFileOps();
    new OutputWriter(copyOf(stopped, copy), counting).write(change.after);
    List<String> trace = counting.trace();
    int recovery = 0;
    while (recovery < trace.size() && !trace.get(recovery).endsWith(OutputWriter.MANIFEST)) {
      recovery++;
    }
    int crashes = 0;
    for (int j = 1; j <= recovery; j++) {
      String op = trace.get(j - 1);
      if (!op.startsWith("move") && !op.startsWith("sync") && j % 10 != 0) {
        continue;
      }
      String when = first + ", then the repair crashed at " + j + " (" + op + ")";
      Path out = copyOf(stopped, copy);
      int k = j;
      assertThatThrownBy(
              () ->
                  new OutputWriter(out, new FaultyFileOps(k, FaultyFileOps.Mode.CRASH))
                      .write(change.after))
          .as(when)
          .isInstanceOf(OutputException.class);
      change.assertEachUnitOldOrNew(out, when);
      new OutputWriter(out, new NioFileOps(false)).write(change.after);
      change.assertClean(out, when);
      crashes++;
    }
    return crashes;
  }

  private static Path copyOf(Path from, Path to) {
    Trees.delete(to);
    Trees.copy(from, to);
    return to;
  }

  private static Tally failAtEveryK(RealisticChange change, Path work, int step, boolean nested) {
    CountingFileOps counting = new CountingFileOps();
    new OutputWriter(change.copyOfStart(work.resolve("count")), counting).write(change.after);
    List<String> trace = counting.trace();
    assertThat(trace).anyMatch(op -> op.startsWith("move")).anyMatch(op -> op.startsWith("copy"));
    Tally tally = new Tally();
    tally.operations = trace.size();
    for (FaultyFileOps.Mode mode : FaultyFileOps.Mode.values()) {
      for (int k = 1; k <= trace.size(); k += step) {
        String when = mode + " at operation " + k + " (" + trace.get(k - 1) + ")";
        Path out = change.copyOfStart(work.resolve("out"));
        FaultyFileOps faulty = new FaultyFileOps(k, mode);

        assertThatThrownBy(() -> new OutputWriter(out, faulty).write(change.after))
            .as(when)
            .isInstanceOf(OutputException.class)
            .hasMessageContaining("injected fault at operation " + k);
        tally.faults++;

        Map<String, String> visible = Trees.visible(out);
        boolean journal = Files.exists(out.resolve(OutputWriter.WORK_FOLDER).resolve("journal"));
        if (visible.equals(change.old)) {
          tally.old++;
        } else if (visible.equals(change.clean)) {
          tally.complete++;
        } else {
          assertThat(mode)
              .as("%s: a single fault is undone at once", when)
              .isEqualTo(FaultyFileOps.Mode.CRASH);
          assertThat(journal).as("%s: a mixed output without a journal", when).isTrue();
          tally.midway++;
          tally.absent += change.assertEachUnitOldOrNew(out, when) ? 1 : 0;
          if (nested) {
            tally.nested += crashTheRepair(change, out, work.resolve("nested"), when);
          }
        }
        new OutputWriter(out, new NioFileOps(false)).write(change.after);
        change.assertClean(out, when);
      }
    }
    return tally;
  }
}
