package dev.chartgen.core;

import dev.chartgen.core.load.DescriptorLoader;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.ChartPlanner;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.render.ChartRenderer;
import dev.chartgen.core.render.TemplateEngine;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.write.OutputWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    return new DescriptorLoader(catalog, request.displayRoot())
        .load(request.platformFile(), request.descriptorDirectory());
  }

  /**
   * Renders every chart in memory.
   *
   * @return files by path relative to the output folder ({@code <chart>/<file>}), sorted
   */
  public Map<String, String> render(Request request) {
    Descriptors descriptors = validate(request);
    ChartPlanner planner = new ChartPlanner(descriptors.platform(), descriptors.modules());
    ChartRenderer renderer = new ChartRenderer(new TemplateEngine(request.templateOverrides()));
    Map<String, String> files = new TreeMap<>();
    for (Module module : descriptors.modules()) {
      renderer
          .render(planner.plan(module))
          .forEach((path, content) -> files.put(module.name() + "/" + path, content));
    }
    return files;
  }

  /** Renders every chart, then writes them: changed files only, stale files removed. */
  public GenerateResult generate(Request request) {
    Map<String, String> files = render(request);
    OutputWriter.Outcome outcome = new OutputWriter(request.outputDirectory()).write(files);
    Map<String, Boolean> charts = new LinkedHashMap<>();
    files.keySet().forEach(path -> charts.put(path.substring(0, path.indexOf('/')), true));
    return new GenerateResult(
        new ArrayList<>(charts.keySet()),
        outcome.written(),
        outcome.unchanged(),
        outcome.removed());
  }

  static List<String> names(Descriptors descriptors) {
    return descriptors.modules().stream().map(Module::name).toList();
  }
}
