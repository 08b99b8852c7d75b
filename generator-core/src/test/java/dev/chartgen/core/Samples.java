package dev.chartgen.core;

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
}
