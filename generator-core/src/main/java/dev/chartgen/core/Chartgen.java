package dev.chartgen.core;

import dev.chartgen.core.environment.EnvironmentChecks;
import dev.chartgen.core.environment.EnvironmentValues;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.lint.Linter;
import dev.chartgen.core.lint.ReportFiles;
import dev.chartgen.core.load.DescriptorLoader;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.ChartPlanner;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.render.ChartRenderer;
import dev.chartgen.core.render.TemplateEngine;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.write.OutputWriter;
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
            .read(request.platformFile(), request.descriptorDirectory());
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
   * Renders every chart in memory.
   *
   * @return files by path relative to the output folder ({@code <chart>/<file>}, and {@code
   *     environments/<env>/<module>.yaml}), sorted
   */
  public Map<String, String> render(Request request) {
    return renderAll(validate(request), request);
  }

  /**
   * Renders every chart, then writes them crash-safely: changed charts only, each swapped in whole,
   * stale files removed, the user's own files kept (see {@link OutputWriter}).
   */
  public GenerateResult generate(Request request) {
    Descriptors descriptors = validate(request);
    Map<String, String> files = renderAll(descriptors, request);
    OutputWriter.Outcome outcome = new OutputWriter(request.outputDirectory()).write(files);
    return new GenerateResult(
        descriptors.modules().stream().map(Module::name).toList(),
        outcome.written(),
        outcome.unchanged(),
        outcome.removed(),
        outcome.kept());
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
      ReportFiles.write(report, request.reportDirectory());
    }
    return report;
  }

  /** The SARIF report's file name. */
  public static final String SARIF_FILE = ReportFiles.SARIF_FILE;

  /** The JUnit XML report's file name. */
  public static final String JUNIT_FILE = ReportFiles.JUNIT_FILE;
}
