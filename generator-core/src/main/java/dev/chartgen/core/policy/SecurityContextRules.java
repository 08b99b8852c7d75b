package dev.chartgen.core.policy;

import dev.chartgen.core.convention.Defaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules about the IDs pods run as, beyond what the single-object schema rules check. Public for the
 * linter's waivers of a securityContext override, which mirror {@link #differs}.
 */
public final class SecurityContextRules {

  private SecurityContextRules() {}

  static List<ChartRule> all() {
    return List.of(new DefaultIds());
  }

  /**
   * CG046: the pods run as chartgen's default UID, GID and fsGroup (pod level), unless the
   * descriptor overrides them with a reason (spec.securityContext), which waives this rule and
   * shows the reason in every report. A UID or GID below 10000 is CG002's.
   */
  static final class DefaultIds extends JavaRule {
    DefaultIds() {
      super("CG046");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload w : chart.workloads()) {
        List<String> other = new ArrayList<>();
        Map<String, Object> pod = Json.map(w.podSpec().get("securityContext"));
        for (String field : List.of("runAsUser", "runAsGroup", "fsGroup")) {
          if (pod.get(field) instanceof Number n && differs(field, n.longValue())) {
            other.add(field + " " + n.longValue());
          }
        }
        if (!other.isEmpty()) {
          report(
              findings,
              chart,
              w.object(),
              w.podSpecPath() + "/securityContext",
              String.join(", ", other));
        }
      }
    }
  }

  /** The lowest UID and GID CG002 accepts. */
  public static final long LOWEST_ID = 10000L;

  /**
   * Whether a pod-level ID is one CG046 reports: any fsGroup but the default; a UID or GID other
   * than the default of at least 10000 (below that, CG002 reports it).
   */
  public static boolean differs(String field, long id) {
    return id != Defaults.RUN_AS_ID && (field.equals("fsGroup") || id >= LOWEST_ID);
  }
}
