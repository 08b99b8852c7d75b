package dev.chartgen.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What chartgen decides where a descriptor is silent, as data: the built-in set (DIGIT's, shipped
 * in the core jar) or a platform file's {@code spec.conventions}, which extends or overrides it
 * ({@link #overriddenBy}). Parts a platform file does not set are null or empty.
 *
 * @param javaSpring the environment of java-spring containers
 * @param resources requests and limits by appType and {@code init}
 * @param probes probe timings
 * @param gitSync git-sync's checkout folder and secret mount
 * @param networkPolicy how NetworkPolicies name their peers (DNS, ingress controller, monitoring)
 */
public record Conventions(
    JavaSpring javaSpring,
    Map<String, Resources> resources,
    Probes probes,
    GitSync gitSync,
    NetworkPolicyConventions networkPolicy) {

  /** No conventions set: overrides nothing. */
  public static final Conventions NONE = new Conventions(null, null, null, null, null);

  public Conventions {
    javaSpring = javaSpring == null ? new JavaSpring(null, null) : javaSpring;
    resources = Lists.copy(resources);
    probes = probes == null ? new Probes(null, null, null) : probes;
    gitSync = gitSync == null ? new GitSync(null, null) : gitSync;
    networkPolicy =
        networkPolicy == null
            ? new NetworkPolicyConventions(null, null, null, null)
            : networkPolicy;
  }

  /** These conventions with every part {@code override} sets taken from it. */
  public Conventions overriddenBy(Conventions override) {
    if (override == null) {
      return this;
    }
    Map<String, Resources> mergedResources = new LinkedHashMap<>(resources);
    override.resources.forEach(
        (key, value) -> mergedResources.merge(key, value, (base, own) -> own.orElse(base)));
    return new Conventions(
        new JavaSpring(
            merge(javaSpring.env, override.javaSpring.env),
            merge(javaSpring.tracingEnv, override.javaSpring.tracingEnv)),
        mergedResources,
        new Probes(
            Timing.merge(probes.liveness, override.probes.liveness),
            Timing.merge(probes.readiness, override.probes.readiness),
            Timing.merge(probes.startup, override.probes.startup)),
        new GitSync(
            or(override.gitSync.root, gitSync.root),
            or(override.gitSync.secretMode, gitSync.secretMode)),
        new NetworkPolicyConventions(
            or(override.networkPolicy.peerLabel, networkPolicy.peerLabel),
            or(override.networkPolicy.dns, networkPolicy.dns),
            or(override.networkPolicy.ingressController, networkPolicy.ingressController),
            or(override.networkPolicy.monitoring, networkPolicy.monitoring)));
  }

  /** Entries of {@code base}, each replaced by the override of the same name; then new ones. */
  private static List<EnvEntry> merge(List<EnvEntry> base, List<EnvEntry> override) {
    Map<String, EnvEntry> byName = new LinkedHashMap<>();
    base.forEach(e -> byName.put(e.name(), e));
    override.forEach(e -> byName.put(e.name(), e));
    return new ArrayList<>(byName.values());
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  /** The environment of java-spring containers; {@code tracingEnv} when tracing is on. */
  public record JavaSpring(List<EnvEntry> env, List<EnvEntry> tracingEnv) {
    public JavaSpring {
      env = Lists.copy(env);
      tracingEnv = Lists.copy(tracingEnv);
    }
  }

  /**
   * One variable of a convention: a name and exactly one source.
   *
   * @param configKey a key of the platform's shared ConfigMap
   * @param datasourceUrlKey the module's datasource URL key of the shared ConfigMap
   * @param databaseSecretKey a key of the platform's database Secret
   * @param value a literal
   * @param fieldPath a pod field
   * @param moduleName the module's name as a literal
   */
  public record EnvEntry(
      String name,
      String configKey,
      Boolean datasourceUrlKey,
      String databaseSecretKey,
      String value,
      String fieldPath,
      Boolean moduleName) {}

  /** Timings of the three probes. */
  public record Probes(Timing liveness, Timing readiness, Timing startup) {}

  /**
   * Probe timings; null means "not set".
   *
   * @param slowStartInitialDelaySeconds initialDelaySeconds of a slow-starting container
   */
  public record Timing(
      Integer initialDelaySeconds,
      Integer slowStartInitialDelaySeconds,
      Integer periodSeconds,
      Integer timeoutSeconds,
      Integer failureThreshold,
      Integer successThreshold) {

    static Timing merge(Timing base, Timing override) {
      if (override == null) {
        return base;
      }
      if (base == null) {
        return override;
      }
      return new Timing(
          or(override.initialDelaySeconds, base.initialDelaySeconds),
          or(override.slowStartInitialDelaySeconds, base.slowStartInitialDelaySeconds),
          or(override.periodSeconds, base.periodSeconds),
          or(override.timeoutSeconds, base.timeoutSeconds),
          or(override.failureThreshold, base.failureThreshold),
          or(override.successThreshold, base.successThreshold));
    }
  }

  /**
   * git-sync's conventions.
   *
   * @param root the checkout folder
   * @param secretMode file mode of the git secret's files (its name and keys are platform settings:
   *     {@code spec.gitSync})
   */
  public record GitSync(String root, Integer secretMode) {}

  /**
   * How NetworkPolicies name their peers. A part a platform sets replaces the built-in part whole.
   *
   * @param peerLabel the pod label whose value is the module's name on every pod it runs (DIGIT's
   *     {@code app})
   * @param dns the cluster DNS pods every pod may reach
   * @param ingressController the ingress controller's pods (namespace from the platform)
   * @param monitoring the metrics scraper
   */
  public record NetworkPolicyConventions(
      String peerLabel, PodPeer dns, PodPeer ingressController, PodPeer monitoring) {}

  /**
   * Pods outside the platform's modules that policies name.
   *
   * @param namespace their namespace, or null where the platform names it
   * @param podLabels labels they carry
   * @param port the port they serve on, or null where it does not matter
   */
  public record PodPeer(String namespace, Map<String, String> podLabels, Integer port) {
    public PodPeer {
      podLabels =
          podLabels == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(podLabels));
    }
  }
}
