package dev.chartgen.core.view;

import dev.chartgen.core.model.RbacRule;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view records chart templates receive, one per template. Every decision (which objects exist,
 * names, defaults) is already made; templates only write it out.
 */
public final class ChartViews {

  private ChartViews() {}

  /** {@code _helpers.tpl}: names, labels, image and resources helpers. */
  public record Helpers(String chart, String app, String group, String component) {}

  /** {@code _pod.tpl}: the pod spec, and the migration Job's pod spec when there is one. */
  public record PodTemplates(String chart, PodView pod, PodView migrationPod) {}

  /**
   * A Deployment.
   *
   * @param revisionHistoryLimit old ReplicaSets kept for rollback
   * @param configChecksum the pods carry a checksum of the chart's own ConfigMaps' data, so that a
   *     change of the data rolls them
   */
  public record Deployment(
      String chart, int revisionHistoryLimit, Rollout strategy, boolean configChecksum) {}

  /**
   * How a Deployment replaces its pods; {@code kind} says which.
   *
   * @param maxSurge extra pods during a rolling update, else null
   * @param maxUnavailable pods that may be unavailable during a rolling update
   */
  public record Rollout(Kind kind, String maxSurge, int maxUnavailable) {

    /** Recreate (all pods down, then up) or a rolling update; templates switch on it. */
    public enum Kind {
      /** A ReadWriteOnce claim cannot be attached to two pods at once. */
      RECREATE,
      ROLLING_UPDATE
    }
  }

  /**
   * A StatefulSet with its claim templates.
   *
   * @param rollingPartition the rolling update's partition, or null when there is none (no
   *     partition set, or an update strategy other than RollingUpdate)
   * @param configChecksum as {@link Deployment}
   */
  public record StatefulSet(
      String chart,
      int revisionHistoryLimit,
      String podManagementPolicy,
      String updateStrategy,
      Integer rollingPartition,
      List<ClaimTemplate> claims,
      boolean configChecksum) {
    public StatefulSet {
      claims = List.copyOf(claims);
    }
  }

  /** A StatefulSet claim template; size and class come from values. */
  public record ClaimTemplate(String name, String valuesKey, List<String> accessModes) {
    public ClaimTemplate {
      accessModes = List.copyOf(accessModes);
    }
  }

  /**
   * A DaemonSet.
   *
   * @param maxUnavailable a number (Integer) or a percentage (String)
   * @param configChecksum as {@link Deployment}
   */
  public record DaemonSet(
      String chart, int revisionHistoryLimit, Object maxUnavailable, boolean configChecksum) {}

  /** A CronJob; schedule and suspend come from values. */
  public record CronJob(
      String chart,
      String timeZone,
      String concurrencyPolicy,
      int successfulJobsHistoryLimit,
      int failedJobsHistoryLimit,
      int startingDeadlineSeconds,
      JobSettings job) {}

  /**
   * A Job: the module itself (workload Job) or its database migration hook.
   *
   * @param nameSuffix appended to the chart's full name ("" or "-db-migration")
   * @param labels the define with the Job's labels
   * @param podLabels the define with its pod's labels
   * @param podTemplate the {@code _pod.tpl} define with its pod spec
   */
  public record Job(
      String chart,
      String nameSuffix,
      String labels,
      String podLabels,
      String podTemplate,
      JobSettings job) {}

  /** Settings of a Job or of a CronJob's Jobs. */
  public record JobSettings(
      int backoffLimit,
      Integer activeDeadlineSeconds,
      int ttlSecondsAfterFinished,
      List<String> hookEvents,
      List<String> hookDeletePolicy,
      int hookWeight) {
    public JobSettings {
      hookEvents = List.copyOf(hookEvents);
      hookDeletePolicy = List.copyOf(hookDeletePolicy);
    }
  }

  /**
   * A Service.
   *
   * @param nameSuffix "" for the main Service, "-headless" for a StatefulSet's governing one
   * @param annotations fixed annotations (gateway route, Prometheus)
   */
  public record Service(
      String chart,
      String nameSuffix,
      boolean headless,
      List<ServicePort> ports,
      Map<String, String> annotations) {
    public Service {
      ports = List.copyOf(ports);
      annotations = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(annotations));
    }
  }

  /** A Service port, targeting a container port by name. */
  public record ServicePort(String name, int port, String targetPort, String protocol) {}

  /**
   * An Ingress; host, class, TLS and annotations come from values.
   *
   * @param gatewayService the gateway's Service when routed via the gateway, else null (own)
   * @param gatewayProxy route via the chart's ExternalName Service to the gateway in another
   *     namespace ({@code <fullname>-gateway}) instead of {@code gatewayService}
   * @param servicePort the backend port: a name (own Service) or a number (gateway); null when the
   *     Ingress has no paths of its own
   * @param routes paths sent to other modules' Services
   */
  public record Ingress(
      String chart,
      List<String> paths,
      String gatewayService,
      boolean gatewayProxy,
      Object servicePort,
      List<IngressRoute> routes) {
    public Ingress {
      paths = List.copyOf(paths);
      routes = List.copyOf(routes);
    }
  }

  /**
   * A path an Ingress sends to another module's Service.
   *
   * @param module the module it is sent to
   * @param service that module's Service
   * @param port the Service's port number
   */
  public record IngressRoute(String path, String module, String service, int port) {}

  /**
   * A Service of the chart that stands for the API gateway of another namespace, so that the
   * module's Ingress (which can only name Services of its own namespace) reaches the gateway.
   *
   * @param externalName the gateway Service's cluster DNS name
   */
  public record GatewayProxy(String chart, String externalName, int port) {}

  /**
   * A Prometheus Operator ServiceMonitor of the chart's Service, rendered only where the cluster
   * has the ServiceMonitor API.
   *
   * @param apiVersion the API group/version/kind Helm is asked about, e.g.
   *     monitoring.coreos.com/v1/ServiceMonitor
   * @param port the name of the Service port that serves the metrics
   * @param path the metrics path
   * @param interval scrape interval, or null (Prometheus' default)
   * @param scrapeTimeout scrape timeout, or null (Prometheus' default)
   * @param honorLabels honorLabels, or null (Prometheus' default, false)
   */
  public record ServiceMonitor(
      String chart,
      String apiVersion,
      String port,
      String path,
      String interval,
      String scrapeTimeout,
      Boolean honorLabels) {}

  /** A HorizontalPodAutoscaler of the chart's workload. */
  public record Autoscaler(String chart, String targetKind) {}

  /** A PodDisruptionBudget. */
  public record DisruptionBudget(String chart) {}

  /**
   * The module's NetworkPolicy, every rule decided by the planner.
   *
   * @param ingress who may connect to the pods; empty: nobody
   * @param egress where the pods may connect; ignored when {@code allowAllEgress}
   * @param allowAllEgress egress is unrestricted (declared with a reason)
   */
  public record NetworkPolicy(
      String chart, List<PolicyRule> ingress, List<PolicyRule> egress, boolean allowAllEgress) {
    public NetworkPolicy {
      ingress = List.copyOf(ingress);
      egress = List.copyOf(egress);
    }
  }

  /**
   * One ingress or egress rule: peers and ports.
   *
   * @param who the peer in words (a module's name, "cluster DNS"…; no line breaks)
   * @param why why it is allowed, or empty (no line breaks)
   * @param ports empty: every port
   */
  public record PolicyRule(String who, String why, List<PolicyPeer> peers, List<PolicyPort> ports) {
    public PolicyRule {
      peers = List.copyOf(peers);
      ports = List.copyOf(ports);
    }
  }

  /**
   * A peer of a rule.
   *
   * @param kind which of the other fields are set
   * @param podLabels the pods' labels ({@code PODS})
   * @param namespace the namespace by its {@code kubernetes.io/metadata.name} label ({@code PODS},
   *     {@code NAMESPACE})
   * @param cidr an IP block ({@code CIDR})
   */
  public record PolicyPeer(
      Kind kind, Map<String, String> podLabels, String namespace, String cidr) {

    /** What a peer selects. */
    public enum Kind {
      /** Pods with labels in one namespace. */
      PODS,
      /** Every pod of a namespace. */
      NAMESPACE,
      /** An IP block. */
      CIDR
    }

    public PolicyPeer {
      podLabels =
          podLabels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(podLabels));
    }
  }

  /**
   * A port of a rule.
   *
   * @param port a number, or the name of a container port
   */
  public record PolicyPort(Object port, String protocol) {
    /** As a README shows it, e.g. 8080/TCP. */
    public String text() {
      return port + "/" + protocol;
    }
  }

  /** The ServiceAccount. */
  public record ServiceAccount(String chart) {}

  /** A Role and its RoleBinding. */
  public record Role(String chart, List<RbacRule> rules) {
    public Role {
      rules = List.copyOf(rules);
    }
  }

  /**
   * A ClusterRole (read-only, cluster-wide) and its ClusterRoleBinding; both are named {@code
   * <namespace>-<fullname>}, unique in the cluster.
   *
   * @param reason the descriptor's reason, written as an annotation of the ClusterRole
   */
  public record ClusterRole(String chart, String reason, List<RbacRule> rules) {
    public ClusterRole {
      rules = List.copyOf(rules);
    }
  }

  /**
   * A ConfigMap of the chart, {@code <fullname>-<name>}; its data comes from values ({@code
   * configMaps.<name>}).
   */
  public record ConfigMap(String chart, String name) {}

  /**
   * A PersistentVolumeClaim of the chart; size and class come from values. With a disk, it is bound
   * to the chart's PersistentVolume on that disk (the same view renders the volume).
   *
   * @param disk the pre-made disk, or null for a dynamically provisioned claim
   */
  public record Claim(
      String chart,
      String suffix,
      String valuesKey,
      List<String> accessModes,
      boolean keep,
      Disk disk) {
    public Claim {
      accessModes = List.copyOf(accessModes);
    }
  }

  /**
   * A disk that exists already, as the chart's PersistentVolume reaches it; its ID and zone come
   * from values ({@code persistence.<key>.disk}).
   */
  public record Disk(String driver, String fsType) {}

  /** NOTES.txt. */
  public record Notes(
      String chart, String kind, boolean hasService, String servicePort, List<String> paths) {
    public Notes {
      paths = List.copyOf(paths);
    }
  }

  /** The chart README. */
  public record Readme(
      String chart,
      String description,
      String source,
      String kind,
      List<String> objects,
      List<ValueRow> values,
      List<Notice> notices,
      NetworkPolicy network,
      String networkOffReason) {
    public Readme {
      objects = List.copyOf(objects);
      values = List.copyOf(values);
      notices = List.copyOf(notices);
    }
  }

  /** One row of the README's values table. */
  public record ValueRow(String key, String type, String defaultValue, String description) {}

  /** Something the README makes visible: a hostPath and its reason, a waiver… */
  public record Notice(String title, String text) {}

  /** Files with no data of their own (.helmignore). */
  public record Static(String chart) {}
}
