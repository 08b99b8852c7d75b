/** YAML parsing that keeps the line and column of every node, addressed by JSON pointer. */
package dev.chartgen.core.yaml;
