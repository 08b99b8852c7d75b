package dev.chartgen.core.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private static final Pattern DOCUMENT_START = Pattern.compile("(?m)^---[ \\t]*$");
  private static final Pattern CONFIG_MAP_KIND =
      Pattern.compile("(?m)^kind:[ \\t]*[\"']?ConfigMap[\"']?[ \\t]*$");
  private static final Pattern DATA_START = Pattern.compile("(?m)^(data|binaryData):");

  private ChartTemplates() {}

  /**
   * A ConfigMap the chart's own template creates.
   *
   * @param template the template file, relative to the chart's folder
   * @param data its data when the template writes it statically (no template action in it), else
   *     empty
   * @param why why the data is not static, or empty
   */
  record OwnConfigMap(String template, Map<String, String> data, String why) {
    OwnConfigMap {
      data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    boolean isStatic() {
      return why.isEmpty();
    }
  }

  /**
   * The ConfigMap named {@code name} that a template of the chart creates, if one does: each
   * document of {@code templates/*.yaml} of kind ConfigMap has its head (what comes before {@code
   * data:}) rendered as the common chart would ({@code template "name" .}, {@code .Chart.Name},
   * values lookups) and its name compared.
   */
  static Optional<OwnConfigMap> ownConfigMap(ChartSource chart, String name, Scope scope) {
    Path folder = chart.valuesFile().getParent();
    Path templates = folder.resolve("templates");
    if (!Files.isDirectory(templates)) {
      return Optional.empty();
    }
    try (Stream<Path> walk = Files.walk(templates)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
              .sorted()
              .toList();
      for (Path file : files) {
        String shown = folder.relativize(file).toString().replace('\\', '/');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int line = 1;
        for (String document : DOCUMENT_START.split(text, -1)) {
          Optional<OwnConfigMap> found = document(document, line, shown, name, scope);
          if (found.isPresent()) {
            return found;
          }
          line += (int) document.chars().filter(c -> c == '\n').count();
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<OwnConfigMap> document(
      String document, int firstLine, String shown, String name, Scope scope) {
    if (!CONFIG_MAP_KIND.matcher(document).find()) {
      return Optional.empty();
    }
    var data = DATA_START.matcher(document);
    int split = data.find() ? data.start() : document.length();
    String head = document.substring(0, split);
    String body = document.substring(split);
    String rendered;
    try {
      rendered = TemplateText.render(head, firstLine, scope, shown, false).text();
    } catch (TemplateException e) {
      return Optional.empty(); // a head the importer cannot render: not known to be this one
    }
    tools.jackson.databind.JsonNode headTree;
    try {
      headTree = dev.chartgen.core.yaml.YamlParser.parse(shown, rendered).root();
    } catch (dev.chartgen.core.problem.DescriptorException e) {
      return Optional.empty();
    }
    if (!name.equals(headTree.path("metadata").path("name").asString(""))) {
      return Optional.empty();
    }
    if (body.contains("{{")) {
      return Optional.of(
          new OwnConfigMap(shown, Map.of(), "its data is written by template actions"));
    }
    tools.jackson.databind.JsonNode tree;
    try {
      tree = dev.chartgen.core.yaml.YamlParser.parse(shown, body).root();
    } catch (dev.chartgen.core.problem.DescriptorException e) {
      return Optional.of(new OwnConfigMap(shown, Map.of(), "its data is not YAML"));
    }
    if (tree.has("binaryData")) {
      return Optional.of(new OwnConfigMap(shown, Map.of(), "it has binaryData"));
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (var entry : tree.path("data").properties()) {
      if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
        return Optional.of(
            new OwnConfigMap(shown, Map.of(), "its key " + entry.getKey() + " is not text"));
      }
      values.put(entry.getKey(), entry.getValue().asString());
    }
    if (values.isEmpty()) {
      return Optional.of(new OwnConfigMap(shown, Map.of(), "it has no data"));
    }
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (dev.chartgen.core.check.SecretNames.looksSecret(entry.getKey(), entry.getValue())) {
        return Optional.of(
            new OwnConfigMap(
                shown,
                Map.of(),
                "its key " + entry.getKey() + " looks like a secret, which belongs in a Secret"));
      }
    }
    return Optional.of(new OwnConfigMap(shown, values, ""));
  }

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
