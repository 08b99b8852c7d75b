package dev.chartgen.core.model;

/** A pod toleration. */
public record Toleration(
    String key, String operator, String value, String effect, Long tolerationSeconds) {}
