package dev.chartgen.core;

import java.util.List;

/**
 * What {@link Chartgen#generate} did. Paths are relative to the output folder.
 *
 * @param charts the charts generated, by name
 * @param written files written because they are new or changed
 * @param unchanged files already as generated (not rewritten)
 * @param removed files chartgen wrote before and no longer generates
 * @param kept files that are not chartgen's, in charts it changed or removed: left where they are
 */
public record GenerateResult(
    List<String> charts,
    List<String> written,
    List<String> unchanged,
    List<String> removed,
    List<String> kept) {

  public GenerateResult {
    charts = List.copyOf(charts);
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
    kept = List.copyOf(kept);
  }
}
