package dev.chartgen.core.check;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.ExtraContainer;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.VolumeMount;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.schema.Suggestions;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic checks of one module descriptor, after its schema passed: what a JSON Schema cannot say
 * (uniqueness, references, quantities compared, conventions).
 */
public final class ModuleChecks {

  private final Module module;
  private final ModuleSpec spec;
  private final Platform platform;
  private final Set<String> knownModules;
  private final ProblemCollector collector;
  private final ContainerChecks containers;
  private final ResourceChecks resources;
  private final AccessChecks access;

  private ModuleChecks(
      Module module, YamlDocument document, Platform platform, Set<String> knownModules) {
    this.module = module;
    this.spec = module.spec();
    this.platform = platform;
    this.knownModules = knownModules;
    this.collector = new ProblemCollector(document);
    this.containers = new ContainerChecks(collector, knownModules);
    this.resources = new ResourceChecks(module, platform, collector);
    this.access = new AccessChecks(spec, knownModules, collector);
  }

  /**
   * Every semantic problem of {@code module}.
   *
   * @param knownModules modules other modules may refer to: described ones and the platform's
   *     listed services
   */
  public static List<Problem> check(
      Module module, YamlDocument document, Platform platform, Set<String> knownModules) {
    ModuleChecks checks = new ModuleChecks(module, document, platform, knownModules);
    checks.run();
    return checks.collector.problems();
  }

  private void run() {
    containers.ports("/spec", spec.ports());
    containers.health("/spec", spec.health(), spec.ports());
    containers.env("/spec", spec.env(), conventionNames(), secretLiteralsWaived());
    extraContainers("/spec/initContainers", spec.initContainers(), true);
    extraContainers("/spec/sidecars", spec.sidecars(), false);
    if (spec.dbMigration() != null) {
      containers.env(
          "/spec/dbMigration", spec.dbMigration().env(), Map.of(), secretLiteralsWaived());
    }
    containerNames();
    resources.resources("/spec/resources", Defaults.mainResources(module, platform));
    resources.java();
    volumes();
    new ConfigMapChecks(spec, collector).run(secretLiteralsWaived());
    ingress();
    autoscaling();
    access.rbac();
    access.networkPolicy();
    access.securityContext();
    new WorkloadChecks(spec, collector).run();
  }

  /**
   * Whether the module waives CG014 with a reason (a false positive such as
   * MASTER_PASSWORD_PROVIDER=software): then a secret-looking literal loads, and the lint report
   * lists the waived finding with that reason.
   */
  private boolean secretLiteralsWaived() {
    return spec.waivers().stream()
        .anyMatch(w -> "CG014".equals(w.rule()) && w.reason() != null && !w.reason().isBlank());
  }

  private Map<String, String> conventionNames() {
    Map<String, String> reserved = new LinkedHashMap<>();
    if (spec.isJavaSpring()) {
      Defaults.JAVA_SETTINGS_ENV.forEach(
          (name, field) -> reserved.put(name, "set spec.java." + field + " instead"));
    }
    return reserved;
  }

  private void extraContainers(String base, List<ExtraContainer> list, boolean init) {
    for (int i = 0; i < list.size(); i++) {
      ExtraContainer c = list.get(i);
      String at = base + "/" + i;
      containers.ports(at, c.ports());
      containers.env(at, c.env(), Map.of(), secretLiteralsWaived());
      if (init
          && (!c.ports().isEmpty()
              || c.health().liveness() != null
              || c.health().readiness() != null
              || c.health().startup() != null)) {
        collector.value(at, "init containers run to completion: they have no ports or health");
      } else {
        containers.health(at, c.health(), c.ports());
      }
      for (int m = 0; m < c.volumeMounts().size(); m++) {
        VolumeMount mount = c.volumeMounts().get(m);
        volumeReference(at + "/volumeMounts/" + m + "/name", mount.name());
      }
      resources.resources(at + "/resources", Defaults.initResources(c.resources(), platform));
    }
  }

  private void containerNames() {
    List<String> names = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    names.add(module.name());
    pointers.add("/metadata/name");
    spec.initContainers().forEach(c -> names.add(c.name()));
    pointers.addAll(
        ContainerChecks.pointers("/spec/initContainers", spec.initContainers().size(), "name"));
    spec.sidecars().forEach(c -> names.add(c.name()));
    pointers.addAll(ContainerChecks.pointers("/spec/sidecars", spec.sidecars().size(), "name"));
    containers.names(pointers, names, Defaults.RESERVED_CONTAINERS);
  }

  private void volumes() {
    Map<String, Integer> names = new HashMap<>();
    Map<String, String> mountPaths = new HashMap<>();
    mountPaths.put(Defaults.TMP_PATH, "chartgen's writable /tmp");
    if (spec.gitSync() != null) {
      String root = Defaults.gitSyncRoot(spec.gitSync(), platform);
      mountPaths.put(root, "/spec/gitSync");
    }
    for (int i = 0; i < spec.volumes().size(); i++) {
      Volume volume = spec.volumes().get(i);
      String at = "/spec/volumes/" + i;
      if (Defaults.RESERVED_VOLUMES.contains(volume.name())) {
        collector.value(
            at + "/name",
            "volume name '" + volume.name() + "' is reserved for chartgen's own volumes");
      }
      Integer earlier = names.putIfAbsent(volume.name(), i);
      if (earlier != null) {
        collector.value(
            at + "/name",
            "duplicate volume name '" + volume.name() + "'",
            "also at /spec/volumes/" + earlier);
      }
      Volume.Claim claim = volume.persistentVolumeClaim();
      if (claim != null && claim.disk() != null) {
        if (claim.existingClaim() != null) {
          collector.key(
              at + "/persistentVolumeClaim/disk",
              "a disk is bound to a claim the chart creates, not to an existing claim",
              "remove existingClaim and give the size, or remove disk");
        }
        if (claim.storageClass() != null) {
          collector.key(
              at + "/persistentVolumeClaim/storageClass",
              "a claim on a pre-made disk has no storage class: it is bound to the chart's"
                  + " PersistentVolume",
              "remove storageClass");
        }
      }
      if (volume.mountPath() != null) {
        String previous = mountPaths.putIfAbsent(volume.mountPath(), at);
        if (previous != null) {
          collector.value(
              at + "/mountPath",
              "'" + volume.mountPath() + "' is already mounted",
              "by " + previous);
        }
      }
    }
    for (int i = 0; i < spec.volumeClaimTemplates().size(); i++) {
      String name = spec.volumeClaimTemplates().get(i).name();
      String at = "/spec/volumeClaimTemplates/" + i;
      if (names.containsKey(name)) {
        collector.value(at + "/name", "'" + name + "' is also a volume in spec.volumes");
      }
      String path = spec.volumeClaimTemplates().get(i).mountPath();
      String previous = mountPaths.putIfAbsent(path, at);
      if (previous != null) {
        collector.value(at + "/mountPath", "'" + path + "' is already mounted", "by " + previous);
      }
    }
  }

  private void volumeReference(String at, String name) {
    List<String> declared = new ArrayList<>();
    spec.volumes().forEach(v -> declared.add(v.name()));
    spec.volumeClaimTemplates().forEach(v -> declared.add(v.name()));
    if (!declared.contains(name)) {
      String hint = Suggestions.didYouMean(name, declared);
      collector.value(
          at,
          "no volume named '" + name + "' in spec.volumes or spec.volumeClaimTemplates",
          hint.isEmpty() && !declared.isEmpty()
              ? "declared: " + String.join(", ", declared)
              : hint);
    }
  }

  private void ingress() {
    if (spec.ingress() == null) {
      return;
    }
    if (spec.ingress().exposesOwnPaths() && spec.ports().isEmpty()) {
      collector.key(
          "/spec/ingress", "an Ingress needs a port to send traffic to", "declare spec.ports");
    }
    if (spec.ingress().routedViaGateway()
        && module.name().equals(platform.spec().gateway().module())) {
      collector.value("/spec/ingress/viaGateway", "the gateway cannot route through itself");
    }
  }

  private void autoscaling() {
    if (spec.autoscaling() == null
        || spec.workload() == WorkloadKind.DaemonSet
        || !spec.workload().longRunning()) {
      return; // WorkloadChecks refuses autoscaling for these kinds; its details do not matter
    }
    if (spec.autoscaling().minReplicas() > spec.autoscaling().maxReplicas()) {
      collector.value(
          "/spec/autoscaling/minReplicas",
          "minReplicas "
              + spec.autoscaling().minReplicas()
              + " is more than maxReplicas "
              + spec.autoscaling().maxReplicas());
    }
    if (spec.replicas() != null) {
      collector.key(
          "/spec/replicas",
          "replicas and autoscaling exclude each other: the autoscaler owns the replica count",
          "remove replicas, or set autoscaling.minReplicas");
    }
    if (spec.autoscaling().targetCPUUtilization() == null
        && spec.autoscaling().targetMemoryUtilization() == null) {
      collector.key(
          "/spec/autoscaling",
          "autoscaling needs a target",
          "set targetCPUUtilization and/or targetMemoryUtilization");
    }
  }
}
