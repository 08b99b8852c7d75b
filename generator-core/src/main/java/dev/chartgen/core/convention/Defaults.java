package dev.chartgen.core.convention;

import dev.chartgen.core.model.Conventions;
import dev.chartgen.core.model.GitSync;
import dev.chartgen.core.model.Image;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Probe;
import dev.chartgen.core.model.Resources;
import dev.chartgen.core.model.SecurityContextOverride;
import dev.chartgen.core.model.WorkloadKind;
import java.util.Map;

/** Every default chartgen applies, in one place: what a descriptor does not say is decided here. */
public final class Defaults {

  /** UID and GID every container runs as (CHECKS.md row 2: at least 10000). */
  public static final long RUN_AS_ID = 10001L;

  /** The pods' UID: the descriptor's securityContext override, else {@link #RUN_AS_ID}. */
  public static long runAsUser(ModuleSpec spec) {
    SecurityContextOverride own = spec.securityContext();
    return own != null && own.runAsUser() != null ? own.runAsUser() : RUN_AS_ID;
  }

  /** The pods' GID: the descriptor's securityContext override, else {@link #RUN_AS_ID}. */
  public static long runAsGroup(ModuleSpec spec) {
    SecurityContextOverride own = spec.securityContext();
    return own != null && own.runAsGroup() != null ? own.runAsGroup() : RUN_AS_ID;
  }

  /** The pods' fsGroup: the descriptor's securityContext override, else {@link #RUN_AS_ID}. */
  public static long fsGroup(ModuleSpec spec) {
    SecurityContextOverride own = spec.securityContext();
    return own != null && own.fsGroup() != null ? own.fsGroup() : RUN_AS_ID;
  }

  /** Replicas of a workload that serves traffic (CHECKS.md row 23). */
  public static final int SERVING_REPLICAS = 2;

  /** Where the writable /tmp emptyDir is mounted. */
  public static final String TMP_PATH = "/tmp";

  /** Seconds a projected ServiceAccount token lives (the kubelet renews it at 80%). */
  public static final int TOKEN_EXPIRATION_SECONDS = 3607;

  /** Old ReplicaSets or revisions a workload keeps for rollback. */
  public static final int REVISION_HISTORY_LIMIT = 5;

  /** A Deployment's rolling update: extra pods allowed during a rollout. */
  public static final String MAX_SURGE = "25%";

  /** A Deployment's rolling update: pods that may be unavailable during a rollout. */
  public static final int MAX_UNAVAILABLE = 0;

  /** Cluster DNS (kube-dns or CoreDNS pods), which every NetworkPolicy lets pods reach. */
  public static final String DNS_LABEL_KEY = "k8s-app";

  /** The label value of the cluster DNS pods. */
  public static final String DNS_LABEL_VALUE = "kube-dns";

  /** The DNS port, reached over UDP and TCP. */
  public static final int DNS_PORT = 53;

  /** Volume names chartgen adds itself; descriptors may not use them. */
  public static final java.util.Set<String> RESERVED_VOLUMES =
      java.util.Set.of("tmp", "git-sync", "git-secret", "sa-token");

  /**
   * For java-spring: the environment variables chartgen sets from {@code spec.java}, in order, with
   * the field of {@code spec.java} (and of the chart's {@code java} values) behind each.
   */
  public static final Map<String, String> JAVA_SETTINGS_ENV = javaSettingsEnv();

  private static Map<String, String> javaSettingsEnv() {
    Map<String, String> env = new java.util.LinkedHashMap<>();
    env.put("JAVA_OPTS", "heap");
    env.put("JAVA_ARGS", "args");
    env.put("JAVA_ENABLE_DEBUG", "debug");
    return java.util.Collections.unmodifiableMap(env);
  }

  /** Container names chartgen adds itself. */
  public static final java.util.Set<String> RESERVED_CONTAINERS =
      java.util.Set.of("db-migration", "git-sync");

  private Defaults() {}

  /** Resources of the main container: the module's, then the platform's, then built-in. */
  public static Resources mainResources(Module module, Platform platform) {
    String key = module.spec().appType().id();
    return module
        .spec()
        .resources()
        .orElse(platform.defaultsFor(key))
        .orElse(PlatformConventions.of(platform).resources().get(key));
  }

  /** Resources of an init container or sidecar. */
  public static Resources initResources(Resources own, Platform platform) {
    Resources base = own == null ? Resources.EMPTY : own;
    return base.orElse(platform.defaultsFor("init"))
        .orElse(PlatformConventions.of(platform).resources().get("init"));
  }

  /** Whether the main container serves traffic: a long-running workload with ports. */
  public static boolean serving(ModuleSpec spec) {
    return spec.workload().longRunning() && !spec.ports().isEmpty();
  }

  /**
   * The declared port the metrics are read from: {@code metrics.port} by name or number, else the
   * first port; empty when there is no such port (or no metrics).
   */
  public static java.util.Optional<dev.chartgen.core.model.Port> metricsPort(ModuleSpec spec) {
    if (spec.metrics() == null) {
      return java.util.Optional.empty();
    }
    String port = spec.metrics().port();
    return spec.ports().stream()
        .filter(p -> port == null || p.name().equals(port) || String.valueOf(p.port()).equals(port))
        .findFirst();
  }

  /** Replicas when the descriptor does not say: 2 for serving workloads, else 1. */
  public static int replicas(ModuleSpec spec) {
    if (spec.replicas() != null) {
      return spec.replicas();
    }
    return serving(spec) && spec.workload() != WorkloadKind.DaemonSet ? SERVING_REPLICAS : 1;
  }

  /** The pull policy: as written, else IfNotPresent for digests and Always for tags. */
  public static String pullPolicy(Image image) {
    if (image.pullPolicy() != null) {
      return image.pullPolicy();
    }
    return image.digest() != null ? "IfNotPresent" : "Always";
  }

  /** preStop sleep seconds: as written, else 10 for java-spring (DIGIT), else none (0). */
  public static int preStopSleep(ModuleSpec spec) {
    if (spec.lifecycle() != null && spec.lifecycle().preStopSleepSeconds() != null) {
      return spec.lifecycle().preStopSleepSeconds();
    }
    boolean exec = spec.lifecycle() != null && !spec.lifecycle().preStopExec().isEmpty();
    return spec.isJavaSpring() && !exec && spec.workload().longRunning() ? 10 : 0;
  }

  /** The git-sync checkout folder: the module's mount path, else the conventions' root. */
  public static String gitSyncRoot(GitSync gitSync, Platform platform) {
    return gitSync.mountPath() != null
        ? gitSync.mountPath()
        : PlatformConventions.of(platform).gitSync().root();
  }

  /** Timing of a liveness probe, defaults from the conventions (DIGIT: period 30s, 5 failures). */
  public static ProbeTiming liveness(Probe probe, boolean slowStart, Platform platform) {
    return ProbeTiming.of(probe, PlatformConventions.of(platform).probes().liveness(), slowStart);
  }

  /** Timing of a readiness probe: checks more often than liveness, fails sooner. */
  public static ProbeTiming readiness(Probe probe, boolean slowStart, Platform platform) {
    return ProbeTiming.of(probe, PlatformConventions.of(platform).probes().readiness(), slowStart);
  }

  /** Timing of a startup probe (DIGIT: up to 5 minutes to start). */
  public static ProbeTiming startup(Probe probe, Platform platform) {
    return ProbeTiming.of(probe, PlatformConventions.of(platform).probes().startup(), false);
  }

  /** Probe timings with defaults filled in. */
  public record ProbeTiming(
      int initialDelaySeconds,
      int periodSeconds,
      int timeoutSeconds,
      int failureThreshold,
      int successThreshold) {

    /** The probe's own timing, gaps filled from {@code defaults}. */
    public static ProbeTiming of(Probe probe, Conventions.Timing defaults, boolean slowStart) {
      return new ProbeTiming(
          or(
              probe.initialDelaySeconds(),
              slowStart ? defaults.slowStartInitialDelaySeconds() : defaults.initialDelaySeconds()),
          or(probe.periodSeconds(), defaults.periodSeconds()),
          or(probe.timeoutSeconds(), defaults.timeoutSeconds()),
          or(probe.failureThreshold(), defaults.failureThreshold()),
          or(probe.successThreshold(), defaults.successThreshold()));
    }

    private static int or(Integer value, Integer fallback) {
      return value == null ? fallback : value;
    }
  }
}
