package dev.chartgen.core;

import dev.chartgen.core.incremental.Digest;
import dev.chartgen.core.incremental.Inputs;
import dev.chartgen.core.incremental.LastRun;
import dev.chartgen.core.incremental.OutputSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the goals that work on the generated charts (lint, package) give their last result again when
 * nothing they read or wrote changed: the one place that decides it, with {@link LastRun}.
 */
final class GoalRecord {

  private GoalRecord() {}

  /**
   * What a run gave, and what to keep of it.
   *
   * @param lines what to keep, from which the result is given again
   * @param files the files the run wrote, relative to the goal's folder
   */
  record Done<T>(T result, List<String> lines, List<String> files) {}

  /**
   * The fingerprint of what a goal working on the generated charts reads: what validation reads
   * (the descriptors, platform and environment files byte for byte, chartgen itself), every file of
   * the charts folder by size and modification time (as generate's snapshot), and the goal's own
   * settings; empty when a file cannot be read (then the goal runs).
   */
  static Optional<String> key(Request charts, String goal, Consumer<Digest> settings) {
    return Chartgen.validatedKey(charts)
        .map(
            validated -> {
              Digest digest =
                  Digest.start()
                      .add("chartgen " + goal + " run 1")
                      .add(validated)
                      .add(absolute(charts.outputDirectory()));
              Inputs.tree(digest, charts.outputDirectory(), false);
              settings.accept(digest);
              return digest.hex();
            });
  }

  /**
   * The last result, given again when recorded under {@code key} in {@code charts}' state folder
   * with every file it wrote in {@code folder} as written (and {@code repeat} reads its lines);
   * otherwise {@code run}'s, recorded for the next time.
   *
   * @param folder where the goal writes its files, or null when it writes none
   */
  static <T> T repeatOrRun(
      Request charts,
      String goal,
      Optional<String> key,
      Path folder,
      Function<List<String>, Optional<T>> repeat,
      Supplier<Done<T>> run) {
    Path state = charts.stateDirectory();
    if (state != null && key.isPresent()) {
      Optional<LastRun> last = LastRun.read(state, goal);
      if (last.isPresent() && last.get().repeats(key.get(), folder)) {
        Optional<T> repeated = repeat.apply(last.get().lines());
        if (repeated.isPresent()) {
          return repeated.get();
        }
      }
      LastRun.forget(state, goal);
    }
    Done<T> done = run.get();
    if (state != null && key.isPresent()) {
      new LastRun(
              key.get(),
              done.lines(),
              folder == null
                  ? new OutputSnapshot(Map.of())
                  : OutputSnapshot.of(folder, done.files()))
          .write(state, goal);
    }
    return done.result();
  }

  static String absolute(Path path) {
    return path == null ? "none" : path.toAbsolutePath().normalize().toString();
  }
}
