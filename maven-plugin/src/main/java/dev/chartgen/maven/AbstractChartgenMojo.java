package dev.chartgen.maven;

import dev.chartgen.core.Request;
import dev.chartgen.core.problem.ChartgenException;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.HelmException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.text.Words;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
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

  /** Skip every chartgen goal. Each goal also has a skip property of its own. */
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

  /**
   * Calls the core and translates what it throws, the same way for every goal: bad input
   * (descriptor problems, logged one line each) is BUILD FAILURE; a refusal by embedded Helm is
   * BUILD ERROR with its hint; any other fault of the tool or the machine is BUILD ERROR.
   */
  <T> T callCore(Supplier<T> call) throws MojoExecutionException, MojoFailureException {
    try {
      return call.get();
    } catch (DescriptorException e) {
      throw failure(e);
    } catch (HelmException e) {
      throw new MojoExecutionException(e.firstLine() + " (" + e.hint() + ")", e);
    } catch (ChartgenException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** Logs one line per problem and turns bad input into BUILD FAILURE. */
  private MojoFailureException failure(DescriptorException e) {
    for (Problem problem : e.problems()) {
      getLog().error(problem.format());
    }
    int count = e.problems().size();
    return new MojoFailureException(
        Words.count(count, "problem") + " in the chartgen descriptors (listed above)");
  }

  /** Whether this goal's own skip property ({@code chartgen.<goal>.skip}) is set. */
  abstract boolean skipGoal();

  /** The goal's name, for its skip property. */
  abstract String goal();

  boolean skipped() {
    if (skip) {
      getLog().info("chartgen is skipped (chartgen.skip)");
    } else if (skipGoal()) {
      getLog().info("chartgen:" + goal() + " is skipped (chartgen." + goal() + ".skip)");
    }
    return skip || skipGoal();
  }
}
