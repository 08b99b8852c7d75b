package dev.chartgen.core.drift;

import java.util.List;

/**
 * One file that differs between the charts folder and what the descriptors generate.
 *
 * @param kind added (generated, not in the folder), changed, or removed (in the folder, no longer
 *     generated)
 * @param path relative to the charts folder, {@code /}-separated
 * @param line the first differing line (1-based), 0 for added and removed files
 * @param committed lines of the folder's file from {@code line} on (a few)
 * @param generated lines of the generated file from {@code line} on (a few)
 */
public record Difference(
    Kind kind, String path, int line, List<String> committed, List<String> generated) {

  public Difference {
    committed = List.copyOf(committed);
    generated = List.copyOf(generated);
  }

  /** How a file differs. */
  public enum Kind {
    ADDED,
    CHANGED,
    REMOVED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The chart the file belongs to (its first path segment), or "" for a top-level file. */
  public String chart() {
    int slash = path.indexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
