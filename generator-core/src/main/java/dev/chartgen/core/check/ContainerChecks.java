package dev.chartgen.core.check;

import dev.chartgen.core.model.EnvValue;
import dev.chartgen.core.model.Health;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.Probe;
import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.schema.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks of one container's ports, probes and environment, wherever it is declared. */
final class ContainerChecks {

  private final ProblemCollector collector;
  private final Set<String> knownModules;

  ContainerChecks(ProblemCollector collector, Set<String> knownModules) {
    this.collector = collector;
    this.knownModules = knownModules;
  }

  /** Port names and numbers are unique, names are valid IANA service names. */
  void ports(String base, List<Port> ports) {
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < ports.size(); i++) {
      Port port = ports.get(i);
      String at = JsonPointer.child(base + "/ports", i);
      Integer earlier = names.putIfAbsent(port.name(), i);
      if (earlier != null) {
        collector.value(
            at + "/name",
            "duplicate port name '" + port.name() + "'",
            "also at " + base + "/ports/" + earlier);
      } else if (!port.name().matches(".*[a-z].*") || port.name().contains("--")) {
        collector.value(
            at + "/name",
            "'" + port.name() + "' is not a valid port name: it needs a letter and no '--'");
      }
      Integer earlierNumber = numbers.putIfAbsent(port.port() + "/" + port.protocol(), i);
      if (earlierNumber != null) {
        collector.value(
            at + "/port",
            "duplicate port " + port.port() + "/" + port.protocol(),
            "also at " + base + "/ports/" + earlierNumber);
      }
    }
  }

  /** Probes name ports the container declares; liveness and startup succeed once. */
  void health(String base, Health health, List<Port> ports) {
    probe(base + "/health/liveness", health.liveness(), ports, true);
    probe(base + "/health/readiness", health.readiness(), ports, false);
    probe(base + "/health/startup", health.startup(), ports, true);
  }

  private void probe(String at, Probe probe, List<Port> ports, boolean singleSuccess) {
    if (probe == null) {
      return;
    }
    if (singleSuccess && probe.successThreshold() != null && probe.successThreshold() != 1) {
      collector.value(
          at + "/successThreshold",
          "must be 1 for liveness and startup probes (Kubernetes rejects anything else)");
    }
    if (probe.isExec()) {
      if (probe.port() != null) {
        collector.value(at + "/port", "an exec probe has no port");
      }
      return;
    }
    if (probe.port() == null) {
      if (ports.isEmpty()) {
        collector.value(at, "needs a port: declare the container's ports or set port on the probe");
      }
      return;
    }
    boolean byNumber = probe.port().matches("[0-9]+");
    boolean declared =
        ports.stream()
            .anyMatch(
                p ->
                    byNumber
                        ? String.valueOf(p.port()).equals(probe.port())
                        : p.name().equals(probe.port()));
    if (!declared) {
      List<String> names = ports.stream().map(Port::name).toList();
      List<String> numbers = ports.stream().map(p -> String.valueOf(p.port())).toList();
      String hint = byNumber ? "" : Suggestions.didYouMean(probe.port(), names);
      if (hint.isEmpty() && !ports.isEmpty()) {
        hint = "declared: " + String.join(", ", byNumber ? numbers : names);
      }
      collector.value(
          at + "/port",
          (byNumber ? "port " : "no port named '")
              + probe.port()
              + (byNumber ? " is not declared by the container" : "' in the container"),
          hint);
    }
  }

  /**
   * No secret-looking literals (unless CG014 is waived with a reason); serviceHost names a module;
   * names reserved by conventions.
   */
  void env(
      String base, Map<String, EnvValue> env, Map<String, String> reserved, boolean secretsWaived) {
    for (Map.Entry<String, EnvValue> entry : env.entrySet()) {
      String name = entry.getKey();
      String at = JsonPointer.child(base + "/env", name);
      if (reserved.containsKey(name)) {
        collector.key(at, "'" + name + "' is set by chartgen", reserved.get(name));
        continue;
      }
      if (!secretsWaived
          && entry.getValue().source() instanceof EnvValue.Literal literal
          && SecretNames.looksSecret(name, literal.value())) {
        collector.value(
            at,
            "'" + name + "' looks like a secret: its value must not be written into the chart",
            "reference it instead: {secret: <secret-name>, key: <key>}");
      }
      if (entry.getValue().source() instanceof EnvValue.ServiceHost host
          && !knownModules.contains(host.module())) {
        String hint = Suggestions.didYouMean(host.module(), knownModules);
        collector.value(
            at + "/serviceHost",
            "unknown module '"
                + host.module()
                + "': describe it, or list its URL in the platform's services",
            hint);
      }
    }
  }

  /** Names of containers in the pod are unique and not reserved. */
  void names(List<String> pointers, List<String> names, Set<String> reserved) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String at = pointers.get(i);
      if (reserved.contains(name)) {
        collector.value(
            at, "container name '" + name + "' is reserved for chartgen's own containers");
      }
      String earlier = seen.putIfAbsent(name, at);
      if (earlier != null) {
        collector.value(at, "duplicate container name '" + name + "'", "also at " + earlier);
      }
    }
  }

  static List<String> pointers(String base, int count, String field) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(base + "/" + i + "/" + field);
    }
    return result;
  }
}
