package dev.chartgen.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings every module of the platform shares: registry, domain, ingress, shared config, defaults.
 * Kept open for per-environment files that override them.
 *
 * @param source the platform file, as named in messages
 */
public record Platform(String source, String name, Spec spec) {

  public Platform {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
  }

  /**
   * @param registry prefix for bare image names, e.g. docker.io/egovio
   * @param imagePullSecrets Secrets every pod uses to pull images (none by default)
   * @param domain the public host name
   * @param namespace the default namespace modules are deployed to (for cross-module URLs)
   * @param kubeVersion Chart.yaml kubeVersion constraint
   * @param chartVersion base chart version: a chart's first version and the lowest it gets
   * @param versionBump the part of the version a change of content raises: patch, minor or major
   *     (null: patch)
   * @param services base URLs of modules that have no descriptor here, by module name
   * @param resourceDefaults default requests and limits per appType (and "init" for init
   *     containers)
   * @param gitOps where Argo CD finds the repository, or null (no Argo CD files)
   * @param flags named switches an environment turns on (env entries with {@code when}); empty in
   *     the platform file itself, where every flag is off
   * @param conventions the platform's extensions and overrides of the built-in conventions
   * @param serviceMonitor ServiceMonitor defaults of the modules with metrics, or null (none)
   */
  public record Spec(
      String registry,
      List<String> imagePullSecrets,
      String domain,
      String namespace,
      String kubeVersion,
      String chartVersion,
      String versionBump,
      IngressDefaults ingress,
      Gateway gateway,
      SharedConfig sharedConfig,
      GitSyncDefaults gitSync,
      Map<String, String> services,
      Map<String, Resources> resourceDefaults,
      Map<String, Boolean> flags,
      Conventions conventions,
      GitOps gitOps,
      ServiceMonitorSettings serviceMonitor) {

    public Spec {
      flags = Lists.copy(flags);
      conventions = conventions == null ? Conventions.NONE : conventions;
      imagePullSecrets = Lists.copy(imagePullSecrets);
      ingress = ingress == null ? IngressDefaults.DEFAULT : ingress;
      gateway = gateway == null ? Gateway.DEFAULT : gateway;
      sharedConfig = sharedConfig == null ? SharedConfig.DEFAULT : sharedConfig;
      gitSync = gitSync == null ? GitSyncDefaults.DEFAULT : gitSync;
      services = Lists.copy(services);
      resourceDefaults = Lists.copy(resourceDefaults);
    }
  }

  /**
   * @param className ingress class (default nginx)
   * @param tlsSecretName the certificate Secret; "{domain}" is replaced by the domain
   * @param controllerNamespace where the ingress controller runs (for NetworkPolicies)
   */
  public record IngressDefaults(
      String className,
      String tlsSecretName,
      String controllerNamespace,
      Map<String, String> annotations) {

    public static final IngressDefaults DEFAULT = new IngressDefaults(null, null, null, null);

    public IngressDefaults {
      className = className == null ? "nginx" : className;
      tlsSecretName = tlsSecretName == null ? "{domain}-tls-certs" : tlsSecretName;
      controllerNamespace = controllerNamespace == null ? "ingress-nginx" : controllerNamespace;
      annotations = Lists.copy(annotations);
    }
  }

  /**
   * DIGIT's API gateway.
   *
   * @param module the gateway's module and Service name (default gateway)
   * @param port its Service port (default 8080)
   * @param routeAnnotation the Service annotation it discovers routes by (default zuul/route-path)
   */
  public record Gateway(String module, Integer port, String routeAnnotation) {

    public static final Gateway DEFAULT = new Gateway(null, null, null);

    public Gateway {
      module = module == null ? "gateway" : module;
      port = port == null ? 8080 : port;
      routeAnnotation = routeAnnotation == null ? "zuul/route-path" : routeAnnotation;
    }
  }

  /**
   * Shared configuration every DIGIT service reads.
   *
   * @param configMap the shared ConfigMap (default egov-config)
   * @param databaseSecret the Secret with database credentials (default db)
   * @param keys the shared ConfigMap's keys environments may set; empty: any key
   */
  public record SharedConfig(String configMap, String databaseSecret, List<String> keys) {

    public static final SharedConfig DEFAULT = new SharedConfig(null, null, null);

    public SharedConfig {
      configMap = configMap == null ? "egov-config" : configMap;
      databaseSecret = databaseSecret == null ? "db" : databaseSecret;
      keys = keys == null ? List.of() : List.copyOf(keys);
    }
  }

  /**
   * The git-sync image and its SSH Secret: the Secret's name and the data keys of the SSH key and
   * of the known hosts. DIGIT's cluster-configs writes Secret {@code git-creds} with the keys
   * {@code ssh} and {@code known_hosts} (its environment secrets file says {@code known-hosts}; the
   * template maps it), so those are the defaults.
   */
  public record GitSyncDefaults(Image image, String secret, String sshKey, String knownHostsKey) {

    public static final GitSyncDefaults DEFAULT = new GitSyncDefaults(null, null, null, null);

    public GitSyncDefaults {
      image =
          image == null
              ? new Image("registry.k8s.io/git-sync/git-sync", "v3.6.9", null, null)
              : image;
      secret = secret == null ? "git-creds" : secret;
      sshKey = sshKey == null ? "ssh" : sshKey;
      knownHostsKey = knownHostsKey == null ? "known_hosts" : knownHostsKey;
    }
  }

  /**
   * Where Argo CD finds the repository holding charts-out/.
   *
   * @param targetRevision default HEAD
   * @param path folder of charts-out/ in the repository, default charts-out
   */
  public record GitOps(String repoURL, String targetRevision, String path) {

    public GitOps {
      targetRevision = targetRevision == null ? "HEAD" : targetRevision;
      path = path == null ? "charts-out" : path;
    }
  }

  /** Resource defaults of an appType, or null. */
  public Resources defaultsFor(String key) {
    return spec.resourceDefaults().get(key);
  }
}
