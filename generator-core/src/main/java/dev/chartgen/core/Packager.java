package dev.chartgen.core;

import dev.chartgen.core.delivery.DeliveryFiles;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.repo.HelmIndex;
import dev.chartgen.core.repo.HelmRepository;
import dev.chartgen.core.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Publishes the generated charts of a request as a Helm repository: everything in memory first. */
final class Packager {

  private Packager() {}

  static PackageResult run(Descriptors descriptors, PackageRequest request) {
    Path charts = request.request().outputDirectory();
    Path root = request.request().displayRoot();
    Map<String, Map<String, byte[]>> files = read(descriptors, charts, root);
    HelmRepository.Built built =
        HelmRepository.build(files, request.timestamp(), request.baseUrl());
    if (request.mergeIndex() != null) {
      String shown = Chartgen.display(request.mergeIndex(), root);
      if (!Files.isRegularFile(request.mergeIndex())) {
        throw new DescriptorException(
            List.of(
                Problem.at(
                    Location.of(shown),
                    "",
                    "the index to merge does not exist (give the index.yaml the repository"
                        + " serves now)")));
      }
      HelmIndex older;
      try {
        // decoded leniently: a binary or foreign file is reported as not an index, not a fault
        older =
            HelmIndex.parse(
                shown,
                new String(Files.readAllBytes(request.mergeIndex()), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new OutputException("cannot read " + request.mergeIndex() + ": " + e.getMessage(), e);
      }
      built = new HelmRepository.Built(built.archives(), built.index().mergedOver(older, shown));
    }
    List<Path> written =
        HelmRepository.write(request.repositoryDirectory(), built, request.timestamp());
    int versions = built.index().entries().values().stream().mapToInt(List::size).sum();
    return new PackageResult(
        written.subList(0, written.size() - 1), written.get(written.size() - 1), versions);
  }

  /** What a packaging wrote, as lines to keep ({@link #repeat} reads them back). */
  static List<String> lines(PackageResult result) {
    List<String> lines = new ArrayList<>();
    lines.add("versions " + result.versions());
    files(result).forEach(name -> lines.add("file " + name));
    return lines;
  }

  /** The names of the files a packaging wrote in the repository folder, the index last. */
  static List<String> files(PackageResult result) {
    List<String> names = new ArrayList<>();
    result.archives().forEach(a -> names.add(a.getFileName().toString()));
    names.add(result.index().getFileName().toString());
    return names;
  }

  /** The result kept as {@code lines}, in {@code repository}; empty when they are not one. */
  static java.util.Optional<PackageResult> repeat(Path repository, List<String> lines) {
    if (lines.size() < 2 || !lines.get(0).startsWith("versions ")) {
      return java.util.Optional.empty();
    }
    List<Path> files = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.startsWith("file ")) {
        return java.util.Optional.empty();
      }
      files.add(repository.resolve(line.substring("file ".length())));
    }
    try {
      return java.util.Optional.of(
          new PackageResult(
              files.subList(0, files.size() - 1),
              files.get(files.size() - 1),
              Integer.parseInt(lines.get(0).substring("versions ".length())),
              true));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The files chartgen generated for each module's chart (as its manifest lists them); for a
   * platform with environments, also the platform chart and the umbrella charts, each umbrella with
   * the module charts it depends on inside it ({@code charts/<module>/}), so that its archive
   * installs on its own.
   */
  private static Map<String, Map<String, byte[]>> read(
      Descriptors descriptors, Path charts, Path root) {
    Path manifest = charts.resolve(OutputWriter.MANIFEST);
    List<Problem> problems = new ArrayList<>();
    Map<String, Map<String, byte[]>> files = new TreeMap<>();
    try {
      List<String> owned =
          Files.isRegularFile(manifest)
              ? Files.readAllLines(manifest, StandardCharsets.UTF_8)
              : List.of();
      Map<String, String> folders = new LinkedHashMap<>();
      descriptors.modules().forEach(m -> folders.put(m.name(), m.name()));
      if (!descriptors.environments().isEmpty()) {
        folders.putAll(DeliveryFiles.charts(descriptors));
      }
      for (Map.Entry<String, String> entry : folders.entrySet()) {
        Map<String, byte[]> chart = files(owned, charts, entry.getValue());
        if (!chart.containsKey("Chart.yaml")) {
          problems.add(
              Problem.at(
                  Location.of(Chartgen.display(charts.resolve(entry.getValue()), root)),
                  "",
                  "the chart "
                      + entry.getKey()
                      + " has not been generated: generate the charts before packaging them"));
          continue;
        }
        files.put(entry.getKey(), chart);
      }
      if (problems.isEmpty() && !descriptors.environments().isEmpty()) {
        DeliveryFiles.umbrellaModules(descriptors)
            .forEach(
                (umbrella, modules) ->
                    modules.forEach(
                        module ->
                            files
                                .get(module)
                                .forEach(
                                    (path, bytes) ->
                                        files
                                            .get(umbrella)
                                            .put("charts/" + module + "/" + path, bytes))));
      }
    } catch (IOException e) {
      throw new OutputException("cannot read " + charts + ": " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new DescriptorException(problems);
    }
    return files;
  }

  /** The generated files under {@code folder}, by path inside it. */
  private static Map<String, byte[]> files(List<String> owned, Path charts, String folder)
      throws IOException {
    String prefix = folder + "/";
    Map<String, byte[]> chart = new TreeMap<>();
    for (String path : owned) {
      if (path.startsWith(prefix) && Files.isRegularFile(charts.resolve(path))) {
        chart.put(path.substring(prefix.length()), Files.readAllBytes(charts.resolve(path)));
      }
    }
    return chart;
  }
}
