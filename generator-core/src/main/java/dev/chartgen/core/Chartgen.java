package dev.chartgen.core;

import dev.chartgen.core.delivery.DeliveryFiles;
import dev.chartgen.core.drift.Drift;
import dev.chartgen.core.drift.DriftReport;
import dev.chartgen.core.environment.EnvironmentChecks;
import dev.chartgen.core.environment.EnvironmentValues;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.lint.Linter;
import dev.chartgen.core.lint.ReportFiles;
import dev.chartgen.core.lint.SarifReport;
import dev.chartgen.core.load.DescriptorLoader;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.ChartPlanner;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.render.ChartRenderer;
import dev.chartgen.core.render.TemplateEngine;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.version.ChartVersions;
import dev.chartgen.core.version.LockFile;
import dev.chartgen.core.version.SemVer;
import dev.chartgen.core.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * chartgen's entry point: validate descriptors, or generate their charts.
 *
 * <pre>{@code
 * GenerateResult result = Chartgen.create().generate(
 *     Request.of(Path.of("platform.yaml"), Path.of("descriptors"), Path.of("charts-out")));
 * }</pre>
 *
 * <p>Bad input throws a {@link DescriptorException} listing every problem; nothing is written then.
 * Everything is rendered in memory before the first file is touched.
 */
public final class Chartgen {

  private final SchemaCatalog catalog;

  private Chartgen(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /** A generator with the built-in schemas. */
  public static Chartgen create() {
    return new Chartgen(SchemaCatalog.builtIn());
  }

  /**
   * Loads and checks the platform and every descriptor.
   *
   * @throws DescriptorException with every problem found
   */
  public Descriptors validate(Request request) {
    DescriptorLoader.Loaded loaded =
        new DescriptorLoader(catalog, request.displayRoot())
            .read(request.platformFile(), request.descriptorDirectory(), request.outputDirectory());
    List<Problem> problems = new ArrayList<>(loaded.problems());
    loaded
        .descriptors()
        .ifPresent(
            d ->
                problems.addAll(
                    EnvironmentChecks.check(d, loaded.moduleNames(), problems.isEmpty())));
    if (!problems.isEmpty()) {
      throw new DescriptorException(problems);
    }
    return loaded.descriptors().orElseThrow();
  }

  /**
   * Renders every chart in memory, each with the version its content calls for, and the lock file
   * that records those versions ({@value LockFile#NAME}, read from the output folder when there).
   *
   * @return files by path relative to the output folder ({@code <chart>/<file>}, {@code
   *     environments/<env>/<module>.yaml} and the lock file), sorted
   * @throws DescriptorException when the descriptors or the lock file are wrong
   */
  public Map<String, String> render(Request request) {
    return output(validate(request), request);
  }

  /**
   * Renders every chart, then writes them crash-safely: changed charts only, each swapped in whole,
   * stale files removed, the user's own files kept (see {@link OutputWriter}).
   */
  public GenerateResult generate(Request request) {
    Descriptors descriptors = validate(request);
    Map<String, String> files = output(descriptors, request);
    OutputWriter.Outcome outcome = new OutputWriter(request.outputDirectory()).write(files);
    return new GenerateResult(
        descriptors.modules().stream().map(Module::name).toList(),
        outcome.written(),
        outcome.unchanged(),
        outcome.removed(),
        outcome.kept());
  }

  /**
   * Renders every chart in memory and compares the output folder with it: which files generating
   * would add, change or remove. Writes nothing; files the user put in the folder are listed.
   *
   * @throws DescriptorException when the descriptors or the lock file are wrong
   */
  public DriftReport check(Request request) {
    Map<String, String> files = new TreeMap<>(render(request));
    files.put(OutputWriter.MANIFEST, OutputWriter.manifest(files.keySet()));
    return Drift.compare(
        request.outputDirectory(),
        display(request.outputDirectory(), request.displayRoot()),
        files,
        OutputWriter.MANIFEST,
        OutputWriter.WORK_FOLDER);
  }

  private static Map<String, String> output(Descriptors descriptors, Request request) {
    Map<String, String> files = renderAll(descriptors, request);
    Path lockFile = request.outputDirectory().resolve(LockFile.NAME);
    LockFile lock = LockFile.empty();
    if (Files.isRegularFile(lockFile)) {
      try {
        lock =
            LockFile.parse(
                display(lockFile, request.displayRoot()),
                Files.readString(lockFile, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new OutputException("cannot read " + lockFile + ": " + e.getMessage(), e);
      }
    }
    SemVer.Bump bump = SemVer.Bump.of(descriptors.platform().spec().versionBump());
    List<String> modules = descriptors.modules().stream().map(Module::name).toList();
    ChartVersions.Versioned versioned = ChartVersions.apply(files, modules, lock, bump);
    Map<String, String> out = new TreeMap<>(versioned.files());
    LockFile versions = versioned.lock();
    if (!descriptors.environments().isEmpty()) {
      // a platform with environment files is delivered as a whole: platform chart, umbrellas,
      // helmfile and Argo CD. The umbrellas depend on the module charts' versions, so they are
      // rendered once those are known, then versioned by their own content like module charts.
      Map<String, String> moduleVersions = new TreeMap<>();
      modules.forEach(m -> moduleVersions.put(m, versions.versions(m).get(0).version().toString()));
      ChartVersions.Versioned delivery =
          ChartVersions.apply(
              new DeliveryFiles(descriptors, moduleVersions).files(),
              DeliveryFiles.charts(descriptors),
              versions,
              bump);
      out.putAll(delivery.files());
      out.put(LockFile.NAME, delivery.lock().write());
    } else {
      out.put(LockFile.NAME, versions.write());
    }
    return out;
  }

  /**
   * Packs the generated charts of every module (the files chartgen wrote, as its manifest lists
   * them) into a Helm chart repository: one reproducible {@code .tgz} per chart and an index.yaml,
   * merged into an existing index when one is given. Everything is built in memory first: with any
   * problem nothing is written.
   *
   * @throws DescriptorException when the descriptors are wrong, a chart was not generated, or the
   *     index to merge is not a Helm repository index (or would change a published version)
   */
  public PackageResult packageCharts(PackageRequest request) {
    return Packager.run(validate(request.request()), request);
  }

  /**
   * Pushes chart archives to an OCI registry with the embedded Helm ({@code helm push}), with
   * Helm's registry credentials ({@code helm registry login}).
   *
   * @param registry e.g. {@code oci://registry.example.org/charts}
   * @param plainHttp plain HTTP instead of HTTPS (a local test registry only)
   * @return what Helm said for each archive
   * @throws IllegalArgumentException when {@code registry} is not an oci:// address
   * @throws OutputException when a push fails
   */
  public java.util.List<String> push(
      java.util.List<Path> archives, java.net.URI registry, boolean plainHttp) {
    return dev.chartgen.core.repo.OciPush.push(archives, registry, plainHttp);
  }

  /** {@code file} as named in messages: relative to {@code root} when inside it. */
  static String display(Path file, Path root) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  private static Map<String, String> renderAll(Descriptors descriptors, Request request) {
    ChartPlanner planner = new ChartPlanner(descriptors.platform(), descriptors.modules());
    ChartRenderer renderer = new ChartRenderer(new TemplateEngine(request.templateOverrides()));
    Map<String, String> files = new TreeMap<>();
    for (Module module : descriptors.modules()) {
      renderer
          .render(planner.plan(module))
          .forEach((path, content) -> files.put(module.name() + "/" + path, content));
    }
    files.putAll(EnvironmentValues.files(descriptors));
    return files;
  }

  /**
   * Lints the generated charts of every module and writes the SARIF and JUnit reports when a report
   * folder is given.
   *
   * @throws DescriptorException when the descriptors are invalid (nothing is linted then)
   */
  public LintReport lint(LintRequest request) {
    Descriptors descriptors = validate(request.request());
    LintReport report =
        new Linter(request.policyDirectory(), request.request().displayRoot())
            .lint(
                descriptors,
                request.request().outputDirectory(),
                request.kubeVersions(),
                request.failOn());
    if (request.reportDirectory() != null) {
      ReportFiles.write(
          report,
          request.reportDirectory(),
          new SarifReport.Options(request.documentationUrl(), null));
    }
    return report;
  }

  /** The SARIF report's file name. */
  public static final String SARIF_FILE = ReportFiles.SARIF_FILE;

  /** The JUnit XML report's file name. */
  public static final String JUNIT_FILE = ReportFiles.JUNIT_FILE;
}
