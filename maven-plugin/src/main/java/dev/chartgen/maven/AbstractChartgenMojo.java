package dev.chartgen.maven;

import dev.chartgen.core.Request;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every chartgen goal shares: where descriptors are, and how problems are reported. */
abstract class AbstractChartgenMojo extends AbstractMojo {

  /**
   * The folder of module descriptors (one {@code kind: Module} per file, searched recursively for
   * {@code *.yaml} and {@code *.yml}).
   */
  @Parameter(
      property = "chartgen.descriptorDirectory",
      defaultValue = "${project.basedir}/descriptors",
      required = true)
  File descriptorDirectory;

  /** The platform file ({@code kind: Platform}) with the settings every module shares. */
  @Parameter(
      property = "chartgen.platformFile",
      defaultValue = "${project.basedir}/platform.yaml",
      required = true)
  File platformFile;

  /** Skip this goal. */
  @Parameter(property = "chartgen.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** The core request: file names in messages are relative to the build's root folder. */
  Request request(File outputDirectory, File templateDirectory) {
    Path output = outputDirectory == null ? Path.of("charts-out") : outputDirectory.toPath();
    return new Request(
        platformFile.toPath(),
        descriptorDirectory.toPath(),
        output,
        templateDirectory == null ? null : templateDirectory.toPath(),
        Path.of(session.getExecutionRootDirectory()));
  }

  /** Logs one line per problem and turns bad input into BUILD FAILURE. */
  MojoFailureException failure(DescriptorException e) {
    for (Problem problem : e.problems()) {
      getLog().error(problem.format());
    }
    int count = e.problems().size();
    return new MojoFailureException(
        count
            + (count == 1 ? " problem" : " problems")
            + " in the chartgen descriptors (listed above)");
  }

  boolean skipped() {
    if (skip) {
      getLog().info("chartgen is skipped (chartgen.skip)");
    }
    return skip;
  }
}
