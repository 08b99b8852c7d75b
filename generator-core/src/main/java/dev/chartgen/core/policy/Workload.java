package dev.chartgen.core.policy;

import dev.chartgen.core.verify.RenderedObject;
import java.util.List;
import java.util.Map;

/**
 * A rendered object that runs pods, with where its pod template sits.
 *
 * @param podSpecPath JSON pointer of the pod spec inside the object
 * @param podLabelsPath JSON pointer of the pod template's labels
 */
public record Workload(RenderedObject object, String podSpecPath, String podLabelsPath) {

  private static final Map<String, String> POD_SPEC =
      Map.of(
          "Deployment", "/spec/template/spec",
          "StatefulSet", "/spec/template/spec",
          "DaemonSet", "/spec/template/spec",
          "ReplicaSet", "/spec/template/spec",
          "Job", "/spec/template/spec",
          "CronJob", "/spec/jobTemplate/spec/template/spec",
          "Pod", "/spec");

  /** The object as a workload, or null if it runs no pods. */
  public static Workload of(RenderedObject object) {
    String spec = POD_SPEC.get(object.kind());
    if (spec == null) {
      return null;
    }
    String labels =
        object.kind().equals("Pod")
            ? "/metadata/labels"
            : spec.substring(0, spec.length() - "/spec".length()) + "/metadata/labels";
    return new Workload(object, spec, labels);
  }

  public String kind() {
    return object.kind();
  }

  /** Whether its pods run until stopped (not Jobs). */
  public boolean longRunning() {
    return !kind().equals("Job") && !kind().equals("CronJob");
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> podSpec() {
    Object spec = Json.at(object.content(), podSpecPath);
    return spec instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  public Map<String, String> podLabels() {
    return Json.strings(Json.at(object.content(), podLabelsPath));
  }

  /** Its containers, init containers first, each with its JSON pointer. */
  public List<Container> containers() {
    List<Container> all = new java.util.ArrayList<>();
    for (String group : List.of("initContainers", "containers")) {
      List<Object> list = Json.list(podSpec().get(group));
      for (int i = 0; i < list.size(); i++) {
        all.add(
            new Container(
                Json.map(list.get(i)),
                podSpecPath + "/" + group + "/" + i,
                group.equals("initContainers")));
      }
    }
    return all;
  }

  /** The replica count it declares, or null (DaemonSet, Job, or left to an autoscaler). */
  public Integer replicas() {
    Object replicas = Json.at(object.content(), "/spec/replicas");
    return replicas instanceof Number n ? n.intValue() : null;
  }

  /** Its selector's matchLabels. */
  public Map<String, String> selector() {
    return Json.strings(Json.at(object.content(), "/spec/selector/matchLabels"));
  }

  /** A container of a workload. */
  public record Container(Map<String, Object> content, String path, boolean init) {
    public String name() {
      Object name = content.get("name");
      return name == null ? "" : name.toString();
    }
  }
}
