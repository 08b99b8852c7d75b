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

  /**
   * The chart the file belongs to: its first path segment, or the module of a per-environment
   * values file ({@code environments/<env>/<module>.yaml}), or "" for a top-level file.
   */
  public String chart() {
    String[] segments = path.split("/");
    if (segments.length == 3
        && segments[0].equals("environments")
        && segments[2].endsWith(".yaml")) {
      return segments[2].substring(0, segments[2].length() - ".yaml".length());
    }
    return segments.length < 2 ? "" : segments[0];
  }
}
