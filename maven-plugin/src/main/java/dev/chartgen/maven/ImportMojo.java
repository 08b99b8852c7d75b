package dev.chartgen.maven;

import dev.chartgen.core.importer.DigitImporter;
import dev.chartgen.core.importer.ImportRequest;
import dev.chartgen.core.importer.ImportResult;
import dev.chartgen.core.importer.ServiceImport;
import dev.chartgen.core.problem.ChartgenException;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports an existing DIGIT deployment (DIGIT-DevOps {@code deploy-as-code/helm}: the charts based
 * on {@code common}, an environment file, release files and cluster-configs) into a new chartgen
 * project: {@code pom.xml}, {@code platform.yaml}, {@code descriptors/<group>/<module>.yaml},
 * {@code environments/<name>.yaml} and {@code IMPORT-REPORT.md}. Runs without a project. Every
 * service is imported, imported with notes (each rewrite listed) or refused (the reason and the
 * fix); the last line says how many of each. The target folder must not exist or be empty.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

  /** The DIGIT-DevOps {@code deploy-as-code/helm} folder to import. */
  @Parameter(property = "chartgen.import.from", required = true)
  File from;

  /** The environment to import: its file is {@code environments/<name>.yaml} in the folder. */
  @Parameter(property = "chartgen.import.environment", required = true)
  String environment;

  /** The new project's folder; it must not exist or be empty (nothing is written otherwise). */
  @Parameter(property = "chartgen.import.to", required = true)
  File to;

  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  String pluginVersion;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    ImportResult result;
    try {
      result =
          DigitImporter.run(
              new ImportRequest(from.toPath(), environment, to.toPath(), pluginVersion));
    } catch (DescriptorException e) {
      for (Problem problem : e.problems()) {
        getLog().error(problem.format());
      }
      throw new MojoFailureException("chartgen import: nothing was written (see above)");
    } catch (ChartgenException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    for (String line : result.table().split("\n")) {
      if (line.contains(ServiceImport.Status.REFUSED.label())) {
        getLog().warn(line);
      } else {
        getLog().info(line);
      }
    }
    getLog()
        .info(
            "chartgen import: project written to "
                + to.toPath().normalize()
                + " (see IMPORT-REPORT.md)");
    if (result.services().size() == result.count(ServiceImport.Status.REFUSED)) {
      throw new MojoFailureException(
          "chartgen import: no service could be imported (" + result.summary() + ")");
    }
  }
}
