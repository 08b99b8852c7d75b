package dev.chartgen.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that work on the generated charts: where they are. */
abstract class AbstractChartsMojo extends AbstractChartgenMojo {

  /**
   * The charts, one folder per module: where {@code chartgen:generate} writes them and {@code
   * chartgen:lint} reads them. Commit it and review its diff.
   */
  @Parameter(
      property = "chartgen.outputDirectory",
      defaultValue = "${project.basedir}/charts-out",
      required = true)
  File outputDirectory;
}
