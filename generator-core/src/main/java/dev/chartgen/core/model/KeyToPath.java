package dev.chartgen.core.model;

/** One key of a ConfigMap or Secret projected to a file name. */
public record KeyToPath(String key, String path) {}
