package dev.chartgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files chartgen owns in the output folder, one path a line, sorted. Only files it lists are
 * ever replaced or removed; anything else in the folder is the user's.
 *
 * @param paths the owned paths, relative to the output folder
 * @param text the manifest as found on disk, empty when there is none
 */
record Manifest(Set<String> paths, String text) {

  Manifest {
    paths = Set.copyOf(paths);
  }

  /** The manifest's text for {@code paths}. */
  static String render(Collection<String> paths) {
    return String.join("\n", new TreeSet<>(paths)) + "\n";
  }

  /**
   * Reads the manifest, adding to {@code problems} every line that names a path chartgen could not
   * own (outside the output folder, absolute, or one of its own names).
   */
  static Manifest read(FileOps ops, OutputPaths paths, List<String> problems) {
    if (!ops.exists(paths.manifest())) {
      return new Manifest(Set.of(), "");
    }
    String shown = paths.manifest().toString();
    if (ops.isDirectory(paths.manifest())) {
      problems.add(shown + ": is a folder; chartgen keeps its list of owned files in this file");
      return new Manifest(Set.of(), "");
    }
    String text;
    try {
      text = new String(ops.read(paths.manifest()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(shown + ": cannot be read: " + e);
      return new Manifest(Set.of(), "");
    }
    Set<String> owned = new TreeSet<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      Optional<String> problem = OutputPaths.problem(line);
      if (problem.isPresent()) {
        problems.add(
            String.format(
                "%s:%d: '%s' %s; this manifest was changed by hand: restore it, or delete the"
                    + " output folder and generate again",
                shown, i + 1, line, problem.get()));
      } else {
        owned.add(line);
      }
    }
    return new Manifest(owned, text);
  }
}
