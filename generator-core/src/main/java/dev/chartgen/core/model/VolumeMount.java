package dev.chartgen.core.model;

/** A mount of a declared volume into an extra container. */
public record VolumeMount(String name, String mountPath, String subPath, Boolean readOnly) {}
