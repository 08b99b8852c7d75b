package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.Health;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.Probe;
import dev.chartgen.core.view.ContainerView.ProbeView;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Probes with every gap filled: a missing readiness or liveness checks the same endpoint as the
 * other with its own timing; a serving container without any gets TCP checks on its first port.
 */
final class ProbePlanner {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** Liveness, readiness, startup; any may be null. */
  record Probes(ProbeView liveness, ProbeView readiness, ProbeView startup) {
    static final Probes NONE = new Probes(null, null, null);
  }

  private ProbePlanner() {}

  static Probes plan(Health health, List<Port> ports, boolean slowStart, Platform platform) {
    Probe liveness = health.liveness();
    Probe readiness = health.readiness();
    Probe startup = health.startup();
    ProbeView startupView =
        startup == null ? null : view(startup, ports, Defaults.startup(startup, platform));
    if (liveness == null && readiness == null) {
      if (ports.isEmpty()) {
        // nothing to check: a worker without ports declares exec probes, or lint says so
        return new Probes(null, null, startupView);
      }
      Probe tcp =
          new Probe(null, ports.get(0).name(), null, true, null, null, null, null, null, null);
      liveness = tcp;
      readiness = tcp;
    } else if (liveness == null) {
      liveness = checkOnly(readiness);
    } else if (readiness == null) {
      readiness = checkOnly(liveness);
    }
    return new Probes(
        view(liveness, ports, Defaults.liveness(liveness, slowStart, platform)),
        view(readiness, ports, Defaults.readiness(readiness, slowStart, platform)),
        startupView);
  }

  /** The same check without its timing, so the other probe's defaults apply. */
  private static Probe checkOnly(Probe probe) {
    return new Probe(
        probe.path(),
        probe.port(),
        probe.scheme(),
        probe.tcp(),
        probe.exec(),
        null,
        null,
        null,
        null,
        null);
  }

  private static ProbeView view(Probe probe, List<Port> ports, Defaults.ProbeTiming timing) {
    if (probe == null) {
      return null;
    }
    Object port = null;
    if (!probe.isExec()) {
      String ref = probe.port() != null ? probe.port() : ports.get(0).name();
      port = DIGITS.matcher(ref).matches() ? (Object) Integer.valueOf(ref) : ref;
    }
    ProbeView.Kind kind =
        probe.path() != null
            ? ProbeView.Kind.HTTP_GET
            : probe.isTcp() ? ProbeView.Kind.TCP_SOCKET : ProbeView.Kind.EXEC;
    return new ProbeView(
        kind,
        probe.path(),
        port,
        probe.isHttp() ? (probe.scheme() == null ? "HTTP" : probe.scheme()) : null,
        probe.exec(),
        timing.initialDelaySeconds(),
        timing.periodSeconds(),
        timing.timeoutSeconds(),
        timing.failureThreshold(),
        timing.successThreshold());
  }
}
