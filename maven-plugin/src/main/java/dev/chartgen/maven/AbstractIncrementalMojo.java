package dev.chartgen.maven;

import dev.chartgen.core.Request;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that keep or read incremental state between builds: generate, lint and package keep it,
 * validate reads what they recorded.
 */
abstract class AbstractIncrementalMojo extends AbstractChartsMojo {

  /**
   * Where incremental state is kept between builds: fingerprints of the inputs, lint results and
   * what each goal last did. With nothing changed, {@code validate} loads nothing, {@code generate}
   * does no work, and {@code lint} and {@code package} give their last result again; with one
   * changed descriptor only the charts that depend on it are rendered, written and linted again.
   * Never inside the output folder; {@code mvn clean} removes it.
   */
  @Parameter(
      property = "chartgen.stateDirectory",
      defaultValue = "${project.build.directory}/chartgen-state",
      required = true)
  File stateDirectory;

  /**
   * Keep incremental state in {@code stateDirectory}; {@code false}: every run does all the work.
   */
  @Parameter(property = "chartgen.incremental", defaultValue = "true")
  boolean incremental;

  /** {@code request} with the incremental state folder, unless incremental runs are off. */
  Request incremental(Request request) {
    return incremental ? request.withStateDirectory(stateDirectory.toPath()) : request;
  }
}
