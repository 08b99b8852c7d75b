package dev.chartgen.core.environment;

import dev.chartgen.core.check.ModuleChecks;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.AppType;
import dev.chartgen.core.model.ConfigMapSpec;
import dev.chartgen.core.model.EnvValue;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.ExtraContainer;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.plan.ChartPlanner;
import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.schema.Suggestions;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every environment file against what it targets: module names, variables wired to Secrets
 * or ConfigMaps, flags, modules others depend on; then runs the module checks again on each module
 * as the environment merges it, and reports what is new there at the environment file.
 */
public final class EnvironmentChecks {

  /**
   * The name lint reports give the charts' default values, beside the environments' names: no
   * environment file may take it.
   */
  public static final String DEFAULTS = "defaults";

  private final Descriptors descriptors;
  private final boolean parallel;
  private final Map<String, Module> modules = new LinkedHashMap<>();
  private final Set<String> known = new HashSet<>();
  private final List<Problem> problems = new ArrayList<>();
  // each module's own problems, as every environment's recheck compares with them: the same in
  // every environment, so computed once per module
  private final Map<String, Set<String>> baseProblems = new ConcurrentHashMap<>();

  private EnvironmentChecks(Descriptors descriptors, boolean parallel) {
    this.descriptors = descriptors;
    this.parallel = parallel;
    descriptors.modules().forEach(m -> modules.put(m.name(), m));
    known.addAll(descriptors.platform().spec().services().keySet());
    known.addAll(modules.keySet());
  }

  /**
   * Every problem of the environment files.
   *
   * @param moduleNames every module that has a descriptor, even one that failed its own checks (so
   *     that overriding it is not reported as unknown too)
   * @param modulesValid whether every descriptor passed its own checks: only then can modules be
   *     merged and planned, so only then are overrides checked against the plan and the merged
   *     modules checked again
   */
  public static List<Problem> check(
      Descriptors descriptors, Set<String> moduleNames, boolean modulesValid) {
    return check(descriptors, moduleNames, modulesValid, false);
  }

  /**
   * Every problem of the environment files, as {@link #check(Descriptors, Set, boolean)}; with
   * {@code parallel}, the merged modules of an environment are checked again on every core, their
   * problems collected in module order: the same problems in the same order as with one thread.
   */
  public static List<Problem> check(
      Descriptors descriptors, Set<String> moduleNames, boolean modulesValid, boolean parallel) {
    EnvironmentChecks checks = new EnvironmentChecks(descriptors, parallel);
    checks.problems.addAll(ReservedNames.check(descriptors));
    checks.names();
    checks.flags();
    for (Environment environment : descriptors.environments()) {
      checks.environment(environment, moduleNames, modulesValid);
    }
    return List.copyOf(checks.problems);
  }

  private YamlDocument document(String source) {
    return descriptors.documents().get(source);
  }

  /** Two files may not define the same environment. */
  private void names() {
    Map<String, String> seen = new LinkedHashMap<>();
    for (Environment environment : descriptors.environments()) {
      if (environment.name().equals(DEFAULTS)) {
        problems.add(
            new Problem(
                document(environment.source()).locate("/metadata/name"),
                "/metadata/name",
                "environment name '"
                    + DEFAULTS
                    + "' is reserved: lint reports name the charts' default values so",
                "give the environment another name, e.g. dev, uat or prod"));
      }
      String first = seen.putIfAbsent(environment.name(), environment.source());
      if (first != null) {
        YamlDocument doc = document(environment.source());
        problems.add(
            new Problem(
                doc.locate("/metadata/name"),
                "/metadata/name",
                "environment '" + environment.name() + "' is already defined by " + first,
                "give each environment file its own name"));
      }
    }
  }

  /** A flag used in when: must be defined by an environment. */
  private void flags() {
    Set<String> defined = new TreeSet<>();
    descriptors.environments().forEach(e -> defined.addAll(e.spec().flags().keySet()));
    for (Module module : modules.values()) {
      YamlDocument doc = document(module.source());
      flags(doc, "/spec", module.spec().env(), defined);
      List<ExtraContainer> init = module.spec().initContainers();
      for (int i = 0; i < init.size(); i++) {
        flags(doc, "/spec/initContainers/" + i, init.get(i).env(), defined);
      }
      List<ExtraContainer> sidecars = module.spec().sidecars();
      for (int i = 0; i < sidecars.size(); i++) {
        flags(doc, "/spec/sidecars/" + i, sidecars.get(i).env(), defined);
      }
      if (module.spec().dbMigration() != null) {
        flags(doc, "/spec/dbMigration", module.spec().dbMigration().env(), defined);
      }
    }
  }

  private void flags(
      YamlDocument doc, String base, Map<String, EnvValue> env, Set<String> defined) {
    env.forEach(
        (name, value) -> {
          if (value.flag() != null && !defined.contains(value.flag())) {
            String at = JsonPointer.child(JsonPointer.child(base + "/env", name), "when");
            problems.add(
                new Problem(
                    doc.locate(at),
                    at,
                    "flag '" + value.flag() + "' is not defined by any environment file",
                    defined.isEmpty()
                        ? "define it under spec.flags in environments/<name>.yaml"
                        : Suggestions.closest(value.flag(), defined)
                            .map(c -> "did you mean '" + c + "'?")
                            .orElse("defined flags: " + String.join(", ", defined))));
          }
        });
  }

  /** The shared ConfigMap's keys an environment sets must be declared, when the platform does. */
  private void sharedConfig(Environment environment, YamlDocument doc) {
    List<String> declared = descriptors.platform().spec().sharedConfig().keys();
    if (declared.isEmpty()) {
      return;
    }
    for (String key : environment.spec().sharedConfig().keySet()) {
      if (!declared.contains(key)) {
        String at = JsonPointer.child("/spec/sharedConfig", key);
        problems.add(
            new Problem(
                doc.locateKey(at),
                at,
                "key '"
                    + key
                    + "' of the shared ConfigMap is not declared in "
                    + descriptors.platform().source()
                    + " (spec.sharedConfig.keys)",
                Suggestions.closest(key, declared)
                    .map(c -> "did you mean '" + c + "'?")
                    .orElse("declare it under spec.sharedConfig.keys in the platform file")));
      }
    }
  }

  private void environment(Environment environment, Set<String> moduleNames, boolean modulesValid) {
    YamlDocument doc = document(environment.source());
    sharedConfig(environment, doc);
    Platform platform = EnvironmentMerger.platform(descriptors.platform(), environment);
    ChartPlanner basePlanner = new ChartPlanner(descriptors.platform(), descriptors.modules());
    List<Module> merged = new ArrayList<>();
    Map<String, Set<String>> refused = new LinkedHashMap<>();
    environment
        .spec()
        .modules()
        .forEach(
            (name, override) -> {
              String at = JsonPointer.child("/spec/modules", name);
              Module module = modules.get(name);
              if (module == null) {
                if (!moduleNames.contains(name)) {
                  problems.add(
                      new Problem(
                          doc.locateKey(at),
                          at,
                          "unknown module '" + name + "'",
                          Suggestions.closest(name, moduleNames)
                              .map(c -> "did you mean '" + c + "'?")
                              .orElse("environments override modules that have a descriptor")));
                }
                return;
              }
              if (modulesValid) {
                refused.put(name, overrides(doc, at, module, override, basePlanner));
              }
            });
    if (!modulesValid) {
      return;
    }
    for (Module module : modules.values()) {
      merged.add(
          EnvironmentMerger.module(
              module, environment, refused.getOrDefault(module.name(), Set.of())));
    }
    references(environment, doc, merged);
    List<Module> enabled = merged.stream().filter(m -> environment.enabled(m.name())).toList();
    (parallel ? enabled.parallelStream() : enabled.stream())
        .map(module -> recheck(environment, doc, module, platform))
        .toList()
        .forEach(problems::addAll);
  }

  /** Overrides that cannot apply to the module; returns the env names refused. */
  private Set<String> overrides(
      YamlDocument doc,
      String at,
      Module module,
      Environment.ModuleOverride override,
      ChartPlanner planner) {
    WorkloadKind workload = module.spec().workload();
    boolean replicated =
        workload == WorkloadKind.Deployment || workload == WorkloadKind.StatefulSet;
    if (!replicated) {
      notApplicable(doc, at, "replicas", override.replicas(), "a " + workload + " has no replicas");
      notApplicable(
          doc, at, "autoscaling", override.autoscaling(), "a " + workload + " is not autoscaled");
    }
    if (module.spec().appType() != AppType.JAVA_SPRING) {
      notApplicable(doc, at, "java", override.java(), "the module is not java-spring");
    }
    if (module.spec().ingress() == null) {
      notApplicable(doc, at, "ingress", override.ingress(), "the module has no ingress");
    }
    configMaps(doc, at, module, override);
    disks(doc, at, module, override);
    Map<String, String> wired = planner.wiredEnv(module);
    Set<String> refused = new TreeSet<>();
    for (String name : override.env().keySet()) {
      String origin = wired.get(name);
      if (origin != null) {
        refused.add(name);
        String pointer = JsonPointer.child(at + "/env", name);
        problems.add(
            new Problem(
                doc.locateKey(pointer),
                pointer,
                "'"
                    + name
                    + "' is "
                    + origin
                    + ": an environment cannot override it with a literal",
                hint(module, origin)));
      }
    }
    return refused;
  }

  /** Each overridden ConfigMap is one of the module's own, and each key one it declares. */
  private void configMaps(
      YamlDocument doc, String at, Module module, Environment.ModuleOverride override) {
    Map<String, ConfigMapSpec> declared = new LinkedHashMap<>();
    module.spec().configMaps().forEach(c -> declared.put(c.name(), c));
    override
        .configMaps()
        .forEach(
            (name, data) -> {
              String pointer = JsonPointer.child(at + "/configMaps", name);
              ConfigMapSpec configMap = declared.get(name);
              if (configMap == null) {
                problems.add(
                    new Problem(
                        doc.locateKey(pointer),
                        pointer,
                        "module '"
                            + module.name()
                            + "' has no ConfigMap '"
                            + name
                            + "' in spec.configMaps ("
                            + module.source()
                            + ")",
                        declared.isEmpty()
                            ? "declare it in the descriptor's spec.configMaps first"
                            : Suggestions.closest(name, declared.keySet())
                                .map(c -> "did you mean '" + c + "'?")
                                .orElse(
                                    "its ConfigMaps: " + String.join(", ", declared.keySet()))));
                return;
              }
              for (String key : data.data().keySet()) {
                if (!configMap.keys().contains(key)) {
                  String keyPointer = JsonPointer.child(pointer + "/data", key);
                  problems.add(
                      new Problem(
                          doc.locateKey(keyPointer),
                          keyPointer,
                          "ConfigMap '"
                              + name
                              + "' of module '"
                              + module.name()
                              + "' has no key '"
                              + key
                              + "': an environment changes the text of declared keys only",
                          Suggestions.closest(key, configMap.keys())
                              .map(c -> "did you mean '" + c + "'?")
                              .orElse(
                                  "its keys: "
                                      + String.join(", ", configMap.keys())
                                      + "; declare a new key in the descriptor")));
                }
              }
            });
  }

  /** Each disk override names a volume of the module whose claim is on a pre-made disk. */
  private void disks(
      YamlDocument doc, String at, Module module, Environment.ModuleOverride override) {
    List<String> withDisk =
        module.spec().volumes().stream()
            .filter(
                v -> v.persistentVolumeClaim() != null && v.persistentVolumeClaim().disk() != null)
            .map(dev.chartgen.core.model.Volume::name)
            .toList();
    for (String name : override.disks().keySet()) {
      if (!withDisk.contains(name)) {
        String pointer = JsonPointer.child(at + "/disks", name);
        problems.add(
            new Problem(
                doc.locateKey(pointer),
                pointer,
                "module '"
                    + module.name()
                    + "' has no volume '"
                    + name
                    + "' whose claim is on a pre-made disk ("
                    + module.source()
                    + ")",
                withDisk.isEmpty()
                    ? "declare persistentVolumeClaim.disk on the volume in the descriptor first"
                    : Suggestions.closest(name, withDisk)
                        .map(c -> "did you mean '" + c + "'?")
                        .orElse("its volumes on a disk: " + String.join(", ", withDisk))));
      }
    }
  }

  private static String hint(Module module, String origin) {
    if (origin.startsWith("set from ")) {
      return "set modules."
          + module.name()
          + "."
          + origin.substring("set from ".length())
          + " instead";
    }
    if (origin.startsWith("read from Secret")) {
      return "a Secret's value is given at install time, never in an environment file";
    }
    if (origin.startsWith("read from ConfigMap")) {
      return "set the ConfigMap's value instead (spec.sharedConfig for the shared one)";
    }
    return "remove the override";
  }

  private void notApplicable(YamlDocument doc, String at, String field, Object value, String why) {
    if (value != null) {
      String pointer = at + "/" + field;
      problems.add(
          new Problem(
              doc.locateKey(pointer), pointer, "cannot be overridden: " + why, "remove it"));
    }
  }

  /** No enabled module may reference a disabled one (serviceHost, or routes via the gateway). */
  private void references(Environment environment, YamlDocument doc, List<Module> merged) {
    String gateway = descriptors.platform().spec().gateway().module();
    for (Module caller : merged) {
      if (!environment.enabled(caller.name())) {
        continue;
      }
      Set<String> callees = new TreeSet<>();
      collect(caller.spec().env(), callees);
      caller.spec().initContainers().forEach(c -> collect(c.env(), callees));
      caller.spec().sidecars().forEach(c -> collect(c.env(), callees));
      if (caller.spec().dbMigration() != null) {
        collect(caller.spec().dbMigration().env(), callees);
      }
      if (caller.spec().ingress() != null && caller.spec().ingress().routedViaGateway()) {
        callees.add(gateway);
      }
      if (caller.spec().ingress() != null) {
        caller.spec().ingress().routes().forEach(r -> callees.add(r.module()));
      }
      for (String callee : callees) {
        if (modules.containsKey(callee) && !environment.enabled(callee)) {
          String at = "/spec/modules/" + callee + "/enabled";
          problems.add(
              new Problem(
                  doc.locate(at),
                  at,
                  "module '"
                      + callee
                      + "' is disabled in environment '"
                      + environment.name()
                      + "', but '"
                      + caller.name()
                      + "' ("
                      + caller.source()
                      + ") references it",
                  "disable '" + caller.name() + "' too, or keep '" + callee + "' enabled"));
        }
      }
    }
  }

  private static void collect(Map<String, EnvValue> env, Set<String> callees) {
    env.values()
        .forEach(
            value -> {
              if (value.source() instanceof EnvValue.ServiceHost host) {
                callees.add(host.module());
              }
            });
  }

  /**
   * The module checks on the merged module; what is new is reported at the environment file. Called
   * from several threads: reads only, and returns its problems.
   */
  private List<Problem> recheck(
      Environment environment, YamlDocument doc, Module merged, Platform platform) {
    List<Problem> own = new ArrayList<>();
    Module base = modules.get(merged.name());
    YamlDocument moduleDoc = document(base.source());
    Set<String> before =
        baseProblems.computeIfAbsent(
            base.name(),
            name -> {
              Set<String> found = new HashSet<>();
              for (Problem p : ModuleChecks.check(base, moduleDoc, descriptors.platform(), known)) {
                found.add(p.pointer() + "\u0000" + p.message());
              }
              return found;
            });
    int baseWaivers = base.spec().waivers().size();
    for (Problem p : ModuleChecks.check(merged, moduleDoc, platform, known)) {
      if (before.contains(p.pointer() + "\u0000" + p.message())) {
        continue;
      }
      String at = configMapPointer(merged, p.pointer());
      if (at == null) {
        at = envPointer(merged.name(), p.pointer(), baseWaivers);
      }
      boolean exact = !doc.at(at).isMissingNode();
      own.add(
          new Problem(
              doc.locate(at),
              exact ? at : JsonPointer.child("/spec/modules", merged.name()),
              exact
                  ? p.message()
                  : "in environment '"
                      + environment.name()
                      + "', "
                      + p.pointer()
                      + " of "
                      + p.location()
                      + ": "
                      + p.message(),
              p.hint()));
    }
    return own;
  }

  private static final java.util.regex.Pattern CONFIG_MAP_KEY =
      java.util.regex.Pattern.compile("^/spec/configMaps/([0-9]+)/(?:data|files)/(.+)$");

  /**
   * A problem with a ConfigMap's key (e.g. a secret-looking text) as the environment's override of
   * that key ({@code /spec/modules/<m>/configMaps/<name>/data/<key>}), else null.
   */
  private static String configMapPointer(Module merged, String pointer) {
    java.util.regex.Matcher m = CONFIG_MAP_KEY.matcher(pointer);
    if (!m.matches()) {
      return null;
    }
    int index = Integer.parseInt(m.group(1));
    if (index >= merged.spec().configMaps().size()) {
      return null;
    }
    String name = merged.spec().configMaps().get(index).name();
    return JsonPointer.child("/spec/modules", merged.name())
        + "/configMaps/"
        + name
        + "/data/"
        + m.group(2);
  }

  /** A module descriptor's pointer as the environment file's override of it. */
  static String envPointer(String module, String pointer, int baseWaivers) {
    String base = JsonPointer.child("/spec/modules", module);
    if (!pointer.startsWith("/spec/")) {
      return base;
    }
    String rest = pointer.substring("/spec".length());
    if (rest.startsWith("/waivers/")) {
      String[] parts = rest.split("/", 4);
      int index = Integer.parseInt(parts[2]) - baseWaivers;
      if (index < 0) {
        return base;
      }
      return base + "/waivers/" + index + (parts.length > 3 ? "/" + parts[3] : "");
    }
    return base + rest;
  }
}
