/**
 * Rendering: FreeMarker for templates and prose, deterministic YAML and JSON writers for structured
 * files. Everything happens in memory; nothing is written here.
 */
package dev.chartgen.core.render;
