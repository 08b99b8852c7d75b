package dev.chartgen.core.plan;

import dev.chartgen.core.model.Module;
import dev.chartgen.core.values.ValueNode;
import java.util.List;
import java.util.Map;

/**
 * Everything one chart will contain, decided: its Chart.yaml, its values tree, and the templates to
 * render with their views.
 */
public record ChartPlan(
    String name,
    Module module,
    Map<String, Object> chart,
    ValueNode.Group values,
    List<TemplateFile> templates) {

  public ChartPlan {
    chart = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(chart));
    templates = List.copyOf(templates);
  }

  /**
   * One file rendered by FreeMarker.
   *
   * @param template the template's name, e.g. deployment.yaml.ftl
   * @param path the file inside the chart, e.g. templates/deployment.yaml
   * @param view the immutable data the template sees
   */
  public record TemplateFile(String template, String path, Object view) {}
}
