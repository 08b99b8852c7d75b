/** A chart's values as one typed tree: values.yaml, values.schema.json and the README table. */
package dev.chartgen.core.values;
