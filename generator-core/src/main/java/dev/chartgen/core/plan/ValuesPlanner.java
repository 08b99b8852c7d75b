package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.ConfigMapSpec;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Toleration;
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
          v.node("image", ContainerValueBlocks.image("The main container's image.", main.image()));
          v.items(
              "imagePullSecrets",
              "Names of Secrets to pull images with.",
              new ArrayList<>(pullSecrets()),
              Map.of("type", "string", "pattern", DNS_LABEL));
          if (WorkloadValues.replicated(spec)) {
            v.integer(
                "replicaCount",
                "Pods to run when autoscaling is off.",
                Defaults.replicas(spec),
                Map.of("minimum", 0));
          }
          v.node(
              "resources",
              ContainerValueBlocks.resources(
                  "Requests and limits of the main container.", main.resources()));
          v.dict(
              "env",
              "Literal environment variables of the main container (values are text). Variables"
                  + " wired to ConfigMaps, Secrets or pod fields are fixed in the template and"
                  + " cannot be set here.",
              new LinkedHashMap<>(pod.env().literals()),
              Map.of("type", List.of("string", "number", "boolean")),
              envNames(pod.env().referenceNames()));
          Set<String> flags = flags(spec);
          if (!flags.isEmpty()) {
            v.group(
                "flags",
                "Switches of the environment variables that are set only where a flag is on"
                    + " (when: in the descriptor); the environment files turn them on.",
                group ->
                    flags.forEach(
                        flag ->
                            group.bool(
                                flag,
                                "Set the variables that depend on " + flag + ".",
                                Boolean.TRUE.equals(platform.spec().flags().get(flag)))));
          }
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
          new ContainerValueBlocks(spec, pod).extraContainerValues(v);
          WorkloadValues workload = new WorkloadValues(spec, platform, pod);
          workload.serviceValues(v);
          workload.ingressValues(v);
          workload.scalingValues(v);
          workload.persistenceValues(v);
          configMapValues(v);
          workload.cronValues(v);
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
   * The data of the chart's own ConfigMaps, by ConfigMap name, then key: exactly the declared keys,
   * each text (an environment replaces the text, not the keys).
   */
  private void configMapValues(Values v) {
    if (spec.configMaps().isEmpty()) {
      return;
    }
    v.group(
        "configMaps",
        "Data of the chart's own ConfigMaps (<fullname>-<name>), by name, then key. Printed as"
            + " text, never evaluated; a change rolls the pods.",
        maps -> {
          for (ConfigMapSpec configMap : spec.configMaps()) {
            maps.group(
                configMap.name(),
                "Data of the " + configMap.name() + " ConfigMap.",
                data ->
                    configMap
                        .content()
                        .forEach((key, text) -> data.string(key, "Text of " + key + ".", text)));
          }
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

  /** The flags the module's variables depend on ({@code when:}), sorted. */
  static Set<String> flags(ModuleSpec spec) {
    Set<String> flags = new java.util.TreeSet<>();
    spec.env().values().forEach(value -> addFlag(flags, value));
    spec.initContainers().forEach(c -> c.env().values().forEach(value -> addFlag(flags, value)));
    spec.sidecars().forEach(c -> c.env().values().forEach(value -> addFlag(flags, value)));
    if (spec.dbMigration() != null) {
      spec.dbMigration().env().values().forEach(value -> addFlag(flags, value));
    }
    return flags;
  }

  private static void addFlag(Set<String> flags, dev.chartgen.core.model.EnvValue value) {
    if (value.flag() != null) {
      flags.add(value.flag());
    }
  }

  private Set<String> pullSecrets() {
    Set<String> names = new LinkedHashSet<>(platform.spec().imagePullSecrets());
    names.addAll(spec.imagePullSecrets());
    return names;
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
