package dev.chartgen.core.plan;

import dev.chartgen.core.model.Autoscaling;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.ResourceList;
import dev.chartgen.core.model.Resources;
import dev.chartgen.core.model.Toleration;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.VolumeClaimTemplate;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.values.ValueNode;
import dev.chartgen.core.values.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Decides a chart's values: every knob an environment may turn, typed and documented. */
final class ValuesPlanner {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

  private final Module module;
  private final ModuleSpec spec;
  private final Platform platform;
  private final PodPlanner.PodPlan pod;

  ValuesPlanner(Module module, Platform platform, PodPlanner.PodPlan pod) {
    this.module = module;
    this.spec = module.spec();
    this.platform = platform;
    this.pod = pod;
  }

  ValueNode.Group plan() {
    return Values.group(
        "Values of the " + module.name() + " chart.",
        v -> {
          v.string("nameOverride", "Replaces the chart name in object names.", "");
          v.string(
              "fullnameOverride",
              "Replaces the full object name (default: the release name if it contains the chart"
                  + " name, else release-chart).",
              "");
          ContainerValues main = pod.containers().get(0);
          v.node("image", image("The main container's image.", main.image()));
          v.items(
              "imagePullSecrets",
              "Names of Secrets to pull images with.",
              new ArrayList<>(pullSecrets()),
              Map.of("type", "string", "pattern", DNS_LABEL));
          if (replicated()) {
            v.integer(
                "replicaCount",
                "Pods to run when autoscaling is off.",
                Defaults.replicas(spec),
                Map.of("minimum", 0));
          }
          v.node(
              "resources",
              resources("Requests and limits of the main container.", main.resources()));
          v.dict(
              "env",
              "Literal environment variables of the main container (values are text). Variables"
                  + " wired to ConfigMaps, Secrets or pod fields are fixed in the template and"
                  + " cannot be set here.",
              new LinkedHashMap<>(pod.env().literals()),
              Map.of("type", List.of("string", "number", "boolean")),
              envNames(pod.env().referenceNames()));
          if (spec.isJavaSpring()) {
            v.group(
                "java",
                "Java Spring Boot settings.",
                java -> {
                  java.string(
                      "heap",
                      "JVM options (JAVA_OPTS), e.g. -Xmx256m -Xms256m.",
                      spec.java().heap());
                  java.string("args", "Application arguments (JAVA_ARGS).", spec.java().args());
                  java.bool("debug", "JAVA_ENABLE_DEBUG.", spec.java().debugEnabled());
                });
          }
          extraContainerValues(v);
          serviceValues(v);
          ingressValues(v);
          scalingValues(v);
          persistenceValues(v);
          cronValues(v);
          v.group(
              "networkPolicy",
              "A NetworkPolicy that admits only the listed sources.",
              np ->
                  np.bool(
                      "enabled", "Render the NetworkPolicy.", spec.networkPolicy().isEnabled()));
          v.group(
              "serviceAccount",
              "The chart's own ServiceAccount (its API token is not mounted unless the descriptor"
                  + " asks).",
              sa ->
                  sa.stringMap(
                      "annotations",
                      "ServiceAccount annotations, e.g. cloud workload identity.",
                      spec.serviceAccount().annotations()));
          v.stringMap("podAnnotations", "Extra pod annotations.", Map.of());
          v.stringMap(
              "nodeSelector", "Node labels the pods require.", spec.scheduling().nodeSelector());
          v.items(
              "tolerations",
              "Taints the pods tolerate.",
              tolerations(spec.scheduling().tolerations()),
              Map.of("type", "object"));
          v.free(
              "affinity",
              "Pod affinity. Empty: prefer spreading replicas over nodes.",
              affinity(spec.scheduling().affinity()));
          v.string(
              "priorityClassName",
              "PriorityClass of the pods.",
              spec.scheduling().priorityClassName() == null
                  ? ""
                  : spec.scheduling().priorityClassName());
        });
  }

  /**
   * Names an environment may add: valid names that do not shadow a variable wired to a ConfigMap,
   * Secret or field (a duplicate env name would silently win).
   */
  private static Map<String, Object> envNames(List<String> references) {
    Map<String, Object> names = new LinkedHashMap<>();
    names.put("pattern", "^[-._a-zA-Z][-._a-zA-Z0-9]*$");
    if (!references.isEmpty()) {
      names.put("not", Map.of("enum", references));
    }
    return Map.of("propertyNames", names);
  }

  private boolean replicated() {
    return spec.workload() == WorkloadKind.Deployment
        || spec.workload() == WorkloadKind.StatefulSet;
  }

  private Set<String> pullSecrets() {
    Set<String> names = new LinkedHashSet<>(platform.spec().imagePullSecrets());
    names.addAll(spec.imagePullSecrets());
    return names;
  }

  private void extraContainerValues(Values v) {
    for (ContainerValues c : pod.containers()) {
      if (c.path().equals(List.of("dbMigration"))) {
        v.group(
            "dbMigration",
            "The Flyway database migration ("
                + (spec.dbMigration().asHookJob()
                    ? "a Helm hook Job, once per install and upgrade)"
                    : "an init container, before every pod start)"),
            m -> {
              m.node("image", image("Migration image.", c.image()));
              m.node("resources", resources("Requests and limits.", c.resources()));
            });
      } else if (c.path().equals(List.of("gitSync"))) {
        v.group(
            "gitSync",
            "The git-sync init container that clones configuration before the service starts.",
            g -> {
              g.string(
                  "repo", "Repository to clone.", spec.gitSync().repo(), Map.of("minLength", 1));
              g.string(
                  "branch",
                  "Branch to check out.",
                  spec.gitSync().branch(),
                  Map.of("minLength", 1));
              g.node("image", image("git-sync image.", c.image()));
              g.node("resources", resources("Requests and limits.", c.resources()));
            });
      }
    }
    containerGroup(v, "initContainers", "Extra init containers, by name.");
    containerGroup(v, "sidecars", "Sidecar containers, by name.");
  }

  private void containerGroup(Values v, String group, String description) {
    List<ContainerValues> members =
        pod.containers().stream()
            .filter(c -> !c.path().isEmpty() && c.path().get(0).equals(group))
            .toList();
    if (members.isEmpty()) {
      return;
    }
    v.group(
        group,
        description,
        g -> {
          for (ContainerValues c : members) {
            g.group(
                c.path().get(1),
                "The " + c.container() + " container.",
                one -> {
                  one.node("image", image("Its image.", c.image()));
                  one.node("resources", resources("Its requests and limits.", c.resources()));
                });
          }
        });
  }

  private void serviceValues(Values v) {
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

  private void ingressValues(Values v) {
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

  private void scalingValues(Values v) {
    if (!replicated()) {
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

  private void persistenceValues(Values v) {
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

  private void cronValues(Values v) {
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

  static ValueNode image(String description, ResolvedImage image) {
    return Values.group(
        description,
        i -> {
          i.string(
              "registry",
              "Registry, e.g. docker.io/egovio.",
              image.registry(),
              Map.of("minLength", 1));
          i.string(
              "repository",
              "Repository in the registry.",
              image.repository(),
              Map.of("minLength", 1));
          i.string(
              "tag",
              "Tag; never latest. Ignored when digest is set.",
              image.tag(),
              Map.of("not", Map.of("const", "latest")));
          i.string(
              "digest",
              "Digest (sha256:…) that pins the exact image; wins over the tag.",
              image.digest(),
              Map.of("pattern", "^(sha256:[a-f0-9]{64})?$"));
          i.string(
              "pullPolicy",
              "Always, IfNotPresent (fine with a digest) or Never.",
              image.pullPolicy(),
              Map.of("enum", List.of("Always", "IfNotPresent", "Never")));
        });
  }

  static ValueNode resources(String description, Resources resources) {
    return Values.group(
        description,
        r -> {
          r.node("requests", side("What the scheduler reserves.", resources.requests()));
          r.node("limits", side("The most the container may use.", resources.limits()));
        });
  }

  private static ValueNode side(String description, ResourceList list) {
    return Values.group(
        description,
        s -> {
          s.quantity("cpu", "CPU, e.g. 100m.", list.cpu());
          s.quantity("memory", "Memory, e.g. 512Mi.", list.memory());
          s.quantity("ephemeralStorage", "Ephemeral storage, e.g. 1Gi.", list.ephemeralStorage());
        });
  }

  private static List<Object> tolerations(List<Toleration> tolerations) {
    List<Object> list = new ArrayList<>();
    for (Toleration t : tolerations) {
      Map<String, Object> map = new LinkedHashMap<>();
      put(map, "key", t.key());
      put(map, "operator", t.operator());
      put(map, "value", t.value());
      put(map, "effect", t.effect());
      put(map, "tolerationSeconds", t.tolerationSeconds());
      list.add(map);
    }
    return list;
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> affinity(JsonNode affinity) {
    return affinity == null ? Map.of() : JSON.treeToValue(affinity, LinkedHashMap.class);
  }
}
