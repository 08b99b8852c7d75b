package dev.chartgen.core.lint;

import dev.chartgen.core.delivery.DeliveryFiles;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.problem.HelmException;
import dev.chartgen.core.problem.VerificationException;
import dev.chartgen.core.text.YamlWriter;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Lints the charts that deliver the platform as a whole: {@code helm lint --strict}, rendering and
 * strict parsing, and no deprecated or removed apiVersion (CG042, CG043, CG036).
 *
 * <ul>
 *   <li>The platform chart with its defaults and with each environment's values file, for the
 *       versions of the window the environment runs, every Secret value given a placeholder (they
 *       are required at install time). The workload rules do not apply: it has no workload, and it
 *       places Namespaces and ConfigMaps and Secrets in the modules' namespaces by design, which
 *       CG038 would report.
 *   <li>Each umbrella chart after a real {@code helm dependency build} of its {@code file://}
 *       dependencies (in a scratch copy: charts-out/ is never touched), with its defaults, for the
 *       newest version of the window. The policy rules are not run again: its objects are its
 *       module charts', which are linted one by one, in every environment.
 * </ul>
 *
 * <p>Each chart is a {@link Target} that names the files its lint reads, so that each has its own
 * entry in the lint cache ({@link Linter}): a changed module chart re-lints the umbrella charts
 * that embed it, not the others, and not the platform chart unless its files changed too.
 */
final class DeliveryLint implements AutoCloseable {

  /** What reports call an umbrella chart: its folder. */
  static final String UMBRELLA = DeliveryFiles.UMBRELLA_FOLDER + "/";

  private static final String PLACEHOLDER = "chartgen-lint-placeholder";

  /** How an umbrella chart's Chart.yaml names a module chart: chartgen writes no other form. */
  private static final String MODULE_REPOSITORY = "file://../../";

  /**
   * One delivery chart and the files its lint reads besides chartgen, the rules, the Kubernetes
   * versions and the environments' windows (what every chart's cache key has: {@link Linter}).
   *
   * @param name what reports call it
   * @param entry its cache entry's name: starts with {@code _}, which no module name does
   * @param folder its folder in the charts folder
   * @param valuesFiles the environments' values files it is linted with, in environment order
   * @param modules the module charts it reads: an umbrella chart's dependencies, which {@code helm
   *     dependency build} packs into it
   */
  record Target(
      String name, String entry, Path folder, List<Path> valuesFiles, List<String> modules) {
    Target {
      valuesFiles = List.copyOf(valuesFiles);
      modules = List.copyOf(modules);
    }

    boolean umbrella() {
      return name.startsWith(UMBRELLA);
    }
  }

  private final Linter linter;
  private final HelmRunner helm;
  private final Descriptors descriptors;
  private final Path chartsFolder;
  private final List<String> kubeVersions;
  private final List<Environment> environments;
  private final Map<String, List<String>> windows;

  /** Scratch copies (charts-out/ is never touched), made on the first chart linted. */
  private Path scratch;

  /** The module charts copied into {@link #scratch} so far. */
  private final Set<String> copied = new HashSet<>();

  /**
   * @param environments the environments, sorted by name
   * @param windows the versions of the window each environment runs, by environment name
   */
  DeliveryLint(
      Linter linter,
      HelmRunner helm,
      Descriptors descriptors,
      Path chartsFolder,
      List<String> kubeVersions,
      List<Environment> environments,
      Map<String, List<String>> windows) {
    this.linter = linter;
    this.helm = helm;
    this.descriptors = descriptors;
    this.chartsFolder = chartsFolder;
    this.kubeVersions = kubeVersions;
    this.environments = List.copyOf(environments);
    this.windows = windows;
  }

  /** The platform chart, then each umbrella chart by name: the order of the report. */
  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    String platform = DeliveryFiles.platformChart(descriptors.platform());
    targets.add(
        new Target(
            platform,
            "_platform",
            chartsFolder.resolve(platform),
            environments.stream().map(e -> Linter.valuesFile(chartsFolder, e, platform)).toList(),
            List.of()));
    List<String> modules = descriptors.modules().stream().map(Module::name).toList();
    for (String umbrella : DeliveryFiles.umbrellaCharts(descriptors)) {
      Path folder = chartsFolder.resolve(DeliveryFiles.UMBRELLA_FOLDER).resolve(umbrella);
      targets.add(
          new Target(
              UMBRELLA + umbrella,
              "_umbrella-" + umbrella,
              folder,
              List.of(),
              dependencies(folder, modules)));
    }
    return targets;
  }

  /**
   * The module charts an umbrella chart's {@code helm dependency build} reads: the modules its
   * Chart.yaml names as {@code file://../../<module>}, sorted; every module when its Chart.yaml
   * cannot be read or names a dependency any other way (not what chartgen writes: the safe side);
   * none when there is no Chart.yaml (the lint reads nothing else then).
   */
  static List<String> dependencies(Path umbrella, List<String> modules) {
    Path file = umbrella.resolve("Chart.yaml");
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      Set<String> named = new TreeSet<>();
      Object dependencies = ((Map<?, ?>) load(file)).get("dependencies");
      if (dependencies != null) {
        for (Object dependency : (List<?>) dependencies) {
          Object repository = ((Map<?, ?>) dependency).get("repository");
          String module =
              repository instanceof String r && r.startsWith(MODULE_REPOSITORY)
                  ? r.substring(MODULE_REPOSITORY.length())
                  : "";
          if (module.isEmpty()
              || module.contains("/")
              || module.contains("\\")
              || module.startsWith(".")) {
            return modules.stream().sorted().toList();
          }
          if (modules.contains(module)) {
            named.add(module);
          }
        }
      }
      return List.copyOf(named);
    } catch (IOException | RuntimeException e) {
      return modules.stream().sorted().toList();
    }
  }

  /**
   * Lints {@code target}: what it found, and its results (an umbrella chart's one; the platform
   * chart's with its defaults, then with each environment's values).
   */
  LintCache.Delivery lint(Target target) {
    List<Finding> findings = new ArrayList<>();
    List<LintReport.ChartResult> charts = new ArrayList<>();
    try {
      if (scratch == null) {
        scratch = Files.createTempDirectory("chartgen-lint-delivery-");
      }
      if (target.umbrella()) {
        charts.add(umbrella(target, findings));
      } else {
        charts.addAll(platform(target, findings));
      }
    } catch (IOException e) {
      throw new VerificationException("cannot prepare " + target.name() + " for linting", e);
    }
    return new LintCache.Delivery(findings, charts);
  }

  /** Deletes the scratch copies. */
  @Override
  public void close() {
    EnvironmentWindow.delete(scratch);
    scratch = null;
  }

  private List<LintReport.ChartResult> platform(Target target, List<Finding> findings)
      throws IOException {
    long start = System.nanoTime();
    String name = target.name();
    Path chart = target.folder();
    List<LintReport.ChartResult> results = new ArrayList<>();
    if (!generated(name, chart, findings)) {
      results.add(new LintReport.ChartResult(name, 0, since(start)));
      return results;
    }
    Map<String, Object> placeholders = placeholders(chart);
    Path secrets = scratch.resolve("secret-placeholders.yaml");
    Files.writeString(secrets, YamlWriter.document(placeholders), StandardCharsets.UTF_8);
    // helm lint takes no values file: it lints a scratch copy whose values.yaml holds the
    // placeholders too (values.schema.json requires every secret value)
    Path linted = scratch.resolve("platform").resolve(name);
    copy(chart, linted);
    Files.writeString(
        linted.resolve("values.yaml"),
        YamlWriter.document(merged(load(chart.resolve("values.yaml")), placeholders)),
        StandardCharsets.UTF_8);
    for (String message : helm.lint(linted).findings()) {
      findings.add(Linter.finding(PolicyEngine.HELM_LINT, name, "Chart.yaml", "", message.strip()));
    }
    results.add(
        new LintReport.ChartResult(
            name, render(name, chart, kubeVersions, List.of(secrets), findings), since(start)));
    for (int i = 0; i < environments.size(); i++) {
      Environment environment = environments.get(i);
      long envStart = System.nanoTime();
      Path values = target.valuesFiles().get(i);
      List<Finding> own = new ArrayList<>();
      int objects = 0;
      if (!Files.isRegularFile(values)) {
        own.add(Linter.valuesFileMissing(name, environment, values));
      } else {
        objects =
            render(name, chart, windows.get(environment.name()), List.of(values, secrets), own);
      }
      own.forEach(f -> findings.add(f.in(environment.name())));
      results.add(new LintReport.ChartResult(name, objects, since(envStart), environment.name()));
    }
    return results;
  }

  private LintReport.ChartResult umbrella(Target target, List<Finding> findings)
      throws IOException {
    long start = System.nanoTime();
    String name = target.name();
    Path source = target.folder();
    int objects = 0;
    if (generated(name, source, findings)) {
      // the umbrella's file:// dependencies point at ../../<module>: the scratch folder mirrors it
      for (String module : target.modules()) {
        Path chart = chartsFolder.resolve(module);
        if (copied.add(module) && Files.isRegularFile(chart.resolve("Chart.yaml"))) {
          copy(chart, scratch.resolve(module));
        }
      }
      Path chart = scratch.resolve(DeliveryFiles.UMBRELLA_FOLDER).resolve(source.getFileName());
      copy(source, chart);
      objects = umbrella(name, chart, findings);
    }
    return new LintReport.ChartResult(name, objects, since(start));
  }

  private int umbrella(String name, Path chart, List<Finding> findings) {
    try {
      helm.buildDependencies(chart);
    } catch (HelmException e) {
      findings.add(
          Linter.finding(
              PolicyEngine.HELM_LINT,
              name,
              "Chart.yaml",
              "/dependencies",
              "helm dependency build fails: " + e.firstLine()));
      return 0;
    }
    for (String message : helm.lint(chart).findings()) {
      findings.add(Linter.finding(PolicyEngine.HELM_LINT, name, "Chart.yaml", "", message.strip()));
    }
    return render(
        name,
        chart.getFileName().toString(),
        chart,
        kubeVersions.subList(0, 1),
        List.of(),
        findings);
  }

  /** Renders for each version; strict parsing of the newest's objects; how many there are. */
  private int render(
      String name,
      Path chart,
      List<String> versions,
      List<Path> valuesFiles,
      List<Finding> findings) {
    return render(name, name, chart, versions, valuesFiles, findings);
  }

  private int render(
      String name,
      String release,
      Path chart,
      List<String> versions,
      List<Path> valuesFiles,
      List<Finding> findings) {
    List<RenderedObject> objects =
        linter.renderWindow(name, release, chart, versions, valuesFiles, findings).objects();
    if (objects == null) {
      return 0;
    }
    for (RenderedObject object : objects) {
      for (String problem : StrictValidator.validate(object)) {
        findings.add(
            new Finding(
                PolicyEngine.STRICT_OBJECTS, name, object.id(), "", problem, object.source()));
      }
    }
    return objects.size();
  }

  private static boolean generated(String name, Path chart, List<Finding> findings) {
    if (Files.isRegularFile(chart.resolve("Chart.yaml"))) {
      return true;
    }
    findings.add(
        Linter.finding(
            PolicyEngine.STRICT_OBJECTS,
            name,
            "Chart.yaml",
            "",
            "the chart was not generated: " + chart + " has no Chart.yaml"));
    return false;
  }

  private static Object load(Path file) throws IOException {
    return new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** {@code over} merged into {@code base} key by key, as Helm merges values. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merged(Object base, Map<String, Object> over) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (base instanceof Map<?, ?> map) {
      map.forEach((key, value) -> out.put(String.valueOf(key), value));
    }
    over.forEach(
        (key, value) ->
            out.put(
                key,
                value instanceof Map<?, ?> nested && out.get(key) instanceof Map<?, ?>
                    ? merged(out.get(key), (Map<String, Object>) nested)
                    : value));
    return out;
  }

  /**
   * Values giving every Secret value the platform chart requires a placeholder: its values.yaml
   * lists each Secret's keys.
   */
  static Map<String, Object> placeholders(Path chart) throws IOException {
    Object values = load(chart.resolve("values.yaml"));
    Map<String, Object> secrets = new TreeMap<>();
    if (values instanceof Map<?, ?> root && root.get("secrets") instanceof Map<?, ?> declared) {
      declared.forEach(
          (secret, spec) -> {
            Map<String, Object> data = new TreeMap<>();
            if (spec instanceof Map<?, ?> s && s.get("keys") instanceof List<?> keys) {
              keys.forEach(key -> data.put(String.valueOf(key), PLACEHOLDER));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("data", data);
            secrets.put(String.valueOf(secret), entry);
          });
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("secrets", secrets);
    return document;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
