package dev.chartgen.core.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a DIGIT chart's own {@code templates/} folder does beside the common chart. */
final class ChartTemplates {

  /** A template file that only hands over to the common chart. */
  private static final Pattern ONLY_COMMON =
      Pattern.compile(
          "(\\s*\\{\\{-?\\s*(template|include)\\s+\"common\\.[A-Za-z0-9_.-]+\"\\s+\\.\\s*-?}}\\s*"
              + "|\\s*#[^\\n]*\\n|\\s*\\{\\{-?\\s*/\\*.*?\\*/\\s*-?}}\\s*)*",
          Pattern.DOTALL);

  private ChartTemplates() {}

  /**
   * Whether the chart of {@code chart} renders nothing but the common chart's templates: it has no
   * {@code templates/} folder, or every file in it only includes a {@code common.*} template. Then
   * a values key the common chart does not read is read by nothing.
   */
  static boolean onlyCommon(ChartSource chart) {
    Path templates = chart.valuesFile().getParent().resolve("templates");
    if (!Files.isDirectory(templates)) {
      return true;
    }
    try (Stream<Path> files = Files.walk(templates)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      for (Path file : all) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!ONLY_COMMON.matcher(text).matches()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
