package dev.chartgen.core.write;

import java.util.List;

/**
 * How one unit of the output folder (a top-level chart folder or file) changes in a run: replaced
 * by a staged new version, or removed.
 *
 * @param unit the unit's name, the first segment of its paths
 * @param remove whether the unit goes away (no new version is staged)
 * @param entries what the new version holds, parents before children
 */
record UnitChange(String unit, boolean remove, List<Entry> entries) {

  UnitChange {
    entries = List.copyOf(entries);
  }

  /** Whether the new version is a single file rather than a folder. */
  boolean isFile() {
    return entries.size() == 1 && entries.get(0).path().equals(unit);
  }

  /**
   * One file of a unit's new version: new content, or the file as it is today (unchanged, or the
   * user's own) copied with its modification time.
   *
   * @param path relative to the output folder
   * @param content the new content, or null to copy today's file
   */
  record Entry(String path, byte[] content) {

    boolean copied() {
      return content == null;
    }
  }
}
