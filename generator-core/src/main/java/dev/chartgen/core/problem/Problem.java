package dev.chartgen.core.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, located precisely enough that an editor can jump to it.
 *
 * <p>Formatted as {@code file:line:column: /json/pointer: message (hint)}, one line per problem.
 *
 * @param location where the problem is
 * @param pointer JSON pointer of the offending field inside the document ("" for the whole
 *     document)
 * @param message what is wrong, in plain words
 * @param hint how to fix it, or empty
 */
public record Problem(Location location, String pointer, String message, String hint) {

  /** Orders problems by file, then line, column, pointer and message: stable output. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.location().source())
          .thenComparingInt(p -> p.location().line())
          .thenComparingInt(p -> p.location().column())
          .thenComparing(Problem::pointer)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(location, "location");
    pointer = pointer == null ? "" : pointer;
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  public static Problem at(Location location, String pointer, String message) {
    return new Problem(location, pointer, message, "");
  }

  /** The problem as one line of text. */
  public String format() {
    StringBuilder line = new StringBuilder(location.toString()).append(": ");
    if (!pointer.isEmpty()) {
      line.append(pointer).append(": ");
    }
    line.append(message);
    if (!hint.isEmpty()) {
      line.append(" (").append(hint).append(')');
    }
    return line.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
