package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.DbMigration;
import dev.chartgen.core.model.ExtraContainer;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.view.ContainerView;
import dev.chartgen.core.view.ContainerView.PortView;
import dev.chartgen.core.view.PodView;
import dev.chartgen.core.view.VolumeView;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the pod: containers in DIGIT's order (extra init containers, db-migration, git-sync, then
 * the main container and sidecars), their volumes, and the hardening every pod gets.
 */
final class PodPlanner {

  /** The planned pod(s) and the values block of every container. */
  record PodPlan(
      PodView pod,
      PodView migrationPod,
      EnvPlanner.MainEnv env,
      List<ContainerValues> containers,
      List<Volume> claims) {}

  private final Module module;
  private final ModuleSpec spec;
  private final EnvPlanner env;
  private final ContainerPlanner containers;
  private final VolumePlanner volumes;

  PodPlanner(Module module, Platform platform, ServiceHosts hosts) {
    this.module = module;
    this.spec = module.spec();
    this.env = new EnvPlanner(platform, hosts);
    this.containers = new ContainerPlanner(module, platform, env);
    this.volumes = new VolumePlanner(spec, platform);
  }

  PodPlan plan() {
    List<ContainerView> init = new ArrayList<>();
    for (ExtraContainer c : spec.initContainers()) {
      init.add(containers.extra(c, "initContainers"));
    }
    DbMigration migration = spec.dbMigration();
    ContainerView migrationContainer = migration == null ? null : containers.migration();
    if (migrationContainer != null && !migration.asHookJob()) {
      init.add(migrationContainer);
    }
    if (spec.gitSync() != null) {
      init.add(containers.gitSync(spec.gitSync()));
    }
    EnvPlanner.MainEnv mainEnv = env.main(module);
    List<ContainerView> running = new ArrayList<>();
    running.add(containers.main(mainEnv));
    for (ExtraContainer c : spec.sidecars()) {
      running.add(containers.extra(c, "sidecars"));
    }
    boolean token =
        spec.serviceAccount().mountsToken()
            || spec.initContainers().stream().anyMatch(ExtraContainer::mountsToken)
            || spec.sidecars().stream().anyMatch(ExtraContainer::mountsToken);
    PodView pod = pod(init, running, volumes.volumes(token), restartPolicy(), true);
    PodView migrationPod =
        migration != null && migration.asHookJob()
            ? pod(
                List.of(),
                List.of(migrationContainer),
                List.of(VolumePlanner.tmp()),
                spec.job().restartPolicy(),
                false)
            : null;
    List<Volume> claims =
        spec.volumes().stream()
            .filter(
                v ->
                    v.persistentVolumeClaim() != null
                        && v.persistentVolumeClaim().existingClaim() == null)
            .toList();
    return new PodPlan(pod, migrationPod, mainEnv, containers.values(), claims);
  }

  /** A pod spec; {@code workload} false for the migration hook Job's pod. */
  private PodView pod(
      List<ContainerView> init,
      List<ContainerView> containers,
      List<VolumeView> volumes,
      String restart,
      boolean workload) {
    WorkloadKind kind = spec.workload();
    boolean replicated =
        workload && (kind == WorkloadKind.Deployment || kind == WorkloadKind.StatefulSet);
    String topologyKey =
        !replicated
            ? null
            : switch (spec.scheduling().topologySpread()) {
              case "hostname" -> "kubernetes.io/hostname";
              case "none" -> null;
              default -> "topology.kubernetes.io/zone";
            };
    List<PodView.Sysctl> sysctls = new ArrayList<>();
    containers.stream()
        .flatMap(c -> c.ports().stream())
        .mapToInt(PortView::containerPort)
        .filter(p -> p < 1024)
        .min()
        .ifPresent(
            p ->
                sysctls.add(
                    new PodView.Sysctl("net.ipv4.ip_unprivileged_port_start", String.valueOf(p))));
    int grace =
        spec.terminationGracePeriodSeconds() != null
            ? spec.terminationGracePeriodSeconds()
            : Math.max(30, Defaults.preStopSleep(spec) + 20);
    return new PodView(
        init,
        containers,
        volumes,
        Defaults.runAsUser(spec),
        Defaults.runAsGroup(spec),
        Defaults.fsGroup(spec),
        sysctls,
        grace,
        restart,
        replicated && spec.scheduling().affinity() == null,
        topologyKey,
        workload && kind == WorkloadKind.DaemonSet && spec.daemonSet().everyNode());
  }

  private String restartPolicy() {
    return spec.workload().longRunning() ? null : spec.job().restartPolicy();
  }
}
