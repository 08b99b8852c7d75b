package dev.chartgen.core.model;

/**
 * Settings of a Prometheus Operator ServiceMonitor: a module's ({@code
 * spec.metrics.serviceMonitor}) or the platform's defaults ({@code spec.serviceMonitor}). Null
 * fields are unset.
 *
 * @param enabled whether to render one (a module's block: default true; the platform's: default
 *     false)
 * @param interval the scrape interval, a Prometheus duration
 * @param scrapeTimeout the scrape timeout, a Prometheus duration, at most the interval
 * @param honorLabels keep the scraped metrics' labels when they clash with Prometheus' own
 */
public record ServiceMonitorSettings(
    Boolean enabled, String interval, String scrapeTimeout, Boolean honorLabels) {

  /**
   * What a module with {@code metrics} gets on {@code platform}: its own settings, field by field
   * over the platform's; null when it gets no ServiceMonitor (no metrics, its own block says {@code
   * enabled: false}, or it writes no block and the platform's defaults are not enabled). The one
   * place that decides it.
   */
  public static ServiceMonitorSettings effective(Metrics metrics, Platform.Spec platform) {
    if (metrics == null) {
      return null;
    }
    ServiceMonitorSettings own = metrics.serviceMonitor();
    ServiceMonitorSettings defaults = platform.serviceMonitor();
    boolean on =
        own != null
            ? own.enabled() == null || own.enabled()
            : defaults != null && Boolean.TRUE.equals(defaults.enabled());
    if (!on) {
      return null;
    }
    ServiceMonitorSettings mine =
        own == null ? new ServiceMonitorSettings(null, null, null, null) : own;
    ServiceMonitorSettings base =
        defaults == null ? new ServiceMonitorSettings(null, null, null, null) : defaults;
    return new ServiceMonitorSettings(
        true,
        mine.interval() != null ? mine.interval() : base.interval(),
        mine.scrapeTimeout() != null ? mine.scrapeTimeout() : base.scrapeTimeout(),
        mine.honorLabels() != null ? mine.honorLabels() : base.honorLabels());
  }
}
