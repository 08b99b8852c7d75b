package dev.chartgen.core.importer;

import java.nio.file.Path;

/**
 * One values file of a chart based on DIGIT's {@code common} chart: one module.
 *
 * @param module the module name: the chart's folder for {@code values.yaml}, else the file's {@code
 *     <name>} in {@code <name>-values.yaml}
 * @param chart the chart's name (its folder)
 * @param folderGroup the folder the chart lives in (e.g. core-services)
 * @param valuesFile the values file
 * @param display the values file as shown in the report (relative to the import folder)
 */
record ChartSource(
    String module, String chart, String folderGroup, Path valuesFile, String display) {}
