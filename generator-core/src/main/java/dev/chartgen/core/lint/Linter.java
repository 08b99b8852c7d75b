package dev.chartgen.core.lint;

import dev.chartgen.core.environment.EnvironmentValues;
import dev.chartgen.core.incremental.Digest;
import dev.chartgen.core.incremental.Inputs;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.NetworkGraph;
import dev.chartgen.core.policy.ChartObjects;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.NetworkGraphRule;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.problem.HelmException;
import dev.chartgen.core.problem.VerificationException;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lints generated charts, in one JVM with the Helm native library loaded once: {@code helm lint
 * --strict}; {@code helm template} for every Kubernetes version of the window (no deprecated or
 * removed apiVersion); strict parsing of every object with the Kubernetes models; every policy
 * rule; waivers.
 *
 * <p>A platform with environment files is linted per environment too: every module chart the
 * environment deploys is rendered with its values file ({@code environments/<env>/<module>.yaml})
 * for the versions of the window the environment runs, and checked like its defaults, with the
 * environment's waivers; the platform chart and the umbrella charts are linted as well ({@link
 * DeliveryLint}). Renders are reused: an environment that changes nothing in a chart reuses the
 * chart's default objects, and, since chartgen's templates never ask Helm for the Kubernetes
 * version (only for the API versions the cluster serves, which lint declares), an environment's
 * objects are rendered once and their apiVersions checked against each version of its window (a
 * chart whose templates read the version is rendered for each version).
 */
public final class Linter {

  private final HelmRunner helm = new HelmRunner();
  private final ReleaseRenderer releases = new ReleaseRenderer(helm);
  private final ApiLifecycle lifecycle = ApiLifecycle.builtIn();
  private final PolicyEngine policies;
  private final Path policyDirectory;
  private boolean renderEveryVersion;
  private Path cacheFolder;
  private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
  private volatile int cachedCharts;

  public Linter(Path policyDirectory) {
    this(policyDirectory, null);
  }

  /**
   * A linter with the built-in rules and the JSON Schema rules of {@code policyDirectory}.
   *
   * @param policyDirectory a folder of extra policies, or null
   * @param displayRoot file names in messages about those policies are relative to it
   * @throws dev.chartgen.core.problem.DescriptorException when one of them is malformed
   */
  public Linter(Path policyDirectory, Path displayRoot) {
    this.policies = PolicyEngine.load(policyDirectory, displayRoot);
    this.policyDirectory = policyDirectory;
  }

  /**
   * This linter keeping each module chart's result in {@code folder} (see {@link LintCache}), e.g.
   * {@code target/chartgen-state/lint}; null for none.
   */
  public Linter withCache(Path folder) {
    this.cacheFolder = folder;
    return this;
  }

  /**
   * This linter linting module charts on {@code count} threads (default: the cores, at least 2);
   * the report is the same with one.
   */
  public Linter threads(int count) {
    this.threads = Math.max(1, count);
    return this;
  }

  /** The chart folder of every call into the embedded Helm this linter made, in order. */
  List<String> helmCharts() {
    return helm.calls();
  }

  /** How many module charts the last {@link #lint} read from the cache. */
  public int cachedCharts() {
    return cachedCharts;
  }

  /**
   * This linter rendering each chart once per Kubernetes version even where one render stands for
   * all ({@link RenderOnce}): for tests that compare.
   */
  Linter exhaustive() {
    this.renderEveryVersion = true;
    return this;
  }

  /** The namespace charts are rendered into, so that hard-coded namespaces stand out. */
  public static final String NAMESPACE = "chartgen-lint";

  /**
   * What a chart rendered to with its default values.
   *
   * @param versions the versions of the window the chart admits, newest first
   * @param objects the objects for the newest of them, or null when it rendered for none
   */
  record Rendered(List<String> versions, List<RenderedObject> objects) {}

  /**
   * Lints the chart of every module in {@code descriptors}, found in {@code chartsFolder}, with its
   * defaults and with each environment's values; and the platform and umbrella charts when the
   * platform has environments.
   *
   * <p>Module charts are linted on several threads ({@link #threads(int)}): calls into the embedded
   * Helm are serialised ({@link HelmRunner}), so what runs in parallel is the Java work (strict
   * parsing, policies, digests, the cache) of one chart while Helm works on another. The results
   * are gathered in module order: the report does not depend on the threads. With a cache folder
   * ({@link #withCache(Path)}), a module whose chart, environment values files and lint settings
   * are unchanged is not linted again: its findings before waivers, and the objects the
   * platform-wide rule reads, are read back; and each delivery chart (the platform chart, each
   * umbrella chart) whose files, environment values files and embedded module charts are unchanged
   * is not linted again either ({@link #deliveryKey}).
   *
   * @param kubeVersions the Kubernetes versions to render for, newest first
   * @param failOn the lowest severity that fails, or null when nothing fails
   */
  public LintReport lint(
      Descriptors descriptors, Path chartsFolder, List<String> kubeVersions, Severity failOn) {
    long start = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    List<LintReport.Waived> waived = new ArrayList<>();
    List<LintReport.ChartResult> charts = new ArrayList<>();
    Map<String, DescriptorLocator> locators = new LinkedHashMap<>();
    Map<String, DescriptorLocator> environmentFiles = new LinkedHashMap<>();
    Set<String> gateway = Set.of(descriptors.platform().spec().gateway().module());
    List<Environment> environments = new ArrayList<>(descriptors.environments());
    environments.sort(Comparator.comparing(Environment::name));
    LintCache cache = cacheFolder == null ? null : new LintCache(cacheFolder, policies.rules());
    Map<String, List<String>> windows = new LinkedHashMap<>();
    for (Environment environment : environments) {
      environmentFiles.put(
          environment.name(),
          new DescriptorLocator(descriptors.documents().get(environment.source())));
      windows.put(
          environment.name(), window(cache, environment.spec().kubeVersion(), kubeVersions));
    }
    String common =
        cache == null
            ? null
            : commonKey(chartsFolder, kubeVersions, gateway, environments, windows);
    List<Callable<ModuleLint>> tasks = new ArrayList<>();
    for (Module module : descriptors.modules()) {
      locators.put(
          module.name(), new DescriptorLocator(descriptors.documents().get(module.source())));
      tasks.add(
          () ->
              lintModule(
                  module,
                  chartsFolder,
                  kubeVersions,
                  gateway,
                  environments,
                  windows,
                  cache,
                  common));
    }
    List<ModuleLint> results = run(tasks);
    cachedCharts = (int) results.stream().filter(ModuleLint::cached).count();
    Map<String, List<Finding>> own = new LinkedHashMap<>();
    Map<String, List<RenderedObject>> rendered = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      String name = descriptors.modules().get(i).name();
      own.put(name, new ArrayList<>(results.get(i).entry().findings()));
      rendered.put(name, results.get(i).entry().network());
    }
    // the platform's NetworkPolicies against its graph: needs every chart's objects at once (the
    // policies are the same in every environment: environments add no calls and no namespaces);
    // it runs on every lint, on the objects of charts read from the cache too
    new NetworkGraphRule(
            new NetworkGraph(descriptors.platform(), descriptors.modules()),
            descriptors.platform(),
            rendered)
        .check()
        .forEach((chart, list) -> own.computeIfAbsent(chart, k -> new ArrayList<>()).addAll(list));
    for (int i = 0; i < results.size(); i++) {
      Module module = descriptors.modules().get(i);
      ModuleLint result = results.get(i);
      int objects = result.entry().objects();
      List<Finding> list = own.get(module.name());
      list.sort(PolicyEngine.ORDER);
      findings.addAll(
          new Waivers(module)
              .apply(module.name(), list, waived, policies.rules().keySet(), objects > 0));
      charts.add(new LintReport.ChartResult(module.name(), objects, result.duration()));
      Map<String, LintCache.Environment> byName = new LinkedHashMap<>();
      result.entry().environments().forEach(e -> byName.put(e.name(), e));
      for (Environment environment : environments) {
        LintCache.Environment linted = byName.get(environment.name());
        if (linted == null) {
          continue; // not deployed there
        }
        List<Finding> tagged = new ArrayList<>(linted.findings());
        tagged.sort(PolicyEngine.ORDER);
        findings.addAll(
            new Waivers(module, environment)
                .apply(
                    module.name(),
                    tagged,
                    waived,
                    policies.rules().keySet(),
                    linted.objects() > 0));
        charts.add(
            new LintReport.ChartResult(
                module.name(),
                linted.objects(),
                result.environments().getOrDefault(environment.name(), Duration.ZERO),
                environment.name()));
      }
    }
    Set<String> entries = new java.util.HashSet<>();
    descriptors.modules().forEach(m -> entries.add(m.name()));
    if (!environments.isEmpty()) {
      Map<String, String> chartDigests = new LinkedHashMap<>();
      for (int i = 0; i < results.size(); i++) {
        chartDigests.put(descriptors.modules().get(i).name(), results.get(i).chart());
      }
      try (DeliveryLint delivery =
          new DeliveryLint(
              this, helm, descriptors, chartsFolder, kubeVersions, environments, windows)) {
        for (DeliveryLint.Target target : delivery.targets()) {
          String key = cache == null ? null : deliveryKey(common, target, chartDigests);
          Optional<LintCache.Delivery> kept =
              cache == null ? Optional.empty() : cache.readDelivery(target.entry(), key);
          LintCache.Delivery result = kept.orElseGet(() -> delivery.lint(target));
          if (cache != null && kept.isEmpty()) {
            cache.writeDelivery(target.entry(), key, result);
          }
          entries.add(target.entry());
          findings.addAll(result.findings());
          charts.addAll(result.charts());
        }
      }
    }
    if (cache != null) {
      cache.keepOnly(entries);
    }
    findings.sort(PolicyEngine.ORDER);
    return new LintReport(
        charts,
        findings,
        waived,
        policies.rules(),
        kubeVersions,
        failOn,
        locators,
        environmentFiles,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * One module's lint with its defaults and in every environment that deploys it, before waivers
   * and the platform-wide rule.
   *
   * @param duration the time of its defaults (or of reading it back)
   * @param environments the time of each environment
   * @param cached whether it was read from the cache
   * @param chart the digest of its chart's files (part of its key, and of the keys of the umbrella
   *     charts that embed it), or null without a cache
   */
  private record ModuleLint(
      LintCache.Entry entry,
      Duration duration,
      Map<String, Duration> environments,
      boolean cached,
      String chart) {}

  private ModuleLint lintModule(
      Module module,
      Path chartsFolder,
      List<String> kubeVersions,
      Set<String> gateway,
      List<Environment> environments,
      Map<String, List<String>> windows,
      LintCache cache,
      String common) {
    long start = System.nanoTime();
    String name = module.name();
    Path chart = chartsFolder.resolve(name);
    String key = null;
    String files = null;
    if (cache != null) {
      files = chartDigest(chart);
      key =
          moduleKey(
              common, name, files, chartsFolder, environments, externalServices(gateway, module));
      Optional<LintCache.Entry> kept = cache.read(name, key);
      if (kept.isPresent()) {
        return new ModuleLint(kept.get(), since(start), Map.of(), true, files);
      }
    }
    List<Finding> list = new ArrayList<>();
    Set<String> external = externalServices(gateway, module);
    Rendered result = lintDefaults(name, chart, kubeVersions, external, list);
    Duration defaults = since(start);
    List<LintCache.Environment> linted = new ArrayList<>();
    Map<String, Duration> durations = new LinkedHashMap<>();
    for (Environment environment : environments) {
      if (!environment.enabled(name)) {
        continue;
      }
      long envStart = System.nanoTime();
      List<Finding> found = new ArrayList<>();
      int envObjects =
          lintEnvironment(
              name,
              chart,
              chartsFolder,
              environment,
              windows.get(environment.name()),
              result,
              external,
              found);
      linted.add(
          new LintCache.Environment(
              environment.name(),
              envObjects,
              found.stream().map(f -> f.in(environment.name())).toList()));
      durations.put(environment.name(), since(envStart));
    }
    List<RenderedObject> objects = result.objects() == null ? List.of() : result.objects();
    LintCache.Entry entry =
        new LintCache.Entry(
            result.versions(),
            objects.size(),
            objects.stream().filter(NetworkGraphRule::reads).toList(),
            list,
            linted);
    if (cache != null) {
      cache.write(name, key, entry);
    }
    return new ModuleLint(entry, defaults, durations, false, files);
  }

  /**
   * What decides every module chart's lint result besides its own files: chartgen itself (its
   * version and code: templates, built-in policies, the Kubernetes models, the embedded Helm),
   * every rule's identity and the user's policy files, the Kubernetes versions, the gateway (the
   * Service an Ingress may route to outside its chart), how charts are rendered, where the charts
   * are (findings name paths), and each environment's Kubernetes constraint and window. Waivers are
   * not part of it: they are applied after the cache.
   */
  private String commonKey(
      Path chartsFolder,
      List<String> kubeVersions,
      Set<String> gateway,
      List<Environment> environments,
      Map<String, List<String>> windows) {
    Digest digest =
        Digest.start()
            .add("chartgen lint key 1")
            .add(Inputs.tool())
            .add(String.valueOf(renderEveryVersion))
            .add(NAMESPACE)
            .add(chartsFolder.toString())
            .add(chartsFolder.toAbsolutePath().normalize().toString())
            .add(String.join(",", kubeVersions))
            .add(String.join(",", new java.util.TreeSet<>(gateway)));
    policies.rules().forEach((id, rule) -> digest.add(id).add(rule.toString()));
    Inputs.tree(digest.add("policies"), policyDirectory, true);
    for (Environment environment : environments) {
      digest
          .add(environment.name())
          .add(environment.spec().kubeVersion())
          .add(String.join(",", windows.get(environment.name())));
    }
    return digest.hex();
  }

  /** The digest of a chart folder's files, byte for byte (or of its absence). */
  private static String chartDigest(Path chart) {
    return Inputs.tree(Digest.start().add("chart files"), chart, true).hex();
  }

  /**
   * The key of one module's result: {@code common}, the Services its Ingress may send to outside
   * its chart, the chart's files ({@code files}: {@link #chartDigest}), and whether each
   * environment deploys it and with what values file, byte for byte.
   */
  private static String moduleKey(
      String common,
      String name,
      String files,
      Path chartsFolder,
      List<Environment> environments,
      Set<String> externalServices) {
    Digest digest =
        Digest.start()
            .add(common)
            .add(name)
            .add(String.join(",", new java.util.TreeSet<>(externalServices)))
            .add(files);
    for (Environment environment : environments) {
      boolean enabled = environment.enabled(name);
      digest.add(environment.name()).add(String.valueOf(enabled));
      if (enabled) {
        Inputs.tree(digest, valuesFile(chartsFolder, environment, name), true);
      }
    }
    return digest.hex();
  }

  /**
   * The key of one delivery chart's result (the platform chart, or one umbrella chart): {@code
   * common}, the chart's name, its files byte for byte, the environments' values files it is linted
   * with byte for byte, and the files of each module chart it embeds ({@code chartDigests}, by
   * module: {@link #chartDigest}), which {@code helm dependency build} packs into an umbrella. What
   * it reads and nothing else, so that a changed module re-lints only the umbrella charts that
   * embed it, and the platform chart only when its own files changed.
   */
  private static String deliveryKey(
      String common, DeliveryLint.Target target, Map<String, String> chartDigests) {
    Digest digest =
        Digest.start().add(common).add("delivery chart").add(target.name()).add(target.entry());
    Inputs.tree(digest, target.folder(), true);
    for (Path values : target.valuesFiles()) {
      Inputs.tree(digest.add("values").add(values.toString()), values, true);
    }
    for (String module : target.modules()) {
      digest.add("module").add(module).add(String.valueOf(chartDigests.get(module)));
    }
    return digest.hex();
  }

  /**
   * The versions of {@code kubeVersions} an environment's constraint admits ({@link
   * EnvironmentWindow#versions}), from the cache when Helm judged the same constraint before.
   */
  private List<String> window(LintCache cache, String constraint, List<String> kubeVersions) {
    if (cache == null || constraint == null || constraint.isBlank()) {
      return EnvironmentWindow.versions(helm, constraint, kubeVersions);
    }
    String key =
        Digest.start()
            .add("chartgen lint window 1")
            .add(Inputs.tool())
            .add(constraint)
            .add(String.join(",", kubeVersions))
            .hex();
    Optional<List<String>> kept = cache.readWindow(key);
    if (kept.isPresent()) {
      return kept.get();
    }
    List<String> versions = EnvironmentWindow.versions(helm, constraint, kubeVersions);
    cache.writeWindow(key, versions);
    return versions;
  }

  /** Runs {@code tasks} on this linter's threads; their results in order. */
  private <T> List<T> run(List<Callable<T>> tasks) {
    List<T> results = new ArrayList<>();
    if (threads <= 1 || tasks.size() <= 1) {
      for (Callable<T> task : tasks) {
        try {
          results.add(task.call());
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return results;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, tasks.size()),
            runnable -> {
              Thread thread = new Thread(runnable, "chartgen-lint");
              thread.setDaemon(true);
              return thread;
            });
    try {
      for (Future<T> future : pool.invokeAll(tasks)) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerificationException("lint was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /**
   * Services outside a module's chart its Ingress may send to: the gateway, and the modules its
   * routes name (whose Services are named after them).
   */
  static Set<String> externalServices(Set<String> gateway, Module module) {
    if (module.spec().ingress() == null || module.spec().ingress().routes().isEmpty()) {
      return gateway;
    }
    Set<String> services = new java.util.TreeSet<>(gateway);
    module.spec().ingress().routes().forEach(r -> services.add(r.module()));
    return services;
  }

  /** Lints one chart folder; returns how many objects it renders. */
  public int lintChart(
      String name,
      Path chart,
      List<String> kubeVersions,
      Set<String> externalServices,
      List<Finding> findings) {
    return lintChart(name, chart, kubeVersions, externalServices, findings, new ArrayList<>());
  }

  /**
   * Lints one chart folder, adding the objects rendered for the newest Kubernetes version to {@code
   * rendered}; returns how many objects it renders.
   */
  public int lintChart(
      String name,
      Path chart,
      List<String> kubeVersions,
      Set<String> externalServices,
      List<Finding> findings,
      List<RenderedObject> rendered) {
    Rendered result = lintDefaults(name, chart, kubeVersions, externalServices, findings);
    if (result.objects() != null) {
      rendered.addAll(result.objects());
    }
    return result.objects() == null ? 0 : result.objects().size();
  }

  private Rendered lintDefaults(
      String name,
      Path chart,
      List<String> kubeVersions,
      Set<String> externalServices,
      List<Finding> findings) {
    if (!Files.isRegularFile(chart.resolve("Chart.yaml"))) {
      findings.add(
          finding(
              PolicyEngine.STRICT_OBJECTS,
              name,
              "Chart.yaml",
              "",
              "the chart was not generated: " + chart + " has no Chart.yaml"));
      return new Rendered(List.of(), null);
    }
    for (String message : helm.lint(chart).findings()) {
      findings.add(finding(PolicyEngine.HELM_LINT, name, "Chart.yaml", "", message.strip()));
    }
    Rendered rendered = renderWindow(name, chart, kubeVersions, List.of(), findings);
    if (rendered.objects() == null) {
      if (findings.stream().noneMatch(f -> f.ruleId().equals(PolicyEngine.STRICT_OBJECTS.id()))) {
        findings.add(
            finding(
                PolicyEngine.STRICT_OBJECTS,
                name,
                "Chart.yaml",
                "/kubeVersion",
                "the chart's kubeVersion admits none of the Kubernetes versions checked: "
                    + kubeVersions));
      }
      return rendered;
    }
    check(name, chart, rendered.objects(), externalServices, findings);
    return rendered;
  }

  /**
   * Renders {@code chart} for each version, checking apiVersions; the versions its kubeVersion
   * admits and the objects for the newest of them.
   */
  Rendered renderWindow(
      String name,
      Path chart,
      List<String> kubeVersions,
      List<Path> valuesFiles,
      List<Finding> findings) {
    return renderWindow(name, name, chart, kubeVersions, valuesFiles, findings);
  }

  /** As {@link #renderWindow(String, Path, List, List, List)}, as release {@code release}. */
  Rendered renderWindow(
      String name,
      String release,
      Path chart,
      List<String> kubeVersions,
      List<Path> valuesFiles,
      List<Finding> findings) {
    Optional<List<String>> once =
        renderEveryVersion ? Optional.empty() : RenderOnce.admitted(chart, kubeVersions);
    if (once.isPresent()) {
      Optional<Rendered> rendered =
          renderOnce(name, release, chart, once.get(), valuesFiles, findings);
      if (rendered.isPresent()) {
        return rendered.get();
      }
    }
    return renderEach(name, release, chart, kubeVersions, valuesFiles, findings);
  }

  /**
   * Renders once, for the newest of {@code admitted} (the versions the chart admits, whose objects
   * are all the same: see {@link RenderOnce}), and checks each version's apiVersions on those
   * objects: what {@link #renderEach} finds. Empty when Helm reads the constraint otherwise.
   */
  private Optional<Rendered> renderOnce(
      String name,
      String release,
      Path chart,
      List<String> admitted,
      List<Path> valuesFiles,
      List<Finding> findings) {
    if (admitted.isEmpty()) {
      return Optional.of(new Rendered(List.of(), null));
    }
    List<RenderedObject> objects;
    try {
      objects = releases.render(chart, release, NAMESPACE, admitted.get(0), Map.of(), valuesFiles);
    } catch (HelmException.KubeVersionExcluded e) {
      return Optional.empty();
    } catch (HelmException.RenderFailed e) {
      for (String version : admitted) {
        findings.add(renderFailed(name, version, e));
      }
      return Optional.of(new Rendered(admitted, null));
    }
    for (String version : admitted) {
      apiVersions(name, objects, version, findings);
    }
    return Optional.of(new Rendered(admitted, objects));
  }

  /** Renders for each version, newest first. */
  private Rendered renderEach(
      String name,
      String release,
      Path chart,
      List<String> kubeVersions,
      List<Path> valuesFiles,
      List<Finding> findings) {
    List<RenderedObject> newest = null;
    List<String> admitted = new ArrayList<>();
    for (String version : kubeVersions) {
      List<RenderedObject> objects;
      try {
        objects = releases.render(chart, release, NAMESPACE, version, Map.of(), valuesFiles);
      } catch (HelmException.KubeVersionExcluded e) {
        continue; // outside the chart's own kubeVersion constraint: not a version it supports
      } catch (HelmException.RenderFailed e) {
        admitted.add(version);
        findings.add(renderFailed(name, version, e));
        continue;
      }
      admitted.add(version);
      apiVersions(name, objects, version, findings);
      if (newest == null) {
        newest = objects;
      }
    }
    return new Rendered(admitted, newest);
  }

  /**
   * Lints a module chart with an environment's values file for the versions of the window the
   * environment runs and the chart admits; returns how many objects it renders.
   */
  private int lintEnvironment(
      String name,
      Path chart,
      Path chartsFolder,
      Environment environment,
      List<String> window,
      Rendered defaults,
      Set<String> externalServices,
      List<Finding> findings) {
    if (defaults.objects() == null) {
      return 0; // the chart renders with no values at all: reported with its defaults
    }
    List<String> versions = window.stream().filter(defaults.versions()::contains).toList();
    if (versions.isEmpty()) {
      findings.add(
          finding(
              PolicyEngine.STRICT_OBJECTS,
              name,
              "Chart.yaml",
              "/kubeVersion",
              "environment "
                  + environment.name()
                  + " runs Kubernetes "
                  + environment.spec().kubeVersion()
                  + ", and none of the versions checked that the chart admits does: "
                  + defaults.versions()));
      return 0;
    }
    Path values = valuesFile(chartsFolder, environment, name);
    if (!Files.isRegularFile(values)) {
      findings.add(valuesFileMissing(name, environment, values));
      return 0;
    }
    List<RenderedObject> objects;
    if (EnvironmentWindow.setsNothing(values)
        && versions.get(0).equals(defaults.versions().get(0))) {
      objects = defaults.objects(); // the environment changes nothing in this chart
      versions.forEach(v -> apiVersions(name, objects, v, findings));
    } else if (EnvironmentWindow.readsKubeVersion(chart)) {
      objects = renderWindow(name, chart, versions, List.of(values), findings).objects();
    } else {
      try {
        objects =
            releases.render(chart, name, NAMESPACE, versions.get(0), Map.of(), List.of(values));
      } catch (HelmException e) {
        findings.add(
            finding(
                PolicyEngine.STRICT_OBJECTS,
                name,
                "Chart.yaml",
                "",
                "does not render with the values of environment "
                    + environment.name()
                    + " for Kubernetes "
                    + versions.get(0)
                    + ": "
                    + e.firstLine()));
        return 0;
      }
      List<RenderedObject> rendered = objects;
      versions.forEach(v -> apiVersions(name, rendered, v, findings));
    }
    if (objects == null) {
      return 0;
    }
    check(name, chart, objects, externalServices, findings);
    return objects.size();
  }

  /** Strict parsing and every policy rule, on the objects of one render. */
  private void check(
      String name,
      Path chart,
      List<RenderedObject> objects,
      Set<String> externalServices,
      List<Finding> findings) {
    for (RenderedObject object : objects) {
      for (String problem : StrictValidator.validate(object)) {
        findings.add(
            new Finding(
                PolicyEngine.STRICT_OBJECTS, name, object.id(), "", problem, object.source()));
      }
    }
    findings.addAll(
        policies.check(new ChartObjects(name, chart, NAMESPACE, objects, externalServices)));
  }

  /** A finding per object whose apiVersion is deprecated or removed in {@code version}. */
  void apiVersions(
      String chart, List<RenderedObject> objects, String version, List<Finding> findings) {
    int minor = ApiLifecycle.minor(version);
    for (RenderedObject object : objects) {
      Optional<String> problem = lifecycle.problem(object.apiVersion(), object.kind(), minor);
      if (problem.isPresent()) {
        Finding finding =
            new Finding(
                PolicyEngine.API_VERSIONS,
                chart,
                object.id(),
                "/apiVersion",
                problem.get(),
                object.source());
        if (findings.stream()
            .noneMatch(
                f ->
                    f.ruleId().equals(finding.ruleId())
                        && f.object().equals(finding.object())
                        && f.message().equals(finding.message()))) {
          findings.add(finding);
        }
      }
    }
  }

  static Finding finding(
      dev.chartgen.core.policy.Rule rule,
      String chart,
      String object,
      String path,
      String message) {
    return new Finding(rule, chart, object, path, message, object);
  }

  /** Where {@code environment}'s values file for {@code chart} was generated. */
  static Path valuesFile(Path chartsFolder, Environment environment, String chart) {
    return chartsFolder
        .resolve(EnvironmentValues.FOLDER)
        .resolve(environment.name())
        .resolve(chart + ".yaml");
  }

  /** The finding for an environment whose values file for {@code chart} is not there. */
  static Finding valuesFileMissing(String chart, Environment environment, Path values) {
    return finding(
        PolicyEngine.STRICT_OBJECTS,
        chart,
        "Chart.yaml",
        "",
        "the values file of environment "
            + environment.name()
            + " was not generated: "
            + values
            + " does not exist");
  }

  /** The finding for a chart that Helm cannot render for {@code version}. */
  static Finding renderFailed(String chart, String version, HelmException.RenderFailed e) {
    return finding(
        PolicyEngine.STRICT_OBJECTS,
        chart,
        "Chart.yaml",
        "",
        "does not render for Kubernetes " + version + ": " + e.firstLine());
  }

  /** Every rule this linter applies. */
  public Map<String, dev.chartgen.core.policy.Rule> rules() {
    return policies.rules();
  }
}
