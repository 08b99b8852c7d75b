/**
 * The immutable model of what descriptors say: {@link dev.chartgen.core.model.Module} (one per
 * chart) and {@link dev.chartgen.core.model.Platform} (shared settings). Optional parts are null or
 * empty; defaults that need the platform are applied by the planner, not here.
 */
package dev.chartgen.core.model;
