package dev.chartgen.bench.jmh;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.lint.Linter;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.ChartPlan;
import dev.chartgen.core.plan.ChartPlanner;
import dev.chartgen.core.policy.ChartObjects;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.render.ChartRenderer;
import dev.chartgen.core.render.TemplateEngine;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.schema.SchemaValidator;
import dev.chartgen.core.values.ValuesYaml;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.yaml.YamlDocument;
import dev.chartgen.core.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths, on the samples' egov-user module (a typical Java service): validating one
 * descriptor (YAML parse and JSON Schema), planning and rendering one module, writing a
 * values.yaml, and evaluating every policy on one rendered chart. The samples folder is the system
 * property {@code chartgen.samples} (default {@code samples}, run from the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

  /** The module benchmarked. */
  @Param({"egov-user"})
  public String module;

  private String descriptorText;
  private String descriptorSource;
  private SchemaValidator validator;
  private ChartPlanner planner;
  private ChartRenderer renderer;
  private Module target;
  private ChartPlan plan;
  private PolicyEngine policies;
  private ChartObjects chart;

  /** Loads the samples once; renders the module's chart with Helm once, for the policies. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path samples = Path.of(System.getProperty("chartgen.samples", "samples")).toAbsolutePath();
    Path output = Files.createTempDirectory("chartgen-jmh-");
    Request request =
        Request.of(samples.resolve("platform.yaml"), samples.resolve("descriptors"), output);
    Chartgen chartgen = Chartgen.create();
    Descriptors descriptors = chartgen.validate(request);
    target =
        descriptors.modules().stream()
            .filter(m -> m.name().equals(module))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no module " + module));
    descriptorSource = target.source();
    descriptorText =
        Files.readString(
            descriptors.documents().keySet().stream()
                .filter(s -> s.equals(descriptorSource))
                .map(s -> locate(samples, s))
                .findFirst()
                .orElseThrow(),
            StandardCharsets.UTF_8);
    validator = new SchemaValidator(SchemaCatalog.builtIn());
    planner = new ChartPlanner(descriptors.platform(), descriptors.modules());
    renderer = new ChartRenderer(new TemplateEngine(null));
    plan = planner.plan(target);
    chartgen.generate(request);
    Path chartFolder = output.resolve(module);
    List<RenderedObject> objects =
        new ReleaseRenderer(new HelmRunner())
            .render(chartFolder, module, Linter.NAMESPACE, null, Map.of(), List.of());
    policies = PolicyEngine.load(null);
    chart = new ChartObjects(module, chartFolder, Linter.NAMESPACE, objects, Set.of("gateway"));
  }

  private static Path locate(Path samples, String source) {
    Path direct = Path.of(source);
    if (Files.isRegularFile(direct)) {
      return direct;
    }
    try (var files = Files.walk(samples.resolve("descriptors"))) {
      return files
          .filter(
              f ->
                  f.toString()
                      .replace('\\', '/')
                      .endsWith(source.replaceFirst("^.*?descriptors/", "descriptors/")))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("cannot find " + source));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Parses one descriptor and validates it against the module schema. */
  @Benchmark
  public Object validateDescriptor() {
    YamlDocument document = YamlParser.parse(descriptorSource, descriptorText);
    return validator.validate(document, SchemaCatalog.ID_PREFIX + "module.schema.json");
  }

  /** Plans one module's chart and renders every file of it. */
  @Benchmark
  public Map<String, String> planAndRenderModule() {
    return renderer.render(planner.plan(target));
  }

  /** Writes one chart's values.yaml from its planned values. */
  @Benchmark
  public String writeValuesYaml() {
    return ValuesYaml.write("bench", plan.values());
  }

  /** Evaluates every built-in policy on one rendered chart. */
  @Benchmark
  public List<Finding> evaluatePolicies() {
    return policies.check(chart);
  }
}
