package dev.chartgen.core.policy;

import dev.chartgen.core.verify.RenderedObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rendered objects of one chart, as the rules see them.
 *
 * @param chart the chart's name
 * @param chartDirectory the chart on disk (for chart-wide rules), or null
 * @param namespace the namespace the chart was rendered into
 * @param externalServices Services outside the chart an Ingress may route to (the API gateway)
 */
public record ChartObjects(
    String chart,
    Path chartDirectory,
    String namespace,
    List<RenderedObject> objects,
    Set<String> externalServices) {

  public ChartObjects {
    Objects.requireNonNull(chart, "chart");
    objects = List.copyOf(objects);
    externalServices = Set.copyOf(externalServices);
  }

  /** The objects that run pods. */
  public List<Workload> workloads() {
    List<Workload> workloads = new ArrayList<>();
    for (RenderedObject object : objects) {
      Workload workload = Workload.of(object);
      if (workload != null) {
        workloads.add(workload);
      }
    }
    return workloads;
  }

  /** The workload of the chart that an autoscaler's scaleTargetRef names, or null. */
  public Workload scaleTarget(RenderedObject autoscaler) {
    String kind = Json.text(Json.at(autoscaler.content(), "/spec/scaleTargetRef/kind"));
    String name = Json.text(Json.at(autoscaler.content(), "/spec/scaleTargetRef/name"));
    return workloads().stream()
        .filter(w -> w.kind().equals(kind) && w.object().name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** The autoscaler of the chart that scales {@code workload}, or null. */
  public RenderedObject autoscalerOf(Workload workload) {
    return ofKind("HorizontalPodAutoscaler").stream()
        .filter(hpa -> workload.equals(scaleTarget(hpa)))
        .findFirst()
        .orElse(null);
  }

  /** The objects of one kind. */
  public List<RenderedObject> ofKind(String kind) {
    return objects.stream().filter(o -> o.kind().equals(kind)).toList();
  }
}
