/**
 * Deterministic YAML and JSON writers (keys in the given order, strings always quoted, {@code \n}
 * line endings) and English for counted things ({@link dev.chartgen.core.text.Words}). Neutral
 * support: knows nothing of charts or values.
 */
package dev.chartgen.core.text;
