package dev.chartgen.core.check;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.Metrics;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.ServiceMonitorSettings;
import dev.chartgen.core.model.WorkloadKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of a module's ServiceMonitor (its own {@code metrics.serviceMonitor} over the platform's
 * defaults): it scrapes through the module's Service, so the module must have one that exposes the
 * metrics port, and Prometheus refuses a scrape timeout longer than the interval.
 */
final class MonitorChecks {

  private static final String AT = "/spec/metrics/serviceMonitor";

  /** A Prometheus duration: units from years to milliseconds, each at most once, in order. */
  private static final Pattern DURATION =
      Pattern.compile(
          "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");

  private static final long[] MILLIS = {
    365L * 86_400_000L, 7L * 86_400_000L, 86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L
  };

  private MonitorChecks() {}

  static void check(ModuleSpec spec, Platform platform, ProblemCollector collector) {
    Metrics metrics = spec.metrics();
    ServiceMonitorSettings monitor = ServiceMonitorSettings.effective(metrics, platform.spec());
    if (monitor == null) {
      return;
    }
    String at = metrics.serviceMonitor() != null ? AT : "/spec/metrics";
    String from =
        metrics.serviceMonitor() != null
            ? ""
            : "; the ServiceMonitor comes from the platform's serviceMonitor.enabled";
    if (spec.workload() == WorkloadKind.StatefulSet) {
      collector.value(
          at,
          "a ServiceMonitor selects the module's Services by label, and a StatefulSet's headless"
              + " Service carries the same labels as its client Service: every pod would be"
              + " scraped twice"
              + from,
          "scrape a StatefulSet through spec.metrics alone (prometheus.io annotations), or set"
              + " serviceMonitor.enabled: false");
      return;
    }
    if (!Defaults.serving(spec)) {
      collector.value(
          at,
          "a ServiceMonitor scrapes through the module's Service, and a "
              + spec.workload()
              + " without ports has none"
              + from,
          "declare the metrics port in spec.ports, or set serviceMonitor.enabled: false");
      return;
    }
    Optional<Port> port = Defaults.metricsPort(spec);
    if (port.isPresent() && !port.get().exposed()) {
      collector.value(
          at,
          "a ServiceMonitor scrapes through the module's Service, which does not expose port '"
              + port.get().name()
              + "' (expose: false)"
              + from,
          "expose the metrics port, or set serviceMonitor.enabled: false");
    }
    Optional<Long> interval = millis(monitor.interval());
    Optional<Long> timeout = millis(monitor.scrapeTimeout());
    if (interval.isPresent() && timeout.isPresent() && timeout.get() > interval.get()) {
      String pointer =
          metrics.serviceMonitor() != null && metrics.serviceMonitor().scrapeTimeout() != null
              ? AT + "/scrapeTimeout"
              : at;
      collector.value(
          pointer,
          "scrapeTimeout "
              + monitor.scrapeTimeout()
              + " is longer than the interval "
              + monitor.interval()
              + ": Prometheus refuses such a scrape",
          "make the timeout at most the interval");
    }
  }

  /** A Prometheus duration in milliseconds; empty when unset or not one. */
  static Optional<Long> millis(String duration) {
    if (duration == null || duration.isEmpty()) {
      return Optional.empty();
    }
    if (duration.equals("0")) {
      return Optional.of(0L);
    }
    Matcher m = DURATION.matcher(duration);
    if (!m.matches()) {
      return Optional.empty();
    }
    long total = 0;
    for (int i = 0; i < MILLIS.length; i++) {
      if (m.group(i + 1) != null) {
        total += Long.parseLong(m.group(i + 1)) * MILLIS[i];
      }
    }
    return Optional.of(total);
  }
}
