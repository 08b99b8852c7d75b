package dev.chartgen.core.importer;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Imports a DIGIT deployment into a new chartgen project.
 *
 * <pre>{@code
 * ImportResult result = DigitImporter.run(new ImportRequest(
 *     Path.of("deploy-as-code/helm"), "egov-demo", Path.of("digit-platform"), "0.1.0"));
 * System.out.println(result.summary());   // imported=N with-notes=N refused=N
 * }</pre>
 *
 * <p>The target folder must not exist or be empty; nothing is written otherwise. Every service is
 * imported, imported with notes, or refused with the reason and the fix; a refused service does not
 * stop the others. Output is deterministic.
 */
public final class DigitImporter {

  private DigitImporter() {}

  /**
   * Runs the import.
   *
   * @throws DescriptorException when the target is not empty or the environment file is missing or
   *     not YAML (nothing is written then)
   */
  public static ImportResult run(ImportRequest request) {
    refuseNonEmpty(request.to());
    if (!Files.isDirectory(request.from())) {
      throw problem(
          request.from().toString(),
          "is not a folder: give a DIGIT-DevOps deploy-as-code/helm folder");
    }
    DigitSource source = DigitSource.of(request.from());
    Path envFile = source.environmentFile(request.environment());
    if (envFile == null) {
      throw problem(
          request
              .from()
              .resolve("environments")
              .resolve(request.environment() + ".yaml")
              .toString(),
          "no such environment file: environments/" + request.environment() + ".yaml");
    }
    JsonNode environment = source.parse(envFile).root();
    JsonNode common = source.commonValues();
    JsonNode globals = Values.merge(common.path("global"), environment.path("global"));
    JsonNode clusterConfigs =
        Values.merge(source.clusterConfigsValues(), environment.path("cluster-configs"));
    String namespace = Values.text(common, "namespace");
    ImportContext context =
        new ImportContext(
            common,
            globals,
            clusterConfigs,
            source.releaseTags(),
            namespace.isEmpty() ? "egov" : namespace,
            secretsKeys(source, request.environment()));
    ServiceImporter importer = new ServiceImporter(source, context, environment);
    List<ServiceImport> services = new ArrayList<>();
    for (ChartSource chart : source.charts()) {
      services.add(importer.run(chart));
    }
    List<String> problems = new ArrayList<>(source.problems());
    if (source.charts().isEmpty()) {
      problems.add(
          source.display(request.from().toAbsolutePath())
              + ": no chart depending on DIGIT's common chart was found (looked for Chart.yaml under "
              + (Files.isDirectory(request.from().resolve("charts")) ? "charts/" : "the folder")
              + ")");
    }
    PlatformAssembler platform = new PlatformAssembler(request, context, environment, services);
    Map<String, String> files = new TreeMap<>(platform.files());
    ImportReport report = new ImportReport(request, services, platform, problems);
    files.put("IMPORT-REPORT.md", report.markdown());
    new ProjectWriter(request.to()).write(files);
    return new ImportResult(
        services, List.copyOf(files.keySet()), report.markdown(), report.table());
  }

  private static JsonNode secretsKeys(DigitSource source, String environment) {
    Path file =
        source.root().resolve("environments").resolve(environment + "-secrets.KEYS-ONLY.yaml");
    if (!Files.isRegularFile(file)) {
      file = source.root().resolve("environments").resolve(environment + "-secrets.yaml");
    }
    if (!Files.isRegularFile(file)) {
      return DigitSource.emptyObject();
    }
    try {
      return source.parse(file).root().path("cluster-configs").path("secrets");
    } catch (DescriptorException e) {
      return DigitSource.emptyObject();
    }
  }

  private static void refuseNonEmpty(Path to) {
    if (!Files.exists(to)) {
      return;
    }
    if (!Files.isDirectory(to)) {
      throw problem(to.toString(), "exists and is not a folder: give a new or empty folder");
    }
    try (Stream<Path> entries = Files.list(to)) {
      if (entries.findAny().isPresent()) {
        throw problem(
            to.toString(), "is not empty: import into a new or empty folder (nothing was written)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DescriptorException problem(String file, String message) {
    return new DescriptorException(List.of(Problem.at(Location.of(file), "", message)));
  }
}
