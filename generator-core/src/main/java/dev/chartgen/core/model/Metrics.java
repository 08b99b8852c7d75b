package dev.chartgen.core.model;

/**
 * Prometheus scraping: path and port of the metrics endpoint, and an optional ServiceMonitor.
 *
 * @param serviceMonitor the module's ServiceMonitor settings, or null (the platform's decide)
 */
public record Metrics(String path, String port, ServiceMonitorSettings serviceMonitor) {}
