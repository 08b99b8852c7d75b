package dev.chartgen.core.importer;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.yaml.YamlDocument;
import dev.chartgen.core.yaml.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A DIGIT-DevOps {@code deploy-as-code/helm} folder as the importer reads it: the charts based on
 * {@code common} (under {@code charts/}, or the folder itself), the environment file, the release
 * files' image tags and the cluster-configs values.
 */
final class DigitSource {

  private static final Pattern RELEASE_IMAGE =
      Pattern.compile(
          "^\\s*-\\s*\"?(?:docker\\.io/)?egovio/([a-z0-9._-]+):([A-Za-z0-9_.-]+)\"?\\s*(#.*)?$");
  private static final Pattern VERSION = Pattern.compile("v?([0-9]+(?:\\.[0-9]+)*)");

  private final Path root;
  private final Path chartsRoot;
  private final List<ChartSource> charts;
  private final List<String> problems = new ArrayList<>();

  private DigitSource(Path root) {
    this.root = root;
    this.chartsRoot = Files.isDirectory(root.resolve("charts")) ? root.resolve("charts") : root;
    this.charts = findCharts();
  }

  /** Reads the folder's layout (values files are read later, one by one). */
  static DigitSource of(Path root) {
    return new DigitSource(root);
  }

  Path root() {
    return root;
  }

  /** The modules found, sorted by values file. */
  List<ChartSource> charts() {
    return charts;
  }

  /** Problems met while finding charts (unreadable Chart.yaml…), as report lines. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** {@code common/values.yaml}, or an empty tree when the folder has none. */
  JsonNode commonValues() {
    Path common = chartsRoot.resolve("common").resolve("values.yaml");
    if (!Files.isRegularFile(common)) {
      return JsonNodeFactory.instance.objectNode();
    }
    return parse(common).root();
  }

  /** The environment file {@code environments/<name>.yaml}, or null when it is missing. */
  Path environmentFile(String name) {
    for (Path candidate :
        List.of(
            root.resolve("environments").resolve(name + ".yaml"),
            chartsRoot.resolve("environments").resolve(name + ".yaml"))) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** cluster-configs/values.yaml's cluster-configs block, or an empty tree. */
  JsonNode clusterConfigsValues() {
    Path file = chartsRoot.resolve("cluster-configs").resolve("values.yaml");
    if (!Files.isRegularFile(file)) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node = parse(file).root().path("cluster-configs");
    return node.isObject() ? node : JsonNodeFactory.instance.objectNode();
  }

  /**
   * Image tags by repository (the name after {@code egovio/}) from the release files: a newer
   * release (by its version) wins.
   */
  Map<String, String> releaseTags() {
    Path folder = root.resolve("product-release-charts");
    Map<String, String> tags = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return tags;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
              .sorted(
                  Comparator.comparing(DigitSource::releaseVersion).thenComparing(Path::toString))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      for (String line : read(file).split("\n")) {
        Matcher m = RELEASE_IMAGE.matcher(line);
        if (m.matches()) {
          tags.put(m.group(1), m.group(2));
        }
      }
    }
    return tags;
  }

  private static String releaseVersion(Path file) {
    Matcher m = VERSION.matcher(file.getFileName().toString().replaceFirst("^.*-v", "v"));
    if (!m.find()) {
      return "";
    }
    StringBuilder key = new StringBuilder();
    for (String part : m.group(1).split("\\.")) {
      key.append(String.format("%08d", Long.parseLong(part.length() > 8 ? "99999999" : part)));
    }
    return key.toString();
  }

  /** The path as shown in the report. */
  String display(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** Parses a YAML file into a located tree; duplicate keys keep the last value, as in Helm. */
  YamlDocument parse(Path file) {
    return YamlParser.parseLenient(display(file), read(file), new ArrayList<>());
  }

  /** As {@link #parse(Path)}, adding duplicate keys to {@code warnings}. */
  YamlDocument parse(Path file, List<dev.chartgen.core.problem.Problem> warnings) {
    return YamlParser.parseLenient(display(file), read(file), warnings);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<ChartSource> findCharts() {
    List<Path> chartFiles;
    try (Stream<Path> walk = Files.walk(chartsRoot)) {
      chartFiles =
          walk.filter(p -> p.getFileName().toString().equals("Chart.yaml"))
              .filter(p -> !p.startsWith(root.resolve("environments")))
              .filter(p -> !p.startsWith(root.resolve("product-release-charts")))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ChartSource> found = new ArrayList<>();
    for (Path chartFile : chartFiles) {
      Path dir = chartFile.getParent();
      if (!dependsOnCommon(chartFile)) {
        continue;
      }
      String chart = dir.getFileName().toString();
      String folder = dir.getParent() == null ? "" : dir.getParent().getFileName().toString();
      List<Path> values;
      try (Stream<Path> list = Files.list(dir)) {
        values =
            list.filter(
                    p -> {
                      String n = p.getFileName().toString();
                      return n.equals("values.yaml") || n.endsWith("-values.yaml");
                    })
                .sorted()
                .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Path file : values) {
        String n = file.getFileName().toString();
        String module = n.equals("values.yaml") ? chart : n.substring(0, n.length() - 12);
        found.add(new ChartSource(module, chart, folder, file, display(file)));
      }
    }
    return List.copyOf(found);
  }

  private boolean dependsOnCommon(Path chartFile) {
    JsonNode chart;
    try {
      chart = parse(chartFile).root();
    } catch (DescriptorException e) {
      problems.add(e.problems().get(0).format() + " (Chart.yaml is not YAML; chart skipped)");
      return false;
    }
    if (chart.path("name").asString("").equals("common")) {
      return false;
    }
    for (JsonNode dependency : chart.path("dependencies")) {
      if (dependency.path("name").asString("").equals("common")) {
        return true;
      }
    }
    return false;
  }

  /** An empty object tree. */
  static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
