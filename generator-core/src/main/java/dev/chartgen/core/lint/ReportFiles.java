package dev.chartgen.core.lint;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The lint report files: SARIF for code-scanning tools, JUnit XML for CI test views. */
public final class ReportFiles {

  /** The SARIF report's file name. */
  public static final String SARIF_FILE = "chartgen-lint.sarif";

  /** The JUnit XML report's file name. */
  public static final String JUNIT_FILE = "TEST-chartgen-lint.xml";

  private ReportFiles() {}

  /**
   * Writes both reports of {@code report} into {@code folder}, creating it; SARIF with the default
   * documentation address and no environment.
   *
   * @throws OutputException when the folder or a file cannot be written
   */
  public static void write(LintReport report, Path folder) {
    write(report, folder, SarifReport.Options.defaults());
  }

  /**
   * Writes both reports of {@code report} into {@code folder}, creating it.
   *
   * @param sarif the documentation address and environment for the SARIF report
   * @throws OutputException when the folder or a file cannot be written
   */
  public static void write(LintReport report, Path folder, SarifReport.Options sarif) {
    try {
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve(SARIF_FILE), SarifReport.write(report, sarif), StandardCharsets.UTF_8);
      Files.writeString(
          folder.resolve(JUNIT_FILE), JUnitReport.write(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OutputException(
          "cannot write lint reports to " + folder + ": " + e.getMessage(), e);
    }
  }
}
