/**
 * Deterministic YAML and JSON writers: keys in the given order, strings always quoted, {@code \n}
 * line endings. Everything chartgen writes as structured text goes through them.
 */
package dev.chartgen.core.text;
