package dev.chartgen.maven;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.load.Descriptors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the platform file and every module descriptor: schema, references between modules,
 * conventions. Writes nothing. Every problem is reported at once, as {@code file:line:column:
 * /json/pointer: message}; any problem fails the build.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractChartgenMojo {

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
    Descriptors descriptors = callCore(() -> Chartgen.create().validate(request(null, null)));
    getLog()
        .info(
            "chartgen: "
                + descriptors.modules().size()
                + " module descriptors and the platform file are valid");
  }
}
