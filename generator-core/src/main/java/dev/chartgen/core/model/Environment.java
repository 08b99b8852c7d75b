package dev.chartgen.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One environment the platform is deployed to (an {@code environments/<name>.yaml} file): overrides
 * of the platform's settings and of modules' values. Whatever it leaves out (null or empty) keeps
 * the platform's and the descriptors' values.
 *
 * @param source the environment file, as named in messages
 * @param name the environment's name (dev, uat, prod…)
 */
public record Environment(String source, String name, Spec spec) {

  public Environment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    spec = spec == null ? Spec.EMPTY : spec;
  }

  /** The overrides of {@code module}, or none. */
  public ModuleOverride module(String module) {
    return spec.modules().getOrDefault(module, ModuleOverride.NONE);
  }

  /** Whether {@code module} is deployed in this environment. */
  public boolean enabled(String module) {
    return !Boolean.FALSE.equals(module(module).enabled());
  }

  /** Whether {@code flag} is on in this environment. */
  public boolean flag(String flag) {
    return Boolean.TRUE.equals(spec.flags().get(flag));
  }

  /**
   * Platform-level overrides.
   *
   * @param sharedConfig data of the shared ConfigMap, by key
   * @param flags named switches; a flag left out is off
   * @param modules overrides by module name
   */
  public record Spec(
      String domain,
      String registry,
      List<String> imagePullSecrets,
      String kubeVersion,
      IngressOverride ingress,
      Map<String, String> sharedConfig,
      Map<String, Boolean> flags,
      Map<String, ModuleOverride> modules) {

    static final Spec EMPTY = new Spec(null, null, null, null, null, null, null, null);

    public Spec {
      imagePullSecrets = imagePullSecrets == null ? null : List.copyOf(imagePullSecrets);
      ingress = ingress == null ? IngressOverride.NONE : ingress;
      sharedConfig = Lists.copy(sharedConfig);
      flags = Lists.copy(flags);
      modules = Lists.copy(modules);
    }
  }

  /**
   * The environment's ingress settings.
   *
   * @param tls false serves plain HTTP on every Ingress
   * @param annotations added to every Ingress
   */
  public record IngressOverride(
      String className, String tlsSecretName, Boolean tls, Map<String, String> annotations) {

    static final IngressOverride NONE = new IngressOverride(null, null, null, null);

    public IngressOverride {
      annotations = Lists.copy(annotations);
    }
  }

  /**
   * What the environment changes in one module.
   *
   * @param enabled false: not deployed here
   * @param image the main image's tag, digest or pull policy (the repository is the descriptor's)
   * @param resources quantities over the descriptor's
   * @param env literal values by variable name
   * @param configMaps text of the module's own ConfigMaps' keys, by ConfigMap name
   * @param disks the pre-made disks of the module's claims, by volume name
   * @param waivers rules waived in this environment only
   */
  public record ModuleOverride(
      Boolean enabled,
      Integer replicas,
      Autoscaling autoscaling,
      Image image,
      Resources resources,
      JavaOverride java,
      Map<String, EnvValue> env,
      ModuleIngress ingress,
      Map<String, ConfigMapOverride> configMaps,
      Map<String, DiskOverride> disks,
      List<Waiver> waivers) {

    /** No override at all. */
    public static final ModuleOverride NONE =
        new ModuleOverride(null, null, null, null, null, null, null, null, null, null, null);

    public ModuleOverride {
      env = Lists.copy(env);
      configMaps = Lists.copy(configMaps);
      disks = Lists.copy(disks);
      waivers = Lists.copy(waivers);
    }
  }

  /** The text of some keys of one of the module's own ConfigMaps in the environment. */
  public record ConfigMapOverride(Map<String, String> data) {

    public ConfigMapOverride {
      data = Lists.copy(data);
    }
  }

  /** The disk of one claim in the environment: its ID and zone (null keeps the descriptor's). */
  public record DiskOverride(String volumeHandle, String zone) {}

  /** Java settings of one module in the environment. */
  public record JavaOverride(String heap, String args, Boolean debug) {}

  /** One module's Ingress in the environment. */
  public record ModuleIngress(String host, Map<String, String> annotations) {

    public ModuleIngress {
      annotations = Lists.copy(annotations);
    }
  }
}
