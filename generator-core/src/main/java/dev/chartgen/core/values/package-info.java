/**
 * A chart's values as one typed tree, and the files written from it: values.yaml ({@link
 * dev.chartgen.core.values.ValuesYaml}) and values.schema.json ({@link
 * dev.chartgen.core.values.ValuesSchema}). The planners decide the values; this package only holds
 * and serialises them.
 */
package dev.chartgen.core.values;
