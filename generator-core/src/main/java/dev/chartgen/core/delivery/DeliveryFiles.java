package dev.chartgen.core.delivery;

import dev.chartgen.core.environment.EnvironmentValues;
import dev.chartgen.core.environment.ReservedNames;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.plan.ServiceHosts;
import dev.chartgen.core.text.YamlWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files that deploy the platform as a whole: umbrella charts (one per group, one for every
 * module), {@code helmfile.yaml} and one Argo CD app-of-apps per environment, ordered by the {@link
 * PlatformGraph}; the platform chart is {@link PlatformChart}'s.
 */
public final class DeliveryFiles {

  /** The folder of the umbrella charts. */
  public static final String UMBRELLA_FOLDER = ReservedNames.UMBRELLA_FOLDER;

  /** The folder of the Argo CD applications. */
  public static final String ARGOCD_FOLDER = ReservedNames.ARGOCD_FOLDER;

  /** The helmfile. */
  public static final String HELMFILE = "helmfile.yaml";

  private final Descriptors descriptors;
  private final Map<String, String> moduleVersions;
  private final PlatformGraph graph;
  private final ServiceHosts hosts;

  /** The delivery files of {@code descriptors}, its module charts at their base versions. */
  public DeliveryFiles(Descriptors descriptors) {
    this(descriptors, Map.of());
  }

  /**
   * The delivery files of {@code descriptors}.
   *
   * @param moduleVersions the version of each module chart (as chartgen.lock gives it), by module
   *     name: what the umbrella charts depend on; a module left out is at its base version
   */
  public DeliveryFiles(Descriptors descriptors, Map<String, String> moduleVersions) {
    this.descriptors = descriptors;
    this.moduleVersions = Map.copyOf(moduleVersions);
    this.graph = new PlatformGraph(descriptors.platform(), descriptors.modules());
    this.hosts = new ServiceHosts(descriptors.platform(), descriptors.modules());
  }

  /** The platform chart's name, also its folder in the output folder. */
  public static String platformChart(Platform platform) {
    return ReservedNames.platformChart(platform);
  }

  /**
   * The charts these files hold besides the module charts, each with its folder (relative to the
   * output folder): the platform chart and the umbrella charts.
   */
  public static Map<String, String> charts(Descriptors descriptors) {
    Map<String, String> charts = new TreeMap<>();
    charts.put(platformChart(descriptors.platform()), platformChart(descriptors.platform()));
    umbrellaCharts(descriptors).forEach(u -> charts.put(u, UMBRELLA_FOLDER + "/" + u));
    return charts;
  }

  /**
   * The umbrella charts' names, also their folders under {@value #UMBRELLA_FOLDER}, sorted: one per
   * group ({@code <platform>-<group>}) and one for the whole platform ({@code <platform>}).
   */
  public static List<String> umbrellaCharts(Descriptors descriptors) {
    TreeSet<String> names = new TreeSet<>();
    descriptors
        .modules()
        .forEach(
            m ->
                names.add(
                    ReservedNames.groupUmbrella(descriptors.platform(), m.metadata().group())));
    names.add(ReservedNames.platformUmbrella(descriptors.platform()));
    return List.copyOf(names);
  }

  /** The modules each umbrella chart depends on, by umbrella name. */
  public static Map<String, List<String>> umbrellaModules(Descriptors descriptors) {
    Map<String, List<String>> modules = new TreeMap<>();
    Platform platform = descriptors.platform();
    for (Module module : descriptors.modules()) {
      modules
          .computeIfAbsent(
              ReservedNames.groupUmbrella(platform, module.metadata().group()),
              u -> new ArrayList<>())
          .add(module.name());
      modules
          .computeIfAbsent(ReservedNames.platformUmbrella(platform), u -> new ArrayList<>())
          .add(module.name());
    }
    return modules;
  }

  /** The platform's graph. */
  public PlatformGraph graph() {
    return graph;
  }

  /** Every file, by path relative to the output folder. */
  public Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    files.putAll(umbrellas());
    files.put(HELMFILE, helmfile());
    files.putAll(releases());
    if (platform().spec().gitOps() != null) {
      files.putAll(argocd());
    }
    files.putAll(new PlatformChart(descriptors, hosts).files());
    return files;
  }

  private Platform platform() {
    return descriptors.platform();
  }

  private List<Environment> environments() {
    List<Environment> sorted = new ArrayList<>(descriptors.environments());
    sorted.sort(Comparator.comparing(Environment::name));
    return sorted;
  }

  /** The version of a module's chart, as its Chart.yaml says. */
  static String chartVersion(Module module, Platform platform) {
    if (module.metadata().chartVersion() != null) {
      return module.metadata().chartVersion();
    }
    return platform.spec().chartVersion() != null ? platform.spec().chartVersion() : "0.1.0";
  }

  private Map<String, String> umbrellas() {
    Map<String, List<Module>> groups = new TreeMap<>();
    for (Module module : descriptors.modules()) {
      groups.computeIfAbsent(module.metadata().group(), g -> new ArrayList<>()).add(module);
    }
    Map<String, String> files = new TreeMap<>();
    groups.forEach(
        (group, modules) ->
            umbrella(
                files,
                ReservedNames.groupUmbrella(platform(), group),
                "The " + group + " modules of the " + platform().name() + " platform.",
                modules));
    umbrella(
        files,
        ReservedNames.platformUmbrella(platform()),
        "Every module of the " + platform().name() + " platform; tags switch groups off.",
        descriptors.modules());
    return files;
  }

  private void umbrella(
      Map<String, String> files, String name, String description, List<Module> modules) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("apiVersion", "v2");
    chart.put("name", name);
    chart.put("description", description);
    chart.put("type", "application");
    chart.put(
        "version",
        platform().spec().chartVersion() == null ? "0.1.0" : platform().spec().chartVersion());
    List<Object> dependencies = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> tags = new TreeMap<>();
    for (Module module : modules) {
      Map<String, Object> dependency = new LinkedHashMap<>();
      dependency.put("name", module.name());
      dependency.put(
          "version", moduleVersions.getOrDefault(module.name(), chartVersion(module, platform())));
      dependency.put("repository", "file://../../" + module.name());
      dependency.put("condition", module.name() + ".enabled");
      dependency.put("tags", List.of(module.metadata().group()));
      dependencies.add(dependency);
      tags.put(module.metadata().group(), true);
    }
    chart.put("dependencies", dependencies);
    values.put("tags", tags);
    String folder = UMBRELLA_FOLDER + "/" + name + "/";
    files.put(folder + "Chart.yaml", YamlWriter.document(chart));
    files.put(
        folder + "values.yaml",
        "# Values of the "
            + name
            + " umbrella chart, generated by chartgen. tags.<group>: false leaves a group out;\n"
            + "# <module>.enabled (true or false) decides for one module, whatever its tags; a\n"
            + "# module's own values go under its name.\n"
            + YamlWriter.document(values));
    files.put(folder + ".helmignore", "charts/*.tgz.lock\n");
  }

  private String helmfile() {
    StringBuilder out =
        new StringBuilder(
            "# Generated by chartgen: one release per module, ordered by the platform's graph"
                + " (needs:).\n"
                + "# helmfile -e <environment> apply; each environment's values files are under"
                + " environments/<environment>/.\n");
    for (String cycle : graph.cycles()) {
      out.append("# ").append(cycle).append('\n');
    }
    Map<String, Object> environments = new LinkedHashMap<>();
    for (Environment environment : environments()) {
      environments.put(
          environment.name(),
          ordered(
              "values",
              List.of(EnvironmentValues.FOLDER + "/" + environment.name() + "/" + RELEASES_FILE)));
    }
    out.append(YamlWriter.document(ordered("environments", environments)));
    out.append("---\n");
    List<Object> releases = new ArrayList<>();
    for (Module module : rolloutOrder()) {
      Map<String, Object> release = new LinkedHashMap<>();
      release.put("name", module.name());
      release.put("namespace", hosts.namespace(module.name()));
      release.put("chart", "./" + module.name());
      release.put("condition", module.name() + ".enabled");
      release.put(
          "values",
          List.of(
              EnvironmentValues.FOLDER + "/{{ .Environment.Name }}/" + module.name() + ".yaml"));
      List<Object> needs = new ArrayList<>();
      for (String need : graph.needs(module.name())) {
        needs.add(hosts.namespace(need) + "/" + need);
      }
      if (!needs.isEmpty()) {
        release.put("needs", needs);
      }
      releases.add(release);
    }
    out.append(YamlWriter.document(ordered("releases", releases)));
    return out.toString();
  }

  /** The name of each environment's helmfile values (which modules it deploys). */
  public static final String RELEASES_FILE = "_releases.yaml";

  /** Modules by sync wave, then name. */
  List<Module> rolloutOrder() {
    List<Module> ordered = new ArrayList<>(descriptors.modules());
    ordered.sort(Comparator.comparingInt((Module m) -> graph.wave(m)).thenComparing(Module::name));
    return ordered;
  }

  private Map<String, String> releases() {
    Map<String, String> files = new TreeMap<>();
    for (Environment environment : environments()) {
      Map<String, Object> enabled = new TreeMap<>();
      for (Module module : rolloutOrder()) {
        enabled.put(module.name(), ordered("enabled", environment.enabled(module.name())));
      }
      files.put(
          EnvironmentValues.FOLDER + "/" + environment.name() + "/" + RELEASES_FILE,
          "# Which modules environment "
              + environment.name()
              + " deploys (helmfile conditions), generated by chartgen.\n"
              + YamlWriter.document(enabled));
    }
    return files;
  }

  private Map<String, String> argocd() {
    Map<String, String> files = new TreeMap<>();
    for (Environment environment : environments()) {
      StringBuilder apps =
          new StringBuilder(
              "# Argo CD applications of environment "
                  + environment.name()
                  + ", generated by chartgen: apply this file (app of apps); sync waves follow the"
                  + " platform's graph.\n");
      for (Module module : rolloutOrder()) {
        if (environment.enabled(module.name())) {
          apps.append("---\n").append(YamlWriter.document(application(environment, module)));
        }
      }
      files.put(ARGOCD_FOLDER + "/" + environment.name() + ".yaml", apps.toString());
    }
    return files;
  }

  private Map<String, Object> application(Environment environment, Module module) {
    String name = environment.name() + "-" + module.name();
    Map<String, Object> app = new LinkedHashMap<>();
    app.put("apiVersion", "argoproj.io/v1alpha1");
    app.put("kind", "Application");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", "argocd");
    metadata.put(
        "annotations", ordered("argocd.argoproj.io/sync-wave", String.valueOf(graph.wave(module))));
    app.put("metadata", metadata);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("project", "default");
    Map<String, Object> source = new LinkedHashMap<>();
    Platform.GitOps git = platform().spec().gitOps();
    source.put("repoURL", git.repoURL());
    source.put("targetRevision", git.targetRevision());
    source.put("path", git.path() + "/" + module.name());
    source.put(
        "helm",
        ordered(
            "releaseName",
            module.name(),
            "valueFiles",
            List.of(
                "../"
                    + EnvironmentValues.FOLDER
                    + "/"
                    + environment.name()
                    + "/"
                    + module.name()
                    + ".yaml")));
    spec.put("source", source);
    spec.put(
        "destination",
        ordered(
            "server",
            "https://kubernetes.default.svc",
            "namespace",
            hosts.namespace(module.name())));
    spec.put(
        "syncPolicy",
        ordered(
            "automated",
            ordered("prune", true, "selfHeal", true),
            "syncOptions",
            List.of("CreateNamespace=false")));
    app.put("spec", spec);
    return app;
  }

  /** A map in the order of its keys as given (Map.of has none: output must not change). */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Namespaces of the modules, sorted. */
  static TreeSet<String> namespaces(Descriptors descriptors, ServiceHosts hosts) {
    TreeSet<String> namespaces = new TreeSet<>();
    descriptors.modules().forEach(m -> namespaces.add(hosts.namespace(m.name())));
    return namespaces;
  }
}
