package dev.chartgen.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A realistic change of an output folder, from the committed sample charts: a chart changed (a file
 * changed, one added), one with a file removed, one removed, one added, two unchanged, a top-level
 * file changed, an environments folder gaining a file; and the user's own files at the top, in the
 * changed chart and in the removed chart.
 */
final class RealisticChange {

  static final Path COMMITTED = Path.of("..", "charts-out").toAbsolutePath().normalize();

  static final Map<String, String> USER_FILES =
      Map.of(
          "NOTES.md", "the user's notes\n",
          "egov-user/my-notes.txt", "the user's file in a chart that changes\n",
          "mailbot-cron/keep-me.txt", "the user's file in a chart that goes away\n");

  final Map<String, String> before = new TreeMap<>();
  final Map<String, String> after = new TreeMap<>();

  /** The output folder before the change (written by chartgen, plus the user's files). */
  final Path start;

  /** Every visible file of {@link #start}, and of the folder after a clean run of the change. */
  final Map<String, String> old;

  final Map<String, String> clean;

  RealisticChange(Path work) {
    for (String chart : Set.of("egov-user", "mailbot-cron", "redis", "kafka", "pgr-services")) {
      Trees.unit(Trees.visible(COMMITTED), chart).forEach(before::put);
    }
    before.put("helmfile.yaml", "releases:\n  - name: egov-user\n");
    before.put("environments/dev/values.yaml", "replicas: 1\n");
    after.putAll(before);
    after.computeIfPresent("egov-user/values.yaml", (path, text) -> text + "# changed\n");
    after.put("egov-user/templates/extra.yaml", "# added\n");
    after.keySet().removeIf(path -> path.startsWith("mailbot-cron/"));
    assertThat(after.remove("pgr-services/README.md")).isNotNull();
    Trees.unit(Trees.visible(COMMITTED), "gateway")
        .forEach(
            (path, text) -> after.put("new-service" + path.substring("gateway".length()), text));
    after.put("helmfile.yaml", "releases:\n  - name: egov-user\n  - name: new-service\n");
    after.put("environments/prod/values.yaml", "replicas: 2\n");

    start = work.resolve("start");
    new OutputWriter(start, new NioFileOps(false)).write(before);
    Trees.write(start, USER_FILES);
    old = Trees.visible(start);
    Path cleanRun = work.resolve("clean");
    Trees.copy(start, cleanRun);
    new OutputWriter(cleanRun, new NioFileOps(false)).write(after);
    clean = Trees.visible(cleanRun);
    assertThat(Trees.all(cleanRun)).isEqualTo(clean);
    assertThat(clean).containsAllEntriesOf(USER_FILES).isNotEqualTo(old);
  }

  /** A fresh copy of the starting folder at {@code target}. */
  Path copyOfStart(Path target) {
    Trees.delete(target);
    Trees.copy(start, target);
    return target;
  }

  /**
   * Asserts that every unit of {@code out} is entirely old or entirely new, except at most one
   * absent unit while a journal says a swap is under way.
   *
   * @return whether a unit was absent
   */
  boolean assertEachUnitOldOrNew(Path out, String when) {
    Map<String, String> now = Trees.visible(out);
    Set<String> units = new TreeSet<>();
    for (Map<String, String> snapshot : java.util.List.of(old, clean, now)) {
      snapshot.keySet().forEach(path -> units.add(OutputPaths.unitOf(path)));
    }
    boolean journal = Files.exists(out.resolve(OutputWriter.WORK_FOLDER).resolve("journal"));
    int absent = 0;
    for (String unit : units) {
      Map<String, String> files = Trees.unit(now, unit);
      if (files.equals(Trees.unit(old, unit)) || files.equals(Trees.unit(clean, unit))) {
        continue;
      }
      if (files.isEmpty() && journal) {
        absent++;
        continue;
      }
      fail(
          "%s: %s is neither its old nor its new version:%n now %s%n old %s%n new %s",
          when,
          unit,
          files.keySet(),
          Trees.unit(old, unit).keySet(),
          Trees.unit(clean, unit).keySet());
    }
    assertThat(absent).as("%s: units absent at once", when).isLessThanOrEqualTo(1);
    return absent > 0;
  }

  /** Asserts that {@code out} holds exactly the clean result, and no work folder. */
  void assertClean(Path out, String when) {
    assertThat(Trees.all(out)).as("%s: the folder after the repair run", when).isEqualTo(clean);
    assertThat(out.resolve(OutputWriter.WORK_FOLDER)).as(when).doesNotExist();
  }

  static void writeAll(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
