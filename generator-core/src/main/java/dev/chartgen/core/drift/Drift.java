package dev.chartgen.core.drift;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Compares a charts folder with the files that generating it would write. Reads only. */
public final class Drift {

  /** How many lines of each side a changed file shows from its first difference on. */
  static final int CONTEXT = 3;

  private Drift() {}

  /**
   * The differences between {@code folder} and {@code expected}.
   *
   * @param folder the charts folder
   * @param shownFolder the folder as named in messages
   * @param expected every file generating would write (the manifest of owned files included), by
   *     path relative to the folder
   * @param manifest the name of the manifest of files chartgen owns, in the folder
   * @param workFolder the name of the folder where writing stages its work, ignored
   */
  public static DriftReport compare(
      Path folder,
      String shownFolder,
      Map<String, String> expected,
      String manifest,
      String workFolder) {
    Path root = folder.toAbsolutePath().normalize();
    try {
      Set<String> owned = new TreeSet<>();
      Path manifestFile = root.resolve(manifest);
      if (Files.isRegularFile(manifestFile)) {
        Files.readAllLines(manifestFile, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .forEach(owned::add);
      }
      List<Difference> differences = new ArrayList<>();
      for (Map.Entry<String, String> file : new TreeMap<>(expected).entrySet()) {
        Path target = root.resolve(file.getKey());
        byte[] want = file.getValue().getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(target)) {
          differences.add(
              new Difference(Difference.Kind.ADDED, file.getKey(), 0, List.of(), List.of()));
        } else {
          byte[] have = Files.readAllBytes(target);
          if (!Arrays.equals(have, want)) {
            differences.add(
                changed(file.getKey(), new String(have, StandardCharsets.UTF_8), file.getValue()));
          }
        }
      }
      List<String> present =
          files(root).stream().filter(p -> !p.startsWith(workFolder + "/")).toList();
      List<String> userFiles = new ArrayList<>();
      for (String path : present) {
        if (expected.containsKey(path)) {
          continue;
        }
        if (owned.contains(path)) {
          differences.add(new Difference(Difference.Kind.REMOVED, path, 0, List.of(), List.of()));
        } else {
          userFiles.add(path);
        }
      }
      differences.sort(java.util.Comparator.comparing(Difference::path));
      return new DriftReport(shownFolder, differences, userFiles);
    } catch (IOException e) {
      throw new OutputException("cannot read " + root + ": " + e.getMessage(), e);
    }
  }

  private static Difference changed(String path, String committed, String generated) {
    List<String> have = committed.lines().toList();
    List<String> want = generated.lines().toList();
    int line = 0;
    while (line < have.size() && line < want.size() && have.get(line).equals(want.get(line))) {
      line++;
    }
    if (line == have.size() && line == want.size()) {
      // same lines, different line endings or final newline
      return new Difference(
          Difference.Kind.CHANGED,
          path,
          Math.max(1, line),
          List.of("(line endings or the final newline differ)"),
          List.of());
    }
    return new Difference(
        Difference.Kind.CHANGED,
        path,
        line + 1,
        have.subList(line, Math.min(have.size(), line + CONTEXT)),
        want.subList(line, Math.min(want.size(), line + CONTEXT)));
  }

  private static List<String> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
