package dev.chartgen.core.model;

/** Prometheus scraping: path and port of the metrics endpoint. */
public record Metrics(String path, String port) {}
