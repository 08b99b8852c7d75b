package dev.chartgen.core.write;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names inside the output folder: paths relative to it, the unit each belongs to (its first
 * segment: a chart folder, or a file such as {@code helmfile.yaml}), and the names chartgen keeps
 * for itself.
 */
final class OutputPaths {

  /** The manifest of files chartgen owns. */
  static final String MANIFEST = ".chartgen-manifest";

  /** The hidden folder where a run stages its units and keeps its journal. */
  static final String WORK = ".chartgen-work";

  // a Windows drive (C:...); compiled once: every path a run writes is checked
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private final Path root;

  OutputPaths(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  Path manifest() {
    return root.resolve(MANIFEST);
  }

  Path work() {
    return root.resolve(WORK);
  }

  Path journal() {
    return work().resolve("journal");
  }

  Path journalDraft() {
    return work().resolve("journal.draft");
  }

  Path stagedManifest() {
    return work().resolve("manifest");
  }

  /** Where the new version of a unit is staged. */
  Path staged(String unit) {
    return work().resolve("new").resolve(unit);
  }

  /** Where the old version of a unit waits until the run is complete. */
  Path trash(String unit) {
    return work().resolve("old").resolve(unit);
  }

  Path live(String relative) {
    return root.resolve(relative);
  }

  /** How {@code path} is shown in messages. */
  String show(String relative) {
    return root.resolve(relative).toString();
  }

  static String unitOf(String relative) {
    int slash = relative.indexOf('/');
    return slash < 0 ? relative : relative.substring(0, slash);
  }

  /** The path inside its unit's folder ({@code templates/x.yaml}), empty for a file unit. */
  static String insideUnit(String relative) {
    int slash = relative.indexOf('/');
    return slash < 0 ? "" : relative.substring(slash + 1);
  }

  /**
   * Why {@code relative} cannot be a path chartgen writes: not relative, not normalised, leaving
   * the output folder, or a name chartgen keeps for itself.
   */
  static Optional<String> problem(String relative) {
    if (relative.isEmpty()) {
      return Optional.of("is empty");
    }
    if (relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
      return Optional.of("contains a backslash or NUL");
    }
    if (relative.startsWith("/") || DRIVE.matcher(relative).matches()) {
      return Optional.of("is absolute, outside the output folder");
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.equals("..")) {
        return Optional.of("leaves the output folder");
      }
      if (segment.isEmpty() || segment.equals(".")) {
        return Optional.of("is not a normalised relative path");
      }
    }
    String unit = unitOf(relative);
    if (unit.equals(MANIFEST) || unit.equals(WORK)) {
      return Optional.of("is a name chartgen keeps for itself");
    }
    return Optional.empty();
  }

  /** Whether {@code name} can be a unit named in a journal. */
  static boolean isUnitName(String name) {
    return problem(name).isEmpty() && name.indexOf('/') < 0;
  }
}
