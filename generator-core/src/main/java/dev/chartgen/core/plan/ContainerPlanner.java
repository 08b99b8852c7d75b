package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.DbMigration;
import dev.chartgen.core.model.ExtraContainer;
import dev.chartgen.core.model.GitSync;
import dev.chartgen.core.model.Image;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.VolumeClaimTemplate;
import dev.chartgen.core.model.VolumeMount;
import dev.chartgen.core.view.ContainerView;
import dev.chartgen.core.view.ContainerView.MountView;
import dev.chartgen.core.view.ContainerView.PortView;
import dev.chartgen.core.view.EnvVarView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the containers of a pod: the main one with DIGIT's conventions, extra init containers and
 * sidecars, the database migration and git-sync, each with the values block that holds its image
 * and resources.
 */
final class ContainerPlanner {

  static final String TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
  static final String GIT_SECRET_PATH = "/etc/git-secret";

  private final Module module;
  private final ModuleSpec spec;
  private final Platform platform;
  private final EnvPlanner env;
  private final List<ContainerValues> containerValues = new ArrayList<>();

  ContainerPlanner(Module module, Platform platform, EnvPlanner env) {
    this.module = module;
    this.spec = module.spec();
    this.platform = platform;
    this.env = env;
    containerValues.add(
        new ContainerValues(
            List.of(),
            module.name(),
            ResolvedImage.of(spec.image(), platform),
            Defaults.mainResources(module, platform)));
  }

  /** The values block of every container planned so far, the main container's first. */
  List<ContainerValues> values() {
    return List.copyOf(containerValues);
  }

  ContainerView main(EnvPlanner.MainEnv mainEnv) {
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
            ? ProbePlanner.plan(spec.health(), spec.ports(), spec.isJavaSpring(), platform)
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

  ContainerView extra(ExtraContainer c, String group) {
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
            ? ProbePlanner.plan(c.health(), c.ports(), false, platform)
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

  ContainerView migration() {
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
    List<EnvVarView> conventional =
        List.of(
            EnvVarView.configMap("DB_URL", config, spec.java().datasourceUrlKeyOrDefault(), false),
            EnvVarView.literal("SCHEMA_TABLE", migration.schemaTable()),
            EnvVarView.secret("FLYWAY_USER", db, "flyway-username", false),
            EnvVarView.secret("FLYWAY_PASSWORD", db, "flyway-password", false),
            EnvVarView.configMap("FLYWAY_LOCATIONS", config, "flyway-locations", false));
    Map<String, EnvVarView> mine = new LinkedHashMap<>();
    env.inline(migration.env()).forEach(v -> mine.put(v.name(), v));
    List<EnvVarView> envVars = new ArrayList<>();
    for (EnvVarView view : conventional) {
      EnvVarView replaced = mine.remove(view.name());
      envVars.add(replaced != null ? replaced : view);
    }
    envVars.addAll(mine.values());
    return plain("db-migration", values.helmPath(), envVars, List.of(tmpMount()));
  }

  ContainerView gitSync(GitSync gitSync) {
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

  static MountView tmpMount() {
    return new MountView("tmp", Defaults.TMP_PATH, null, false);
  }

  private String gitRoot(GitSync gitSync) {
    return Defaults.gitSyncRoot(gitSync, platform);
  }
}
