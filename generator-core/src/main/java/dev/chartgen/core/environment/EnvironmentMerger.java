package dev.chartgen.core.environment;

import dev.chartgen.core.model.ConfigMapSpec;
import dev.chartgen.core.model.EnvValue;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Image;
import dev.chartgen.core.model.IngressSpec;
import dev.chartgen.core.model.JavaSettings;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Resources;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.Waiver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies an environment's overrides: the platform's settings and each module's, as if the
 * descriptors had said so. Pure functions of the model; the checks decide first whether an override
 * may apply.
 */
public final class EnvironmentMerger {

  private EnvironmentMerger() {}

  /** The platform as the environment sees it. */
  public static Platform platform(Platform base, Environment environment) {
    Platform.Spec s = base.spec();
    Environment.Spec e = environment.spec();
    Platform.IngressDefaults ingress =
        new Platform.IngressDefaults(
            or(e.ingress().className(), s.ingress().className()),
            or(e.ingress().tlsSecretName(), s.ingress().tlsSecretName()),
            s.ingress().controllerNamespace(),
            joined(s.ingress().annotations(), e.ingress().annotations()));
    Platform.Spec spec =
        new Platform.Spec(
            or(e.registry(), s.registry()),
            e.imagePullSecrets() == null ? s.imagePullSecrets() : e.imagePullSecrets(),
            or(e.domain(), s.domain()),
            s.namespace(),
            or(e.kubeVersion(), s.kubeVersion()),
            s.chartVersion(),
            s.versionBump(),
            ingress,
            s.gateway(),
            s.sharedConfig(),
            s.gitSync(),
            s.services(),
            s.resourceDefaults(),
            e.flags(),
            s.conventions(),
            s.gitOps(),
            s.serviceMonitor());
    return new Platform(base.source(), base.name(), spec);
  }

  /**
   * The module as the environment runs it. An environment's replicas replace the descriptor's
   * autoscaling, and its autoscaling the descriptor's replicas: it says how the module scales
   * there.
   *
   * @param refusedEnv variables whose override was refused by the checks (left as described)
   */
  public static Module module(Module base, Environment environment, Set<String> refusedEnv) {
    Environment.ModuleOverride o = environment.module(base.name());
    ModuleSpec s = base.spec();
    Map<String, EnvValue> env = new LinkedHashMap<>(s.env());
    o.env()
        .forEach(
            (name, value) -> {
              if (!refusedEnv.contains(name)) {
                env.put(name, value);
              }
            });
    List<Waiver> waivers = new ArrayList<>(s.waivers());
    waivers.addAll(o.waivers());
    ModuleSpec spec =
        new ModuleSpec(
            s.workload(),
            s.appType(),
            image(s.image(), o.image()),
            s.imagePullSecrets(),
            o.replicas() != null ? o.replicas() : o.autoscaling() != null ? null : s.replicas(),
            s.command(),
            s.args(),
            s.ports(),
            s.health(),
            resources(s.resources(), o.resources()),
            env,
            java(s.java(), o.java()),
            s.dbMigration(),
            s.gitSync(),
            s.initContainers(),
            s.sidecars(),
            configMaps(s.configMaps(), o.configMaps()),
            disks(s.volumes(), o.disks()),
            s.volumeClaimTemplates(),
            s.service(),
            ingress(s.ingress(), o.ingress(), environment.spec().ingress().tls()),
            o.autoscaling() != null
                ? o.autoscaling()
                : o.replicas() != null ? null : s.autoscaling(),
            s.disruptionBudget(),
            s.serviceAccount(),
            s.networkPolicy(),
            s.scheduling(),
            s.lifecycle(),
            s.terminationGracePeriodSeconds(),
            s.metrics(),
            s.statefulSet(),
            s.daemonSet(),
            s.cronJob(),
            s.job(),
            waivers,
            s.securityContext());
    return new Module(base.source(), base.metadata(), spec);
  }

  /**
   * The environment's text of the ConfigMaps' keys; a key the descriptor does not declare is left
   * out.
   */
  private static List<ConfigMapSpec> configMaps(
      List<ConfigMapSpec> base, Map<String, Environment.ConfigMapOverride> overrides) {
    if (overrides.isEmpty()) {
      return base;
    }
    List<ConfigMapSpec> merged = new ArrayList<>();
    for (ConfigMapSpec configMap : base) {
      Environment.ConfigMapOverride override = overrides.get(configMap.name());
      if (override == null) {
        merged.add(configMap);
        continue;
      }
      Map<String, String> known = new LinkedHashMap<>();
      override
          .data()
          .forEach(
              (key, text) -> {
                if (configMap.keys().contains(key)) {
                  known.put(key, text);
                }
              });
      merged.add(configMap.withText(known));
    }
    return merged;
  }

  /**
   * The environment's disk of each claim that has one; a volume without a disk is left as it is.
   */
  private static List<Volume> disks(
      List<Volume> base, Map<String, Environment.DiskOverride> overrides) {
    if (overrides.isEmpty()) {
      return base;
    }
    List<Volume> merged = new ArrayList<>();
    for (Volume volume : base) {
      Environment.DiskOverride override = overrides.get(volume.name());
      Volume.Claim claim = volume.persistentVolumeClaim();
      if (override == null || claim == null || claim.disk() == null) {
        merged.add(volume);
      } else {
        merged.add(
            volume.withClaim(
                claim.withDisk(claim.disk().with(override.volumeHandle(), override.zone()))));
      }
    }
    return merged;
  }

  /** A tag given alone replaces the descriptor's pin (tag and digest); a digest wins over both. */
  private static Image image(Image base, Image override) {
    if (base == null || override == null) {
      return base;
    }
    String tag = or(override.tag(), base.tag());
    String digest =
        override.digest() != null
            ? override.digest()
            : override.tag() != null ? null : base.digest();
    return new Image(base.repository(), tag, digest, or(override.pullPolicy(), base.pullPolicy()));
  }

  private static JavaSettings java(JavaSettings base, Environment.JavaOverride override) {
    if (override == null) {
      return base;
    }
    return new JavaSettings(
        override.heap() != null ? override.heap() : base.heap(),
        override.args() != null ? override.args() : base.args(),
        override.debug() != null ? override.debug() : base.debug(),
        base.tracing(),
        base.datasourceUrlKey());
  }

  private static IngressSpec ingress(
      IngressSpec base, Environment.ModuleIngress override, Boolean tls) {
    if (base == null || (override == null && tls == null)) {
      return base;
    }
    return new IngressSpec(
        base.paths(),
        base.routes(),
        base.viaGateway(),
        override != null && override.host() != null ? override.host() : base.host(),
        Boolean.FALSE.equals(tls) ? Boolean.FALSE : base.tls(),
        base.className(),
        override == null ? base.annotations() : joined(base.annotations(), override.annotations()));
  }

  private static Map<String, String> joined(Map<String, String> base, Map<String, String> more) {
    Map<String, String> joined = new LinkedHashMap<>(base);
    joined.putAll(more);
    return joined;
  }

  private static String or(String override, String base) {
    return override != null ? override : base;
  }

  /** Resources of the override over the descriptor's, quantity by quantity. */
  static Resources resources(Resources base, Resources override) {
    return override == null ? base : override.orElse(base);
  }
}
