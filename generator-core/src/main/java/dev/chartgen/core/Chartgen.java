package dev.chartgen.core;

import dev.chartgen.core.drift.Drift;
import dev.chartgen.core.drift.DriftReport;
import dev.chartgen.core.environment.EnvironmentChecks;
import dev.chartgen.core.incremental.Validated;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.lint.Linter;
import dev.chartgen.core.lint.ReportFiles;
import dev.chartgen.core.lint.SarifReport;
import dev.chartgen.core.load.DescriptorLoader;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.write.OutputWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final boolean parallel;

  private Chartgen(SchemaCatalog catalog, boolean parallel) {
    this.catalog = catalog;
    this.parallel = parallel;
  }

  /** A generator with the built-in schemas (compiled once per JVM, shared). */
  public static Chartgen create() {
    return new Chartgen(SchemaCatalog.shared(), true);
  }

  /**
   * This generator planning and rendering modules one after the other instead of on every core (the
   * output is the same; tests compare the two).
   */
  public Chartgen sequential() {
    return new Chartgen(catalog, false);
  }

  /**
   * Loads and checks the platform and every descriptor. Valid descriptors are kept for the JVM's
   * next calls with the same inputs (a fingerprint of every file validation reads, taken on each
   * call, so any change is seen), so that the goals of one build validate once.
   *
   * @throws DescriptorException with every problem found
   */
  public Descriptors validate(Request request) {
    // the goals of one build validate the same inputs once: any changed input gives another key
    Optional<String> key =
        Validated.key(
            request.platformFile(),
            request.descriptorDirectory(),
            request.outputDirectory(),
            request.displayRoot());
    Optional<Descriptors> known = key.flatMap(Validated::recall);
    if (known.isPresent()) {
      return known.get();
    }
    Descriptors descriptors = validateNow(request);
    key.ifPresent(k -> Validated.remember(k, descriptors));
    return descriptors;
  }

  private Descriptors validateNow(Request request) {
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
   * that records those versions ({@value dev.chartgen.core.version.LockFile#NAME}, read from the
   * output folder when there).
   *
   * @return files by path relative to the output folder ({@code <chart>/<file>}, {@code
   *     environments/<env>/<module>.yaml} and the lock file), sorted
   * @throws DescriptorException when the descriptors or the lock file are wrong
   */
  public Map<String, String> render(Request request) {
    return Generation.full(validate(request), request, parallel);
  }

  /**
   * Renders every chart, then writes them crash-safely: changed charts only, each swapped in whole,
   * stale files removed, the user's own files kept (see {@link OutputWriter}).
   *
   * <p>With a {@linkplain Request#stateDirectory() state folder}, a run whose inputs and output
   * folder are as the last run left them does nothing, and a changed descriptor renders only the
   * charts that depend on it; the output is exactly what a full run writes.
   */
  public GenerateResult generate(Request request) {
    if (request.stateDirectory() != null) {
      return Generation.incremental(this, request, parallel);
    }
    Descriptors descriptors = validate(request);
    Map<String, String> files = Generation.full(descriptors, request, parallel);
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
   * @throws dev.chartgen.core.problem.OutputException when a push fails
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

  /** The lint cache's folder inside the state folder. */
  static final String LINT_CACHE = "lint";

  /**
   * Lints the generated charts of every module and writes the SARIF and JUnit reports when a report
   * folder is given. With a {@linkplain Request#stateDirectory() state folder}, each module chart's
   * result is kept in its {@value #LINT_CACHE} folder and a chart whose files, environment values
   * and lint settings are unchanged is not linted again (the report is the same).
   *
   * @throws DescriptorException when the descriptors are invalid (nothing is linted then)
   */
  public LintReport lint(LintRequest request) {
    Descriptors descriptors = validate(request.request());
    LintReport report =
        new Linter(request.policyDirectory(), request.request().displayRoot())
            .withCache(
                request.request().stateDirectory() == null
                    ? null
                    : request.request().stateDirectory().resolve(LINT_CACHE))
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
