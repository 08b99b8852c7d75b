package dev.chartgen.maven;

import dev.chartgen.core.Chartgen;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the platform file and every module descriptor: schema, references between modules,
 * conventions. Writes nothing. Every problem is reported at once, as {@code file:line:column:
 * /json/pointer: message}; any problem fails the build. When an earlier build's generate, lint or
 * package recorded these exact inputs as valid in {@code stateDirectory}, they are not loaded
 * again.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractIncrementalMojo {

  /** Skip this goal only (see {@code chartgen.skip} for every goal). */
  @Parameter(property = "chartgen.validate.skip", defaultValue = "false")
  boolean skipValidate;

  @Override
  boolean skipGoal() {
    return skipValidate;
  }

  @Override
  String goal() {
    return "validate";
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    Chartgen.Validation validation =
        callCore(() -> Chartgen.create().validation(incremental(request(outputDirectory, null))));
    getLog()
        .info(
            "chartgen: "
                + validation.modules()
                + " module descriptors and the platform file are valid"
                + (validation.unchanged() ? " (unchanged since the last build)" : ""));
  }
}
