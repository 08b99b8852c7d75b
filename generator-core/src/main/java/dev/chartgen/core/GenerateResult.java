package dev.chartgen.core;

import java.util.List;

/**
 * What {@link Chartgen#generate} did. Paths are relative to the output folder.
 *
 * @param charts the charts generated, by name
 */
public record GenerateResult(
    List<String> charts, List<String> written, List<String> unchanged, List<String> removed) {

  public GenerateResult {
    charts = List.copyOf(charts);
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
  }
}
