package dev.chartgen.core.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Rules that compare fields of a container: probes, ports, environment. */
final class ContainerRules {

  private ContainerRules() {}

  static List<ChartRule> all() {
    return List.of(new DistinctProbes(), new ProbePorts(), new PortNames(), new UniqueEnv());
  }

  /** CG021. */
  static final class DistinctProbes extends JavaRule {
    DistinctProbes() {
      super("CG021");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload workload : chart.workloads()) {
        for (Workload.Container c : workload.containers()) {
          Object readiness = c.content().get("readinessProbe");
          if (readiness != null && Objects.equals(readiness, c.content().get("livenessProbe"))) {
            report(
                findings,
                chart,
                workload.object(),
                c.path() + "/readinessProbe",
                "container '" + c.name() + "'");
          }
        }
      }
    }
  }

  /** CG022. */
  static final class ProbePorts extends JavaRule {
    ProbePorts() {
      super("CG022");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload workload : chart.workloads()) {
        for (Workload.Container c : workload.containers()) {
          Set<String> declared = new HashSet<>();
          for (Object port : Json.list(c.content().get("ports"))) {
            Map<String, Object> p = Json.map(port);
            declared.add(String.valueOf(p.get("name")));
            declared.add(String.valueOf(p.get("containerPort")));
          }
          for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            Map<String, Object> spec = Json.map(c.content().get(probe));
            for (String handler : List.of("httpGet", "tcpSocket", "grpc")) {
              Object port = Json.map(spec.get(handler)).get("port");
              if (port != null && !declared.contains(String.valueOf(port))) {
                report(
                    findings,
                    chart,
                    workload.object(),
                    c.path() + "/" + probe + "/" + handler + "/port",
                    "container '" + c.name() + "', port " + port);
              }
            }
          }
        }
      }
    }
  }

  /** CG034. */
  static final class PortNames extends JavaRule {
    PortNames() {
      super("CG034");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload workload : chart.workloads()) {
        Set<String> names = new HashSet<>();
        for (Workload.Container c : workload.containers()) {
          List<Object> ports = Json.list(c.content().get("ports"));
          for (int i = 0; i < ports.size(); i++) {
            Map<String, Object> port = Json.map(ports.get(i));
            String path = c.path() + "/ports/" + i;
            Object name = port.get("name");
            if (name != null && (!validName(name.toString()) || !names.add(name.toString()))) {
              report(findings, chart, workload.object(), path + "/name", "'" + name + "'");
            }
            if (Integer.valueOf(22).equals(port.get("containerPort"))) {
              report(findings, chart, workload.object(), path + "/containerPort", "port 22");
            }
          }
        }
      }
      for (var service : chart.ofKind("Service")) {
        List<Object> ports = Json.list(Json.at(service.content(), "/spec/ports"));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
          Object name = Json.map(ports.get(i)).get("name");
          if (name != null
              && (!validServicePortName(name.toString()) || !names.add(name.toString()))) {
            report(findings, chart, service, "/spec/ports/" + i + "/name", "'" + name + "'");
          }
        }
      }
    }

    /** A Service port name: a DNS label (Kubernetes allows up to 63 characters there). */
    static boolean validServicePortName(String name) {
      return name.length() <= 63 && name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    }

    /** A container port name: an IANA service name (at most 15 characters, one letter). */
    static boolean validName(String name) {
      return name.length() <= 15
          && name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")
          && name.matches(".*[a-z].*")
          && !name.contains("--");
    }
  }

  /** CG035. */
  static final class UniqueEnv extends JavaRule {
    UniqueEnv() {
      super("CG035");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      for (Workload workload : chart.workloads()) {
        for (Workload.Container c : workload.containers()) {
          Set<String> seen = new HashSet<>();
          List<Object> env = Json.list(c.content().get("env"));
          for (int i = 0; i < env.size(); i++) {
            String name = String.valueOf(Json.map(env.get(i)).get("name"));
            if (!seen.add(name)) {
              report(
                  findings,
                  chart,
                  workload.object(),
                  c.path() + "/env/" + i + "/name",
                  "container '" + c.name() + "', " + name);
            }
          }
        }
      }
    }
  }
}
