package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.Autoscaling;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.VolumeClaimTemplate;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.values.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of what serves and schedules a workload: Service, Ingress, scaling, storage, cron. */
final class WorkloadValues {

  private final ModuleSpec spec;
  private final Platform platform;
  private final PodPlanner.PodPlan pod;

  WorkloadValues(ModuleSpec spec, Platform platform, PodPlanner.PodPlan pod) {
    this.spec = spec;
    this.platform = platform;
    this.pod = pod;
  }

  /** Deployments and StatefulSets: they have a replica count, an autoscaler and a budget. */
  static boolean replicated(ModuleSpec spec) {
    return spec.workload() == WorkloadKind.Deployment
        || spec.workload() == WorkloadKind.StatefulSet;
  }

  void serviceValues(Values v) {
    if (!Defaults.serving(spec)) {
      return;
    }
    v.group(
        "service",
        "The Service in front of the pods.",
        s -> {
          s.string(
              "type",
              "ClusterIP, NodePort or LoadBalancer.",
              spec.service().type(),
              Map.of("enum", List.of("ClusterIP", "NodePort", "LoadBalancer")));
          s.stringMap("annotations", "Extra Service annotations.", spec.service().annotations());
        });
  }

  void ingressValues(Values v) {
    if (spec.ingress() == null) {
      return;
    }
    String host = spec.ingress().host() != null ? spec.ingress().host() : platform.spec().domain();
    Map<String, String> annotations = new LinkedHashMap<>(platform.spec().ingress().annotations());
    annotations.putAll(spec.ingress().annotations());
    v.group(
        "ingress",
        "The Ingress that exposes the module on the platform domain.",
        i -> {
          i.bool("enabled", "Render the Ingress.", true);
          i.string(
              "className",
              "Ingress class.",
              spec.ingress().className() != null
                  ? spec.ingress().className()
                  : platform.spec().ingress().className(),
              Map.of("minLength", 1));
          i.string("host", "Host name.", host, Map.of("minLength", 1));
          i.bool(
              "useGlobalDomain",
              "Serve on global.domain instead of host when a parent (umbrella) chart gives one:"
                  + " true for a module on the platform domain, false when its descriptor names"
                  + " its own host.",
              spec.ingress().host() == null);
          i.stringMap("annotations", "Ingress annotations.", annotations);
          i.group(
              "tls",
              "TLS termination at the ingress controller.",
              tls -> {
                tls.bool("enabled", "Serve TLS.", spec.ingress().tlsEnabled());
                tls.string(
                    "secretName",
                    "Secret with the certificate.",
                    platform.spec().ingress().tlsSecretName().replace("{domain}", host),
                    Map.of("minLength", 1));
              });
        });
  }

  void scalingValues(Values v) {
    if (!replicated(spec)) {
      return;
    }
    Autoscaling hpa = spec.autoscaling();
    int min = hpa != null ? hpa.minReplicas() : Math.max(2, Defaults.replicas(spec));
    int max = hpa != null ? hpa.maxReplicas() : Math.max(min * 2, 4);
    int cpu =
        hpa == null ? 80 : hpa.targetCPUUtilization() == null ? 0 : hpa.targetCPUUtilization();
    int memory =
        hpa == null || hpa.targetMemoryUtilization() == null ? 0 : hpa.targetMemoryUtilization();
    Map<String, Object> percent = Map.of("minimum", 0, "maximum", 100);
    v.group(
        "autoscaling",
        "A HorizontalPodAutoscaler; replaces replicaCount when enabled.",
        a -> {
          a.bool("enabled", "Render the HorizontalPodAutoscaler.", hpa != null);
          a.integer("minReplicas", "Lowest replica count.", min, Map.of("minimum", 1));
          a.integer("maxReplicas", "Highest replica count.", max, Map.of("minimum", 1));
          a.integer(
              "targetCPUUtilizationPercentage",
              "Average CPU utilization to keep (percent of the request); 0 to ignore CPU.",
              cpu,
              percent);
          a.integer(
              "targetMemoryUtilizationPercentage",
              "Average memory utilization to keep (percent of the request); 0 to ignore memory.",
              memory,
              percent);
        });
    v.group(
        "podDisruptionBudget",
        "A PodDisruptionBudget, rendered when two or more pods run.",
        p -> {
          p.bool("enabled", "Render the PodDisruptionBudget.", spec.disruptionBudget().isEnabled());
          p.intOrString(
              "maxUnavailable",
              "Pods that may be evicted at once: a number or a percentage such as 25%.",
              spec.disruptionBudget().maxUnavailable());
        });
  }

  void persistenceValues(Values v) {
    List<Volume> claims = pod.claims();
    List<VolumeClaimTemplate> templates = spec.volumeClaimTemplates();
    if (claims.isEmpty() && templates.isEmpty()) {
      return;
    }
    v.group(
        "persistence",
        "Size and storage class of the chart's persistent volume claims.",
        p -> {
          for (Volume claim : claims) {
            Volume.Disk disk = claim.persistentVolumeClaim().disk();
            if (disk != null) {
              disk(p, claim.name(), claim.persistentVolumeClaim().size(), disk);
              continue;
            }
            claim(
                p,
                claim.name(),
                claim.persistentVolumeClaim().size(),
                claim.persistentVolumeClaim().storageClass());
          }
          for (VolumeClaimTemplate template : templates) {
            claim(p, template.name(), template.size(), template.storageClass());
          }
        });
  }

  /**
   * A claim on a pre-made disk: its size, and the disk's ID and zone, which differ by environment.
   */
  private static void disk(Values p, String name, String size, Volume.Disk disk) {
    p.group(
        ContainerValues.key(name),
        "The " + name + " claim, bound to the chart's PersistentVolume on a pre-made disk.",
        c -> {
          c.quantity(
              "size", "Size of the disk (the volume's capacity and the claim's request).", size);
          c.group(
              "disk",
              "The pre-made disk (CSI driver " + disk.driver() + ").",
              d -> {
                d.string(
                    "volumeHandle",
                    "The disk's ID as the driver knows it (e.g. vol-… on AWS).",
                    disk.volumeHandle(),
                    Map.of("minLength", 1, "pattern", "^\\S+$"));
                d.string(
                    "zone",
                    "The zone the disk is in; empty when it can be attached in any zone.",
                    disk.zone() == null ? "" : disk.zone());
              });
        });
  }

  private static void claim(Values p, String name, String size, String storageClass) {
    p.group(
        ContainerValues.key(name),
        "The " + name + " claim.",
        c -> {
          c.quantity("size", "Requested size.", size);
          c.string(
              "storageClass",
              "Storage class; empty for the cluster's default.",
              storageClass == null ? "" : storageClass);
        });
  }

  void cronValues(Values v) {
    if (spec.workload() != WorkloadKind.CronJob) {
      return;
    }
    v.group(
        "cronJob",
        "When the job runs.",
        c -> {
          c.string(
              "schedule",
              "Cron schedule (five fields or a macro such as @daily).",
              spec.cronJob().schedule(),
              Map.of("minLength", 1));
          c.bool("suspend", "Pause the schedule.", spec.cronJob().suspend());
        });
  }
}
