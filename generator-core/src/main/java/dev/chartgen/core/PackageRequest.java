package dev.chartgen.core;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to publish: the charts of {@code request} (its output folder) as a Helm chart repository.
 *
 * @param repositoryDirectory where the archives and index.yaml go
 * @param mergeIndex an existing index.yaml whose versions the new index keeps (as {@code helm repo
 *     index --merge}), or null
 * @param baseUrl prefix of the archive URLs in the index, or empty for URLs relative to it
 * @param timestamp the time recorded in the index (a stable source, never the clock)
 */
public record PackageRequest(
    Request request, Path repositoryDirectory, Path mergeIndex, String baseUrl, Instant timestamp) {

  public PackageRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(repositoryDirectory, "repositoryDirectory");
    Objects.requireNonNull(timestamp, "timestamp");
    baseUrl = baseUrl == null ? "" : baseUrl;
  }

  /**
   * The stable time for a repository's index, never the clock: {@code outputTimestamp} (ISO 8601 or
   * seconds since 1970, as Maven's project.build.outputTimestamp), else {@code sourceDateEpoch}
   * (the SOURCE_DATE_EPOCH environment variable); empty when neither is set.
   *
   * @throws IllegalArgumentException when a given value is not a time
   */
  public static java.util.Optional<Instant> stableTime(
      String outputTimestamp, String sourceDateEpoch) {
    return dev.chartgen.core.repo.SourceDate.resolve(outputTimestamp, sourceDateEpoch);
  }
}
