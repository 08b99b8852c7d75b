package dev.chartgen.core.problem;

import java.util.Objects;

/**
 * A place in a source file: 1-based line and column.
 *
 * @param source the file as the user knows it (relative to the working directory when possible)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String source, int line, int column) {

  public Location {
    Objects.requireNonNull(source, "source");
  }

  /** A location that names only the file. */
  public static Location of(String source) {
    return new Location(source, 0, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ":" + column : source;
  }
}
