package dev.chartgen.bench;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.LintRequest;
import dev.chartgen.core.Request;
import dev.chartgen.core.check.ModuleChecks;
import dev.chartgen.core.check.PlatformChecks;
import dev.chartgen.core.environment.EnvironmentChecks;
import dev.chartgen.core.lint.KubeVersions;
import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.lint.Linter;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.policy.ChartObjects;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scale benchmark: one platform size per JVM (so that the first call pays start-up as a build
 * does). Writes a synthetic platform ({@link SyntheticPlatform}), then measures each stage through
 * chartgen-core's API and prints one tab-separated {@code ROW} line per stage (label, modules,
 * stage, wall ms, CPU ms, peak heap MiB) and a Markdown table. {@code bench/run.sh} runs it for
 * several sizes against two builds of chartgen-core, interleaved, and summarises.
 *
 * <p>Arguments: {@code <samples folder> <work folder> <modules> <label> <lint: true|false>
 * [generate-only]}; with {@code generate-only} (for the largest sizes) only the first run, a run
 * with nothing changed and a run with one changed descriptor are measured.
 *
 * <p>Works with any chartgen-core that has the stage API used here; the incremental state ({@code
 * Request.withStateDirectory}) is used when the build has it (found by reflection, so that the
 * baseline runs the same program).
 */
public final class ScaleBench {

  private final List<String[]> rows = new ArrayList<>();
  private final String label;
  private final int size;

  private ScaleBench(String label, int size) {
    this.label = label;
    this.size = size;
  }

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Path samples = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int size = Integer.parseInt(args[2]);
    String label = args[3];
    boolean lint = Boolean.parseBoolean(args[4]);
    boolean stages = args.length < 6 || !args[5].equals("generate-only");
    new ScaleBench(label, size).run(samples, work, lint, stages);
  }

  private void run(Path samples, Path work, boolean lint, boolean stages) throws IOException {
    SyntheticPlatform.Layout layout = SyntheticPlatform.write(samples, work, size);
    Request request =
        Request.of(layout.platformFile(), layout.descriptors(), layout.output())
            .withDisplayRoot(work);
    Chartgen chartgen = Chartgen.create();

    Request scratch =
        Request.of(layout.platformFile(), layout.descriptors(), work.resolve("first-run"))
            .withDisplayRoot(work);
    Path state = work.resolve("target").resolve("chartgen-state");
    Request incremental = withState(request, state);
    if (!stages) {
      // the largest sizes: the first run (with incremental state where the build has it), then
      // a run with nothing changed and one with a changed descriptor
      Request first = withState(scratch, state);
      record(
          "generate, first call in the JVM (start-up included)",
          Measure.of(() -> chartgen.generate(first)).sample());
      record("generate, nothing changed", Measure.of(() -> chartgen.generate(first)).sample());
      edit(layout);
      record(
          "generate, one descriptor changed", Measure.of(() -> chartgen.generate(first)).sample());
      print();
      return;
    }
    record(
        "generate, first call in the JVM (start-up included)",
        Measure.of(() -> chartgen.generate(scratch)).sample());
    Measure.Timed<Descriptors> validated = Measure.of(() -> chartgen.validate(request));
    Descriptors descriptors = validated.value();
    Measure.Sample semantic = Measure.of(() -> semanticChecks(descriptors)).sample();
    record("load + schema validation", validated.sample().minus(semantic));
    record("semantic checks", semantic);
    Measure.Sample render = Measure.of(() -> chartgen.render(request)).sample();
    record("plan + render", render.minus(validated.sample()));
    Measure.Sample generate = Measure.of(() -> chartgen.generate(request)).sample();
    record("write (into an empty folder)", generate.minus(render));
    record("generate, total (warm)", generate);

    record(
        "generate with state, first run",
        Measure.of(() -> chartgen.generate(incremental)).sample());
    record("generate, nothing changed", Measure.of(() -> chartgen.generate(incremental)).sample());
    Path changed = edit(layout);
    record(
        "generate, one descriptor changed",
        Measure.of(() -> chartgen.generate(incremental)).sample());

    if (lint) {
      LintRequest lintRequest = new LintRequest(incremental, List.of(), null, null, null);
      Measure.Timed<LintReport> linted = Measure.of(() -> chartgen.lint(lintRequest));
      record(
          "lint (" + KubeVersions.defaultWindow().size() + " Kubernetes versions)",
          linted.sample());
      System.out.println(
          "# lint: "
              + linted.value().charts().size()
              + " charts, "
              + linted.value().findings().size()
              + " findings");
      record("lint, nothing changed", Measure.of(() -> chartgen.lint(lintRequest)).sample());
      Files.writeString(
          changed,
          Files.readString(changed, StandardCharsets.UTF_8)
              .replace("BENCH_EDIT: \"1\"", "BENCH_EDIT: \"2\""),
          StandardCharsets.UTF_8);
      chartgen.generate(incremental);
      Measure.Timed<LintReport> oneChanged = Measure.of(() -> chartgen.lint(lintRequest));
      record("lint, one descriptor changed", oneChanged.sample());
      delivery(oneChanged.value(), descriptors);
      perChart(descriptors, layout.output());
    }
    print();
  }

  /**
   * Prints which delivery charts (the platform chart, the umbrella charts) a lint linted and their
   * time (a chart read from the lint cache reports no time), and the time of the module charts.
   */
  private static void delivery(LintReport report, Descriptors descriptors) {
    Set<String> modules = new HashSet<>();
    descriptors.modules().forEach(m -> modules.add(m.name()));
    long moduleMs = 0;
    long deliveryMs = 0;
    List<String> linted = new ArrayList<>();
    for (LintReport.ChartResult chart : report.charts()) {
      long ms = chart.duration().toMillis();
      if (modules.contains(chart.chart())) {
        moduleMs += ms;
      } else {
        deliveryMs += ms;
        if (!chart.duration().isZero()) {
          linted.add(
              chart.chart() + (chart.environment() == null ? "" : "@" + chart.environment()));
        }
      }
    }
    System.out.println(
        "# lint, one descriptor changed: module charts "
            + moduleMs
            + " ms (summed over threads); delivery charts linted "
            + deliveryMs
            + " ms: "
            + String.join(", ", linted));
  }

  private static Object semanticChecks(Descriptors descriptors) {
    Set<String> known = new HashSet<>(descriptors.platform().spec().services().keySet());
    descriptors.modules().forEach(m -> known.add(m.name()));
    List<Problem> problems = new ArrayList<>();
    for (Module module : descriptors.modules()) {
      problems.addAll(
          ModuleChecks.check(
              module, descriptors.documents().get(module.source()), descriptors.platform(), known));
    }
    problems.addAll(
        PlatformChecks.check(
            descriptors.platform(), descriptors.modules(), descriptors.documents()));
    problems.addAll(EnvironmentChecks.check(descriptors, known, true));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the synthetic platform has problems: " + problems);
    }
    return problems;
  }

  /** One changed descriptor: a new variable in the middle module's env. */
  private Path edit(SyntheticPlatform.Layout layout) throws IOException {
    Path file = layout.files().get(layout.files().size() / 2);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String edited;
    if (text.contains("\n  env:\n")) {
      edited = text.replace("\n  env:\n", "\n  env:\n    BENCH_EDIT: \"1\"\n");
    } else {
      edited = text.stripTrailing() + "\n  env:\n    BENCH_EDIT: \"1\"\n";
    }
    Files.writeString(file, edited, StandardCharsets.UTF_8);
    return file;
  }

  /** Where a chart's lint time goes, averaged over up to 10 charts. */
  private void perChart(Descriptors descriptors, Path charts) {
    HelmRunner helm = new HelmRunner();
    ReleaseRenderer releases = new ReleaseRenderer(helm);
    PolicyEngine policies = PolicyEngine.load(null);
    List<String> versions = KubeVersions.defaultWindow();
    List<Module> sample =
        descriptors.modules().subList(0, Math.min(10, descriptors.modules().size()));
    Map<String, Measure.Sample> totals = new LinkedHashMap<>();
    for (Module module : sample) {
      Path chart = charts.resolve(module.name());
      add(totals, "per chart: helm lint --strict", Measure.of(() -> helm.lint(chart)).sample());
      List<RenderedObject> objects = null;
      for (String version : versions) {
        Measure.Timed<List<RenderedObject>> rendered =
            Measure.of(
                () ->
                    releases.render(
                        chart, module.name(), Linter.NAMESPACE, version, Map.of(), List.of()));
        add(totals, "per chart: render, one Kubernetes version", rendered.sample());
        objects = rendered.value();
      }
      List<RenderedObject> last = objects;
      add(
          totals,
          "per chart: strict parsing",
          Measure.of(
                  () -> {
                    int problems = 0;
                    for (RenderedObject object : last) {
                      problems += StrictValidator.validate(object).size();
                    }
                    return problems;
                  })
              .sample());
      add(
          totals,
          "per chart: policies",
          Measure.of(
                  () ->
                      policies.check(
                          new ChartObjects(module.name(), chart, Linter.NAMESPACE, last, Set.of())))
              .sample());
    }
    totals.forEach(
        (stage, sum) -> {
          int n = stage.contains("render") ? sample.size() * versions.size() : sample.size();
          record(
              stage,
              new Measure.Sample(sum.wallMillis() / n, sum.cpuMillis() / n, sum.peakHeapMiB()));
        });
  }

  private static void add(Map<String, Measure.Sample> totals, String stage, Measure.Sample sample) {
    totals.merge(
        stage,
        sample,
        (a, b) ->
            new Measure.Sample(
                a.wallMillis() + b.wallMillis(),
                a.cpuMillis() + b.cpuMillis(),
                Math.max(a.peakHeapMiB(), b.peakHeapMiB())));
  }

  /** {@code request} with incremental state in {@code folder}, when this chartgen has it. */
  private static Request withState(Request request, Path folder) {
    try {
      Method method = Request.class.getMethod("withStateDirectory", Path.class);
      return (Request) method.invoke(request, folder);
    } catch (NoSuchMethodException e) {
      return request;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private void record(String stage, Measure.Sample sample) {
    rows.add(
        new String[] {
          label,
          Integer.toString(size),
          stage,
          String.format(java.util.Locale.ROOT, "%.1f", sample.wallMillis()),
          String.format(java.util.Locale.ROOT, "%.1f", sample.cpuMillis()),
          String.format(java.util.Locale.ROOT, "%.0f", sample.peakHeapMiB())
        });
  }

  private void print() {
    for (String[] row : rows) {
      System.out.println("ROW\t" + String.join("\t", row));
    }
    System.out.println();
    System.out.println(
        "| " + label + ", " + size + " modules | wall ms | CPU ms | peak heap MiB |");
    System.out.println("|---|---:|---:|---:|");
    for (String[] row : rows) {
      System.out.println("| " + row[2] + " | " + row[3] + " | " + row[4] + " | " + row[5] + " |");
    }
  }
}
