package dev.chartgen.core.policy;

import dev.chartgen.core.verify.RenderedObject;
import java.util.List;
import java.util.Map;

/** Rules about staying up: replicas, autoscalers, disruption budgets, anti-affinity. */
final class AvailabilityRules {

  private AvailabilityRules() {}

  static List<ChartRule> all() {
    return List.of(new Replicas(), new Autoscalers(), new DisruptionBudgets(), new AntiAffinity());
  }

  static boolean replicated(Workload w) {
    return w.kind().equals("Deployment") || w.kind().equals("StatefulSet");
  }

  /** Two or more pods run: replicas ≥ 2, or an autoscaler decides. */
  static boolean several(ChartObjects chart, Workload w) {
    Integer replicas = w.replicas();
    return (replicas != null && replicas >= 2)
        || (replicas == null && chart.autoscalerOf(w) != null);
  }

  /** CG023. */
  static final class Replicas extends JavaRule {
    Replicas() {
      super("CG023");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload w : chart.workloads()) {
        boolean behindService =
            chart.ofKind("Service").stream()
                .anyMatch(
                    s ->
                        selects(
                            Json.strings(Json.at(s.content(), "/spec/selector")), w.podLabels()));
        if (replicated(w) && behindService && !several(chart, w)) {
          report(
              findings,
              chart,
              w.object(),
              "/spec/replicas",
              "replicas " + (w.replicas() == null ? "unset (1)" : w.replicas()));
        }
      }
    }
  }

  /** CG024. */
  static final class Autoscalers extends JavaRule {
    Autoscalers() {
      super("CG024");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject hpa : chart.ofKind("HorizontalPodAutoscaler")) {
        Workload target = chart.scaleTarget(hpa);
        if (target == null) {
          report(
              findings,
              chart,
              hpa,
              "/spec/scaleTargetRef",
              "no "
                  + Json.text(Json.at(hpa.content(), "/spec/scaleTargetRef/kind"))
                  + "/"
                  + Json.text(Json.at(hpa.content(), "/spec/scaleTargetRef/name"))
                  + " in the chart");
          continue;
        }
        Object min = Json.at(hpa.content(), "/spec/minReplicas");
        Object max = Json.at(hpa.content(), "/spec/maxReplicas");
        int minimum = min instanceof Number n ? n.intValue() : 1;
        int maximum = max instanceof Number n ? n.intValue() : 0;
        if (minimum < 2) {
          report(findings, chart, hpa, "/spec/minReplicas", "minReplicas " + minimum);
        }
        if (maximum <= minimum) {
          report(findings, chart, hpa, "/spec/maxReplicas", "maxReplicas " + maximum);
        }
        if (target.replicas() != null) {
          report(
              findings,
              chart,
              target.object(),
              "/spec/replicas",
              "fixed replicas " + target.replicas());
        }
      }
    }
  }

  /** CG025. */
  static final class DisruptionBudgets extends JavaRule {
    DisruptionBudgets() {
      super("CG025");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload w : chart.workloads()) {
        if (!replicated(w) || !several(chart, w)) {
          continue;
        }
        boolean covered =
            chart.ofKind("PodDisruptionBudget").stream()
                .filter(
                    p ->
                        selects(
                            Json.strings(Json.at(p.content(), "/spec/selector/matchLabels")),
                            w.podLabels()))
                .anyMatch(
                    p ->
                        allowsDisruption(p, w, chart)
                            && Json.at(p.content(), "/spec/unhealthyPodEvictionPolicy") != null);
        if (!covered) {
          report(findings, chart, w.object(), "", "");
        }
      }
    }

    private static boolean allowsDisruption(RenderedObject pdb, Workload w, ChartObjects chart) {
      Object max = Json.at(pdb.content(), "/spec/maxUnavailable");
      Object min = Json.at(pdb.content(), "/spec/minAvailable");
      if (max != null) {
        String text = max.toString();
        return !text.equals("0") && !text.equals("0%");
      }
      if (min instanceof Number n) {
        Integer replicas = w.replicas();
        if (replicas == null) {
          // scaled by an autoscaler: at its minimum, minAvailable must still leave one pod
          RenderedObject hpa = chart.autoscalerOf(w);
          Object least = hpa == null ? null : Json.at(hpa.content(), "/spec/minReplicas");
          replicas = least instanceof Number m ? m.intValue() : 1;
        }
        return n.intValue() < replicas;
      }
      return min != null && !min.toString().equals("100%");
    }
  }

  /** CG026. */
  static final class AntiAffinity extends JavaRule {
    AntiAffinity() {
      super("CG026");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload w : chart.workloads()) {
        if (!replicated(w) || !several(chart, w)) {
          continue;
        }
        Map<String, Object> anti = Json.map(Json.at(w.podSpec(), "/affinity/podAntiAffinity"));
        boolean hostname = false;
        for (Object term : Json.list(anti.get("requiredDuringSchedulingIgnoredDuringExecution"))) {
          hostname |= "kubernetes.io/hostname".equals(Json.map(term).get("topologyKey"));
        }
        for (Object term : Json.list(anti.get("preferredDuringSchedulingIgnoredDuringExecution"))) {
          hostname |=
              "kubernetes.io/hostname".equals(Json.at(term, "/podAffinityTerm/topologyKey"));
        }
        if (!hostname) {
          report(findings, chart, w.object(), w.podSpecPath() + "/affinity", "");
        }
      }
    }
  }
}
