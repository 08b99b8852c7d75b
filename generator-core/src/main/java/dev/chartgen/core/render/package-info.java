/**
 * Rendering a chart's files in memory: FreeMarker templates for {@code templates/*} and prose, the
 * writers for Chart.yaml, values.yaml and values.schema.json. Nothing is written here. In chartgen
 * "template" means a FreeMarker template; Helm's {@code helm template} is called rendering a
 * release ({@link dev.chartgen.core.verify.ReleaseRenderer}).
 */
package dev.chartgen.core.render;
