package dev.chartgen.core.plan;

import dev.chartgen.core.model.DbMigration;
import dev.chartgen.core.model.ExtraContainer;
import dev.chartgen.core.model.GitSync;
import dev.chartgen.core.model.Image;
import dev.chartgen.core.model.KeyToPath;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.VolumeClaimTemplate;
import dev.chartgen.core.model.VolumeMount;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.view.ContainerView;
import dev.chartgen.core.view.ContainerView.MountView;
import dev.chartgen.core.view.ContainerView.PortView;
import dev.chartgen.core.view.EnvVarView;
import dev.chartgen.core.view.PodView;
import dev.chartgen.core.view.VolumeView;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the pod: containers in DIGIT's order (extra init containers, db-migration, git-sync, then
 * the main container and sidecars), their volumes, and the hardening every pod gets.
 */
final class PodPlanner {

  static final String TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
  private static final String GIT_SECRET_PATH = "/etc/git-secret";
  private static final int GIT_SECRET_MODE = 0440;

  /** The planned pod(s) and the values block of every container. */
  record PodPlan(
      PodView pod,
      PodView migrationPod,
      EnvPlanner.MainEnv env,
      List<ContainerValues> containers,
      List<Volume> claims) {}

  private final Module module;
  private final ModuleSpec spec;
  private final Platform platform;
  private final EnvPlanner env;
  private final List<ContainerValues> containerValues = new ArrayList<>();
  private final ResolvedImage mainImage;

  PodPlanner(Module module, Platform platform, ServiceHosts hosts) {
    this.module = module;
    this.spec = module.spec();
    this.platform = platform;
    this.env = new EnvPlanner(platform, hosts);
    this.mainImage = ResolvedImage.of(spec.image(), platform);
  }

  PodPlan plan() {
    containerValues.add(
        new ContainerValues(
            List.of(), module.name(), mainImage, Defaults.mainResources(module, platform)));
    List<ContainerView> init = new ArrayList<>();
    for (ExtraContainer c : spec.initContainers()) {
      init.add(extra(c, "initContainers"));
    }
    DbMigration migration = spec.dbMigration();
    ContainerView migrationContainer = migration == null ? null : migration();
    if (migrationContainer != null && !migration.asHookJob()) {
      init.add(migrationContainer);
    }
    if (spec.gitSync() != null) {
      init.add(gitSync(spec.gitSync()));
    }
    EnvPlanner.MainEnv mainEnv = env.main(module);
    List<ContainerView> containers = new ArrayList<>();
    containers.add(main(mainEnv));
    for (ExtraContainer c : spec.sidecars()) {
      containers.add(extra(c, "sidecars"));
    }
    boolean token =
        spec.serviceAccount().mountsToken()
            || spec.initContainers().stream().anyMatch(ExtraContainer::mountsToken)
            || spec.sidecars().stream().anyMatch(ExtraContainer::mountsToken);
    PodView pod = pod(init, containers, volumes(token), restartPolicy());
    PodView migrationPod =
        migration != null && migration.asHookJob()
            ? pod(
                List.of(),
                List.of(migrationContainer),
                List.of(tmp()),
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
    return new PodPlan(pod, migrationPod, mainEnv, containerValues, claims);
  }

  private ContainerView main(EnvPlanner.MainEnv mainEnv) {
    List<MountView> mounts = new ArrayList<>();
    mounts.add(tmpMount());
    if (spec.gitSync() != null) {
      mounts.add(new MountView("git-sync", gitRoot(spec.gitSync()), null, false));
    }
    for (Volume v : spec.volumes()) {
      if (v.mountPath() != null) {
        mounts.add(new MountView(v.name(), v.mountPath(), v.subPath(), v.mountedReadOnly()));
      }
    }
    for (VolumeClaimTemplate claim : spec.volumeClaimTemplates()) {
      mounts.add(new MountView(claim.name(), claim.mountPath(), null, false));
    }
    ProbePlanner.Probes probes =
        spec.workload().longRunning()
            ? ProbePlanner.plan(spec.health(), spec.ports(), spec.isJavaSpring())
            : ProbePlanner.Probes.NONE;
    int sleep = Defaults.preStopSleep(spec);
    List<String> preStopExec =
        spec.lifecycle() == null ? List.of() : spec.lifecycle().preStopExec();
    return new ContainerView(
        module.name(),
        ".Values",
        spec.command(),
        spec.args(),
        ports(spec.ports()),
        mainEnv.references(),
        ".Values.env",
        probes.liveness(),
        probes.readiness(),
        probes.startup(),
        sleep > 0 ? sleep : null,
        preStopExec,
        withToken(mounts, spec.serviceAccount().mountsToken()),
        spec.serviceAccount().mountsToken());
  }

  private ContainerView extra(ExtraContainer c, String group) {
    ContainerValues values =
        new ContainerValues(
            List.of(group, ContainerValues.key(c.name())),
            c.name(),
            ResolvedImage.of(c.image(), platform),
            Defaults.initResources(c.resources(), platform));
    containerValues.add(values);
    List<MountView> mounts = new ArrayList<>();
    mounts.add(tmpMount());
    for (VolumeMount m : c.volumeMounts()) {
      mounts.add(new MountView(m.name(), m.mountPath(), m.subPath(), readOnly(m)));
    }
    ProbePlanner.Probes probes =
        group.equals("sidecars")
            ? ProbePlanner.plan(c.health(), c.ports(), false)
            : ProbePlanner.Probes.NONE;
    return new ContainerView(
        c.name(),
        values.helmPath(),
        c.command(),
        c.args(),
        ports(c.ports()),
        env.inline(c.env()),
        null,
        probes.liveness(),
        probes.readiness(),
        probes.startup(),
        null,
        List.of(),
        withToken(mounts, c.mountsToken()),
        c.mountsToken());
  }

  private boolean readOnly(VolumeMount mount) {
    if (mount.readOnly() != null) {
      return mount.readOnly();
    }
    return spec.volumes().stream()
        .filter(v -> v.name().equals(mount.name()))
        .findFirst()
        .map(Volume::mountedReadOnly)
        .orElse(false);
  }

  private ContainerView migration() {
    DbMigration migration = spec.dbMigration();
    Image own = migration.image();
    Image image =
        new Image(
            own != null && own.repository() != null
                ? own.repository()
                : spec.image().repository() + "-db",
            own != null && own.tag() != null ? own.tag() : spec.image().tag(),
            own != null ? own.digest() : null,
            own != null ? own.pullPolicy() : spec.image().pullPolicy());
    ContainerValues values =
        new ContainerValues(
            List.of("dbMigration"),
            "db-migration",
            ResolvedImage.of(image, platform),
            Defaults.initResources(migration.resources(), platform));
    containerValues.add(values);
    String config = platform.spec().sharedConfig().configMap();
    String db = platform.spec().sharedConfig().databaseSecret();
    List<EnvVarView> envVars =
        List.of(
            EnvVarView.configMap("DB_URL", config, spec.java().datasourceUrlKeyOrDefault(), false),
            EnvVarView.literal("SCHEMA_TABLE", migration.schemaTable()),
            EnvVarView.secret("FLYWAY_USER", db, "flyway-username", false),
            EnvVarView.secret("FLYWAY_PASSWORD", db, "flyway-password", false),
            EnvVarView.configMap("FLYWAY_LOCATIONS", config, "flyway-locations", false));
    return plain("db-migration", values.helmPath(), envVars, List.of(tmpMount()));
  }

  private ContainerView gitSync(GitSync gitSync) {
    ContainerValues values =
        new ContainerValues(
            List.of("gitSync"),
            "git-sync",
            ResolvedImage.of(platform.spec().gitSync().image(), platform),
            Defaults.initResources(gitSync.resources(), platform));
    containerValues.add(values);
    boolean ssh = !gitSync.repo().startsWith("https://");
    List<EnvVarView> envVars = new ArrayList<>();
    envVars.add(EnvVarView.fromValues("GIT_SYNC_REPO", ".Values.gitSync.repo"));
    envVars.add(EnvVarView.fromValues("GIT_SYNC_BRANCH", ".Values.gitSync.branch"));
    envVars.add(EnvVarView.literal("GIT_SYNC_ROOT", gitRoot(gitSync)));
    envVars.add(EnvVarView.literal("GIT_SYNC_DEPTH", "1"));
    envVars.add(EnvVarView.literal("GIT_SYNC_ONE_TIME", "true"));
    envVars.add(EnvVarView.literal("HOME", Defaults.TMP_PATH));
    List<MountView> mounts = new ArrayList<>();
    mounts.add(tmpMount());
    mounts.add(new MountView("git-sync", gitRoot(gitSync), null, false));
    if (ssh) {
      envVars.add(EnvVarView.literal("GIT_SYNC_SSH", "true"));
      envVars.add(EnvVarView.literal("GIT_SSH_KEY_FILE", GIT_SECRET_PATH + "/ssh"));
      envVars.add(EnvVarView.literal("GIT_KNOWN_HOSTS", "true"));
      envVars.add(EnvVarView.literal("GIT_SSH_KNOWN_HOSTS_FILE", GIT_SECRET_PATH + "/known_hosts"));
      mounts.add(new MountView("git-secret", GIT_SECRET_PATH, null, true));
    }
    return plain("git-sync", values.helmPath(), envVars, mounts);
  }

  private static ContainerView plain(
      String name, String values, List<EnvVarView> envVars, List<MountView> mounts) {
    return new ContainerView(
        name, values, List.of(), List.of(), List.of(), envVars, null, null, null, null, null,
        List.of(), mounts, false);
  }

  private List<VolumeView> volumes(boolean token) {
    List<VolumeView> volumes = new ArrayList<>();
    volumes.add(tmp());
    if (spec.gitSync() != null) {
      volumes.add(VolumeView.emptyDir("git-sync", null, null));
      if (!spec.gitSync().repo().startsWith("https://")) {
        String secret =
            spec.gitSync().secret() != null
                ? spec.gitSync().secret()
                : platform.spec().gitSync().secret();
        volumes.add(
            new VolumeView(
                "git-secret",
                null,
                null,
                new VolumeView.Files(
                    secret,
                    List.of(
                        new KeyToPath("ssh", "ssh"), new KeyToPath("known-hosts", "known_hosts")),
                    GIT_SECRET_MODE,
                    null),
                null,
                null,
                null,
                false));
      }
    }
    for (Volume v : spec.volumes()) {
      volumes.add(volume(v));
    }
    if (token) {
      volumes.add(new VolumeView("sa-token", null, null, null, null, null, null, true));
    }
    return volumes;
  }

  private static VolumeView volume(Volume v) {
    if (v.emptyDir() != null) {
      return VolumeView.emptyDir(v.name(), v.emptyDir().medium(), v.emptyDir().sizeLimit());
    }
    if (v.configMap() != null) {
      return new VolumeView(v.name(), null, files(v.configMap()), null, null, null, null, false);
    }
    if (v.secret() != null) {
      return new VolumeView(v.name(), null, null, files(v.secret()), null, null, null, false);
    }
    if (v.persistentVolumeClaim() != null) {
      Volume.Claim claim = v.persistentVolumeClaim();
      return claim.existingClaim() != null
          ? new VolumeView(v.name(), null, null, null, null, claim.existingClaim(), null, false)
          : new VolumeView(v.name(), null, null, null, v.name(), null, null, false);
    }
    Volume.HostPath host = v.hostPath();
    return new VolumeView(
        v.name(),
        null,
        null,
        null,
        null,
        null,
        new VolumeView.HostPath(host.path(), host.type() == null ? "Directory" : host.type()),
        false);
  }

  private static VolumeView.Files files(Volume.ConfigSource source) {
    return new VolumeView.Files(
        source.name(), source.items(), source.defaultMode(), source.optional());
  }

  private PodView pod(
      List<ContainerView> init,
      List<ContainerView> containers,
      List<VolumeView> volumes,
      String restart) {
    return pod(init, containers, volumes, restart, true);
  }

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
        Defaults.RUN_AS_ID,
        Defaults.RUN_AS_ID,
        Defaults.RUN_AS_ID,
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

  private static List<PortView> ports(List<Port> ports) {
    return ports.stream().map(p -> new PortView(p.name(), p.port(), p.protocol())).toList();
  }

  private static List<MountView> withToken(List<MountView> mounts, boolean token) {
    if (!token) {
      return mounts;
    }
    List<MountView> all = new ArrayList<>(mounts);
    all.add(new MountView("sa-token", TOKEN_PATH, null, true));
    return all;
  }

  private static VolumeView tmp() {
    return VolumeView.emptyDir("tmp", null, null);
  }

  private static MountView tmpMount() {
    return new MountView("tmp", Defaults.TMP_PATH, null, false);
  }

  private static String gitRoot(GitSync gitSync) {
    return gitSync.mountPath() != null ? gitSync.mountPath() : Defaults.GIT_SYNC_ROOT;
  }
}
