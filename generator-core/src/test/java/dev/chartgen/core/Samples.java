package dev.chartgen.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample DIGIT platform of the repository, as test input. */
final class Samples {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path PLATFORM = ROOT.resolve("samples/platform.yaml");
  static final Path DESCRIPTORS = ROOT.resolve("samples/descriptors");
  static final Path COMMITTED_CHARTS = ROOT.resolve("charts-out");

  private Samples() {}

  /** A request for the samples, writing into {@code output}. */
  static Request request(Path output) {
    return Request.of(PLATFORM, DESCRIPTORS, output).withDisplayRoot(ROOT);
  }

  /**
   * A platform of one module, the samples' redis, copied into {@code work} (once: later calls keep
   * the edits a test made), and the request for it, messages relative to {@code work}.
   */
  static Request redisPlatform(Path work) throws IOException {
    if (!Files.exists(work.resolve("platform.yaml"))) {
      Files.copy(PLATFORM, work.resolve("platform.yaml"));
      Files.createDirectories(work.resolve("descriptors"));
      Files.copy(
          DESCRIPTORS.resolve("backbone/redis.yaml"), work.resolve("descriptors/redis.yaml"));
    }
    return Request.of(
            work.resolve("platform.yaml"), work.resolve("descriptors"), work.resolve("out"))
        .withDisplayRoot(work);
  }
}
