package dev.chartgen.core.convention;

import dev.chartgen.core.model.AppType;
import dev.chartgen.core.model.Image;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Probe;
import dev.chartgen.core.model.ResourceList;
import dev.chartgen.core.model.Resources;
import dev.chartgen.core.model.WorkloadKind;
import java.util.Map;

/** Every default chartgen applies, in one place: what a descriptor does not say is decided here. */
public final class Defaults {

  /** UID and GID every container runs as (CHECKS.md row 2: at least 10000). */
  public static final long RUN_AS_ID = 10001L;

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

  /** Default git-sync checkout folder (DIGIT's). */
  public static final String GIT_SYNC_ROOT = "/work-dir";

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

  private static final Map<String, Resources> BUILT_IN_RESOURCES =
      Map.of(
          AppType.JAVA_SPRING.id(),
          resources("100m", "512Mi", "256Mi", "1", "512Mi", "1Gi"),
          AppType.NODE.id(),
          resources("100m", "256Mi", "128Mi", "500m", "256Mi", "512Mi"),
          AppType.WEB.id(),
          resources("50m", "64Mi", "64Mi", "250m", "128Mi", "256Mi"),
          AppType.GENERIC.id(),
          resources("100m", "128Mi", "128Mi", "500m", "256Mi", "512Mi"),
          "init",
          resources("50m", "64Mi", "64Mi", "500m", "256Mi", "256Mi"));

  private Defaults() {}

  private static Resources resources(
      String cpu,
      String memory,
      String storage,
      String cpuLimit,
      String memoryLimit,
      String storageLimit) {
    return new Resources(
        new ResourceList(cpu, memory, storage),
        new ResourceList(cpuLimit, memoryLimit, storageLimit));
  }

  /** Resources of the main container: the module's, then the platform's, then built-in. */
  public static Resources mainResources(Module module, Platform platform) {
    String key = module.spec().appType().id();
    return module
        .spec()
        .resources()
        .orElse(platform.defaultsFor(key))
        .orElse(BUILT_IN_RESOURCES.get(key));
  }

  /** Resources of an init container or sidecar. */
  public static Resources initResources(Resources own, Platform platform) {
    Resources base = own == null ? Resources.EMPTY : own;
    return base.orElse(platform.defaultsFor("init")).orElse(BUILT_IN_RESOURCES.get("init"));
  }

  /** Whether the main container serves traffic: a long-running workload with ports. */
  public static boolean serving(ModuleSpec spec) {
    return spec.workload().longRunning() && !spec.ports().isEmpty();
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

  /** Timing of a liveness probe, defaults after DIGIT's (patient: period 30s, 5 failures). */
  public static ProbeTiming liveness(Probe probe, boolean slowStart) {
    return ProbeTiming.of(probe, slowStart ? 60 : 10, 30, 3, 5, 1);
  }

  /** Timing of a readiness probe: checks more often than liveness, fails sooner. */
  public static ProbeTiming readiness(Probe probe, boolean slowStart) {
    return ProbeTiming.of(probe, slowStart ? 20 : 5, 10, 3, 3, 1);
  }

  /** Timing of a startup probe: up to 5 minutes to start. */
  public static ProbeTiming startup(Probe probe) {
    return ProbeTiming.of(probe, 0, 10, 3, 30, 1);
  }

  /** Probe timings with defaults filled in. */
  public record ProbeTiming(
      int initialDelaySeconds,
      int periodSeconds,
      int timeoutSeconds,
      int failureThreshold,
      int successThreshold) {

    public static ProbeTiming of(
        Probe probe, int delay, int period, int timeout, int failures, int successes) {
      return new ProbeTiming(
          or(probe.initialDelaySeconds(), delay),
          or(probe.periodSeconds(), period),
          or(probe.timeoutSeconds(), timeout),
          or(probe.failureThreshold(), failures),
          or(probe.successThreshold(), successes));
    }

    private static int or(Integer value, int fallback) {
      return value == null ? fallback : value;
    }
  }
}
