package dev.chartgen.core;

import dev.chartgen.core.drift.Drift;
import dev.chartgen.core.drift.DriftReport;
import dev.chartgen.core.environment.EnvironmentChecks;
import dev.chartgen.core.incremental.Inputs;
import dev.chartgen.core.incremental.LastRun;
import dev.chartgen.core.incremental.Validated;
import dev.chartgen.core.lint.ConsoleReport;
import dev.chartgen.core.lint.LintOutcome;
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
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Supplier;

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

  // compiled on first use: a build with nothing changed never needs the schemas
  private final Supplier<SchemaCatalog> catalog;
  private final boolean parallel;

  private Chartgen(Supplier<SchemaCatalog> catalog, boolean parallel) {
    this.catalog = catalog;
    this.parallel = parallel;
  }

  /** A generator with the built-in schemas (compiled once per JVM, shared). */
  public static Chartgen create() {
    return new Chartgen(SchemaCatalog::shared, true);
  }

  /**
   * This generator validating, planning and rendering modules one after the other instead of on
   * every core (the output and the problems are the same; tests compare the two).
   */
  public Chartgen sequential() {
    return new Chartgen(catalog, false);
  }

  /**
   * Loads and checks the platform and every descriptor. Valid descriptors are kept for the JVM's
   * next calls with the same inputs (a fingerprint of every file validation reads, taken on each
   * call, so any change is seen), so that the goals of one build validate once. With a state
   * folder, the fingerprint of valid inputs is also recorded there for the next build's {@link
   * #validation}.
   *
   * @throws DescriptorException with every problem found
   */
  public Descriptors validate(Request request) {
    Optional<String> key = validatedKey(request);
    Descriptors descriptors = validate(request, key);
    if (request.stateDirectory() != null) {
      key.ifPresent(
          k -> Validated.record(request.stateDirectory(), k, descriptors.modules().size()));
    }
    return descriptors;
  }

  /** How many modules a valid platform has, and whether an earlier build found it valid. */
  public record Validation(int modules, boolean unchanged) {}

  /**
   * The {@code validate} goal: as {@link #validate}, except that with a state folder recording
   * these exact inputs as valid (an earlier build's generate, lint or package found them valid, see
   * {@link Validated#record}) nothing is loaded again. Writes nothing.
   *
   * @throws DescriptorException with every problem found
   */
  public Validation validation(Request request) {
    Optional<String> key = validatedKey(request);
    if (request.stateDirectory() != null && key.isPresent()) {
      OptionalInt modules = Validated.recorded(request.stateDirectory(), key.get());
      if (modules.isPresent()) {
        return new Validation(modules.getAsInt(), true);
      }
    }
    return new Validation(validate(request, key).modules().size(), false);
  }

  private Descriptors validate(Request request, Optional<String> key) {
    // the goals of one build validate the same inputs once: any changed input gives another key
    Optional<Descriptors> known = key.flatMap(Validated::recall);
    if (known.isPresent()) {
      return known.get();
    }
    Descriptors descriptors = validateNow(request);
    key.ifPresent(k -> Validated.remember(k, descriptors));
    return descriptors;
  }

  static Optional<String> validatedKey(Request request) {
    return Validated.key(
        request.platformFile(),
        request.descriptorDirectory(),
        request.outputDirectory(),
        request.displayRoot());
  }

  private Descriptors validateNow(Request request) {
    DescriptorLoader.Loaded loaded =
        new DescriptorLoader(catalog.get(), request.displayRoot(), parallel)
            .read(request.platformFile(), request.descriptorDirectory(), request.outputDirectory());
    List<Problem> problems = new ArrayList<>(loaded.problems());
    loaded
        .descriptors()
        .ifPresent(
            d ->
                problems.addAll(
                    EnvironmentChecks.check(
                        d, loaded.moduleNames(), problems.isEmpty(), parallel)));
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
   * <p>With a state folder, packaging whose every input is as the last packaging found it
   * (descriptors, platform and environment files, every file of the charts folder, the index to
   * merge, the address and the time) and whose archives and index are still as it wrote them is not
   * done again: the same result is given.
   *
   * @throws DescriptorException when the descriptors are wrong, a chart was not generated, or the
   *     index to merge is not a Helm repository index (or would change a published version)
   */
  public PackageResult packageCharts(PackageRequest request) {
    Path repository = request.repositoryDirectory();
    return GoalRecord.repeatOrRun(
        request.request(),
        PACKAGE_RUN,
        GoalRecord.key(
            request.request(),
            PACKAGE_RUN,
            digest -> {
              digest
                  .add(GoalRecord.absolute(repository))
                  .add(GoalRecord.absolute(request.mergeIndex()))
                  .add(request.baseUrl())
                  .add(request.timestamp().toString());
              Inputs.tree(digest, request.mergeIndex(), true);
            }),
        repository,
        lines -> Packager.repeat(repository, lines),
        () -> {
          PackageResult result = Packager.run(validate(request.request()), request);
          return new GoalRecord.Done<>(result, Packager.lines(result), Packager.files(result));
        });
  }

  /** The record of the last packaging in the state folder ({@link LastRun}). */
  static final String PACKAGE_RUN = "package";

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

  /** The record of the last lint in the state folder ({@link LastRun}). */
  static final String LINT_RUN = "lint";

  /**
   * The {@code lint} goal: {@link #lint} and what it says on a terminal. With a state folder, a
   * lint whose every input is as the last lint found it (descriptors, platform and environment
   * files, every file of the charts folder, the settings, the policies, chartgen) and whose reports
   * are still as it wrote them is not run again: its outcome is given again, word for word, without
   * loading anything (the summary says it is unchanged).
   *
   * @throws DescriptorException when the descriptors are invalid (nothing is linted then)
   */
  public LintOutcome lintBuild(LintRequest request) {
    return GoalRecord.repeatOrRun(
        request.request(),
        LINT_RUN,
        GoalRecord.key(
            request.request(),
            LINT_RUN,
            digest -> {
              digest
                  .add(String.join(",", request.kubeVersions()))
                  .add(request.failOn() == null ? "none" : request.failOn().label())
                  .add(GoalRecord.absolute(request.reportDirectory()))
                  .add(GoalRecord.absolute(request.policyDirectory()))
                  .add(String.valueOf(request.documentationUrl()));
              Inputs.tree(digest, request.policyDirectory(), true);
            }),
        request.reportDirectory(),
        LintOutcome::repeat,
        () -> {
          LintReport report = lint(request);
          LintOutcome outcome = LintOutcome.of(report);
          return new GoalRecord.Done<>(
              outcome,
              outcome.lines(ConsoleReport.unchangedSummary(report)),
              request.reportDirectory() == null ? List.of() : List.of(SARIF_FILE, JUNIT_FILE));
        });
  }

  /** The SARIF report's file name. */
  public static final String SARIF_FILE = ReportFiles.SARIF_FILE;

  /** The JUnit XML report's file name. */
  public static final String JUNIT_FILE = ReportFiles.JUNIT_FILE;
}
