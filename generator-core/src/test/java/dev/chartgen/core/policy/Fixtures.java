package dev.chartgen.core.policy;

import dev.chartgen.core.verify.Manifests;
import dev.chartgen.core.verify.RenderedObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Test fixtures: multi-document YAML files of rendered objects, as one chart's objects. */
final class Fixtures {

  /** The namespace fixtures are written for and checked in. */
  static final String NAMESPACE = "policy-test";

  /** The chart name fixtures are checked as (their objects are named app). */
  static final String CHART = "app";

  /** The Service outside the chart that Ingresses may route to. */
  static final Set<String> GATEWAY = Set.of("gateway");

  /** The data-driven rule cases, one folder per rule id. */
  static final Path CASES = Path.of("src/test/resources/policy-cases");

  private Fixtures() {}

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<RenderedObject> objects(Path file) {
    return Manifests.parse(read(file));
  }

  /** The objects of {@code file} as chart {@link #CHART}, with the chart folder (or null). */
  static ChartObjects chart(Path file, Path chartDirectory) {
    return new ChartObjects(CHART, chartDirectory, NAMESPACE, objects(file), GATEWAY);
  }
}
