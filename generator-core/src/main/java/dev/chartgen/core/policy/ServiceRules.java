package dev.chartgen.core.policy;

import dev.chartgen.core.verify.RenderedObject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules that tie objects together: selectors, backends, governing Services. */
final class ServiceRules {

  /** Labels that change between releases: selectors must not use them. */
  static final Set<String> UNSTABLE_LABELS =
      Set.of("app.kubernetes.io/version", "helm.sh/chart", "app.kubernetes.io/managed-by");

  private ServiceRules() {}

  static List<ChartRule> all() {
    return List.of(
        new NetworkPolicies(),
        new ServiceSelectors(),
        new WorkloadSelectors(),
        new IngressBackends(),
        new GoverningService());
  }

  /** CG029. */
  static final class NetworkPolicies extends JavaRule {
    NetworkPolicies() {
      super("CG029");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject policy : chart.ofKind("NetworkPolicy")) {
        Map<String, String> selector =
            Json.strings(Json.at(policy.content(), "/spec/podSelector/matchLabels"));
        // an empty podSelector selects every pod of the namespace, the chart's included
        boolean everyPod = Json.map(Json.at(policy.content(), "/spec/podSelector")).isEmpty();
        if (!everyPod
            && chart.workloads().stream().noneMatch(w -> selects(selector, w.podLabels()))) {
          report(findings, chart, policy, "/spec/podSelector", "it selects no pod of the chart");
        }
        List<Object> types = Json.list(Json.at(policy.content(), "/spec/policyTypes"));
        if (!types.contains("Ingress") || !types.contains("Egress")) {
          report(findings, chart, policy, "/spec/policyTypes", "policyTypes " + types);
        }
      }
    }
  }

  /** CG030. */
  static final class ServiceSelectors extends JavaRule {
    ServiceSelectors() {
      super("CG030");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject service : chart.ofKind("Service")) {
        if ("ExternalName".equals(Json.text(Json.at(service.content(), "/spec/type")))) {
          continue;
        }
        Map<String, String> selector = Json.strings(Json.at(service.content(), "/spec/selector"));
        if (chart.workloads().stream().noneMatch(w -> selects(selector, w.podLabels()))) {
          report(findings, chart, service, "/spec/selector", "selector " + selector);
        }
      }
    }
  }

  /** CG031. */
  static final class WorkloadSelectors extends JavaRule {
    WorkloadSelectors() {
      super("CG031");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload w : chart.workloads()) {
        if (!Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet").contains(w.kind())) {
          continue;
        }
        Map<String, String> selector = w.selector();
        if (!selects(selector, w.podLabels())) {
          report(findings, chart, w.object(), "/spec/selector", "selector " + selector);
        }
        for (String key : selector.keySet()) {
          if (UNSTABLE_LABELS.contains(key)) {
            report(
                findings, chart, w.object(), "/spec/selector/matchLabels", "unstable label " + key);
          }
        }
      }
    }
  }

  /** CG033. */
  static final class IngressBackends extends JavaRule {
    IngressBackends() {
      super("CG033");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject ingress : chart.ofKind("Ingress")) {
        List<Object> rules = Json.list(Json.at(ingress.content(), "/spec/rules"));
        for (int r = 0; r < rules.size(); r++) {
          List<Object> paths = Json.list(Json.at(rules.get(r), "/http/paths"));
          for (int p = 0; p < paths.size(); p++) {
            String at = "/spec/rules/" + r + "/http/paths/" + p + "/backend/service";
            Object backend = Json.at(paths.get(p), "/backend/service");
            String name = Json.text(Json.at(backend, "/name"));
            if (name != null && chart.externalServices().contains(name)) {
              continue;
            }
            RenderedObject service =
                chart.ofKind("Service").stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .orElse(null);
            if (service == null) {
              report(
                  findings,
                  chart,
                  ingress,
                  at + "/name",
                  name == null ? "a backend that is not a Service" : "Service " + name);
            } else if (!hasPort(service, Json.map(Json.at(backend, "/port")))) {
              report(findings, chart, ingress, at + "/port", "port of Service " + name);
            }
          }
        }
      }
    }

    private static boolean hasPort(RenderedObject service, Map<String, Object> port) {
      return Json.list(Json.at(service.content(), "/spec/ports")).stream()
          .map(Json::map)
          .anyMatch(
              p ->
                  (port.get("name") != null && port.get("name").equals(p.get("name")))
                      || (port.get("number") != null && port.get("number").equals(p.get("port"))));
    }
  }

  /** CG040. */
  static final class GoverningService extends JavaRule {
    GoverningService() {
      super("CG040");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (RenderedObject set : chart.ofKind("StatefulSet")) {
        String name = Json.text(Json.at(set.content(), "/spec/serviceName"));
        boolean headless =
            chart.ofKind("Service").stream()
                .anyMatch(
                    s ->
                        s.name().equals(name)
                            && "None".equals(Json.text(Json.at(s.content(), "/spec/clusterIP"))));
        if (!headless) {
          report(findings, chart, set, "/spec/serviceName", "serviceName " + name);
        }
      }
    }
  }
}
