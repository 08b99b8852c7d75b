package dev.chartgen.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Chartgen#packageCharts} wrote.
 *
 * @param archives one {@code .tgz} per chart, sorted
 * @param index the repository's index.yaml
 * @param versions the versions in the index, old ones kept from a merged index included
 * @param unchanged whether nothing was packed because nothing changed since the last packaging
 */
public record PackageResult(List<Path> archives, Path index, int versions, boolean unchanged) {

  public PackageResult {
    archives = List.copyOf(archives);
  }

  /** What a packaging wrote now. */
  public PackageResult(List<Path> archives, Path index, int versions) {
    this(archives, index, versions, false);
  }
}
