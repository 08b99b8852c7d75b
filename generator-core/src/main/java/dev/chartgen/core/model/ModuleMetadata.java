package dev.chartgen.core.model;

/**
 * Who the module is.
 *
 * @param name DNS-1123 label; the chart's name and the default object name
 * @param group DIGIT group (core, urban, …): app.kubernetes.io/part-of and the {@code group} label
 * @param description one line, into Chart.yaml and the README
 * @param namespace where the module is deployed; default the platform namespace (used for the URLs
 *     other modules call, never hard-coded into objects)
 * @param chartVersion SemVer of the chart; default the platform's
 */
public record ModuleMetadata(
    String name, String group, String description, String namespace, String chartVersion) {

  public ModuleMetadata {
    description = Lists.orEmpty(description);
  }
}
