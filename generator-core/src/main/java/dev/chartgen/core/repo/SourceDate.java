package dev.chartgen.core.repo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The stable time a repository's index carries, never the clock: a build's output timestamp (as
 * Maven's {@code project.build.outputTimestamp}: ISO 8601 or seconds since 1970), else {@code
 * SOURCE_DATE_EPOCH} (seconds since 1970, reproducible-builds.org).
 */
public final class SourceDate {

  private SourceDate() {}

  /**
   * The time to use, or empty when neither source gives one.
   *
   * @param outputTimestamp the build's output timestamp, or null/blank
   * @param sourceDateEpoch the SOURCE_DATE_EPOCH environment variable, or null/blank
   * @throws IllegalArgumentException when a given value is not a time
   */
  public static Optional<Instant> resolve(String outputTimestamp, String sourceDateEpoch) {
    // Maven treats a one-character value as "not set" (it cannot be a time)
    if (outputTimestamp != null && outputTimestamp.strip().length() > 1) {
      return Optional.of(parse(outputTimestamp.strip(), "the output timestamp"));
    }
    if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
      return Optional.of(parse(sourceDateEpoch.strip(), "SOURCE_DATE_EPOCH"));
    }
    return Optional.empty();
  }

  private static Instant parse(String text, String what) {
    if (text.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochSecond(Long.parseLong(text));
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          what
              + " '"
              + text
              + "' is not a time: give ISO 8601 (2026-01-01T00:00:00Z) or seconds since 1970",
          e);
    }
  }
}
