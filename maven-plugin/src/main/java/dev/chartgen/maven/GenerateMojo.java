package dev.chartgen.maven;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.GenerateResult;
import dev.chartgen.core.text.Words;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates one Helm chart per module descriptor into the output folder. Everything is rendered in
 * memory first: with any problem nothing is written. Only changed charts are rewritten, each staged
 * whole and swapped in by rename, so a killed run leaves every chart entirely old or entirely new
 * and the next run finishes it; files that are not chartgen's are kept and reported. Output is
 * byte-identical on every run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractIncrementalMojo {

  /** Skip this goal only (see {@code chartgen.skip} for every goal). */
  @Parameter(property = "chartgen.generate.skip", defaultValue = "false")
  boolean skipGenerate;

  @Override
  boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  String goal() {
    return "generate";
  }

  /**
   * A folder of templates that replace built-in ones of the same name (e.g. {@code
   * deployment.yaml.ftl}). Templates receive one immutable view; see the built-in templates in the
   * chartgen-core jar under {@code dev/chartgen/templates}.
   */
  @Parameter(property = "chartgen.templateDirectory")
  File templateDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    GenerateResult result =
        callCore(
            () ->
                Chartgen.create()
                    .generate(incremental(request(outputDirectory, templateDirectory))));
    getLog()
        .info(
            String.format(
                "chartgen: %s in %s (%d files written, %d unchanged, %d removed)",
                Words.count(result.charts().size(), "chart"),
                outputDirectory.toPath().normalize(),
                result.written().size(),
                result.unchanged().size(),
                result.removed().size()));
    for (String kept : result.kept()) {
      getLog()
          .warn(
              "chartgen: "
                  + kept
                  + " in "
                  + outputDirectory.toPath().normalize()
                  + " is not chartgen's: kept where it is");
    }
  }
}
