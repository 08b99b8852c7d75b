package dev.chartgen.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to work on.
 *
 * @param platformFile the platform file (kind: Platform)
 * @param descriptorDirectory the folder of module descriptors (searched recursively)
 * @param outputDirectory where charts go, one folder per module
 * @param templateOverrides a folder of templates replacing built-in ones of the same name, or null
 * @param displayRoot file names in messages are shown relative to it
 * @param stateDirectory where incremental state is kept between runs (fingerprints of the inputs,
 *     lint results), e.g. {@code target/chartgen-state}; null for none: every run does all the
 *     work. Never inside the output folder.
 */
public record Request(
    Path platformFile,
    Path descriptorDirectory,
    Path outputDirectory,
    Path templateOverrides,
    Path displayRoot,
    Path stateDirectory) {

  public Request {
    Objects.requireNonNull(platformFile, "platformFile");
    Objects.requireNonNull(descriptorDirectory, "descriptorDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    displayRoot = displayRoot == null ? Path.of("") : displayRoot;
  }

  /** A request without incremental state. */
  public Request(
      Path platformFile,
      Path descriptorDirectory,
      Path outputDirectory,
      Path templateOverrides,
      Path displayRoot) {
    this(platformFile, descriptorDirectory, outputDirectory, templateOverrides, displayRoot, null);
  }

  /** A request with no template overrides, messages relative to the working directory. */
  public static Request of(Path platformFile, Path descriptorDirectory, Path outputDirectory) {
    return new Request(platformFile, descriptorDirectory, outputDirectory, null, null);
  }

  public Request withTemplateOverrides(Path folder) {
    return new Request(
        platformFile, descriptorDirectory, outputDirectory, folder, displayRoot, stateDirectory);
  }

  public Request withDisplayRoot(Path root) {
    return new Request(
        platformFile,
        descriptorDirectory,
        outputDirectory,
        templateOverrides,
        root,
        stateDirectory);
  }

  /**
   * This request with incremental state kept in {@code folder}: an unchanged run skips planning,
   * rendering, writing and linting; a changed descriptor re-renders only what depends on it.
   */
  public Request withStateDirectory(Path folder) {
    return new Request(
        platformFile, descriptorDirectory, outputDirectory, templateOverrides, displayRoot, folder);
  }
}
