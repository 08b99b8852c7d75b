package dev.chartgen.core.plan;

import dev.chartgen.core.convention.PlatformConventions;
import dev.chartgen.core.model.Conventions;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.plan.NetworkGraph.Call;
import dev.chartgen.core.plan.NetworkGraph.Via;
import dev.chartgen.core.view.ChartViews;
import dev.chartgen.core.view.ChartViews.PolicyPeer;
import dev.chartgen.core.view.ChartViews.PolicyPort;
import dev.chartgen.core.view.ChartViews.PolicyRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plans a module's default-deny NetworkPolicy from the {@link NetworkGraph}. Ingress: each caller
 * (its pods by the conventions' peer label, in its namespace by {@code
 * kubernetes.io/metadata.name}) on the ports its Service targets (a StatefulSet's own pods on every
 * port), the ingress controller when the module is exposed (on the ports other modules' Ingresses
 * route to, when only they send it traffic), the metrics scraper on the metrics port, declared
 * namespaces. Egress: cluster DNS, each callee on the ports its Service targets (any port of a
 * module without a descriptor, whose container ports chartgen does not know), declared CIDRs.
 */
public final class NetworkPolicyPlanner {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final Platform platform;
  private final NetworkGraph graph;
  private final Conventions.NetworkPolicyConventions conventions;

  public NetworkPolicyPlanner(Platform platform, NetworkGraph graph) {
    this.platform = platform;
    this.graph = graph;
    this.conventions = PlatformConventions.of(platform).networkPolicy();
  }

  /** The policy of {@code module}. */
  public ChartViews.NetworkPolicy plan(Module module) {
    ModuleSpec spec = module.spec();
    return new ChartViews.NetworkPolicy(
        module.name(), ingress(module), egress(module), spec.networkPolicy().egressUnrestricted());
  }

  private List<PolicyRule> ingress(Module module) {
    List<PolicyRule> rules = new ArrayList<>();
    List<PolicyPort> served = ports(module, false);
    if (served.isEmpty()
        && module.spec().workload() != dev.chartgen.core.model.WorkloadKind.StatefulSet) {
      return rules;
    }
    for (Map.Entry<String, List<Via>> caller :
        grouped(graph.callersOf(module.name()), true).entrySet()) {
      boolean peers = caller.getValue().contains(Via.PEERS);
      List<PolicyPort> ports = peers ? ports(module, true) : served;
      if (!ports.isEmpty()) {
        rules.add(
            new PolicyRule(
                caller.getKey(),
                texts(caller.getValue()),
                callerPeers(caller.getKey(), module.name()),
                ports));
      }
    }
    if (served.isEmpty()) {
      return rules;
    }
    List<NetworkGraph.Route> routed = graph.routesTo(module.name());
    if (graph.calledByIngressController(module.name()) || !routed.isEmpty()) {
      boolean exposed = graph.calledByIngressController(module.name());
      rules.add(
          new PolicyRule(
              "the ingress controller",
              exposed
                  ? "the module is exposed"
                  : "routed to by "
                      + routed.stream()
                          .map(NetworkGraph.Route::owner)
                          .distinct()
                          .collect(Collectors.joining(", "))
                      + " (spec.ingress.routes)",
              List.of(
                  new PolicyPeer(
                      PolicyPeer.Kind.PODS,
                      conventions.ingressController().podLabels(),
                      platform.spec().ingress().controllerNamespace(),
                      null)),
              exposed ? served : routedPorts(module, routed)));
    }
    if (module.spec().metrics() != null) {
      rules.add(
          new PolicyRule(
              "the metrics scraper",
              "spec.metrics",
              List.of(
                  new PolicyPeer(
                      PolicyPeer.Kind.PODS,
                      conventions.monitoring().podLabels(),
                      conventions.monitoring().namespace(),
                      null)),
              List.of(metricsPort(module.spec()))));
    }
    for (String namespace : module.spec().networkPolicy().allowFromNamespaces()) {
      rules.add(
          new PolicyRule(
              "every pod of namespace " + namespace,
              "networkPolicy.allowFromNamespaces",
              List.of(new PolicyPeer(PolicyPeer.Kind.NAMESPACE, null, namespace, null)),
              served));
    }
    return rules;
  }

  private List<PolicyRule> egress(Module module) {
    List<PolicyRule> rules = new ArrayList<>();
    Conventions.PodPeer dns = conventions.dns();
    rules.add(
        new PolicyRule(
            "cluster DNS",
            "",
            List.of(new PolicyPeer(PolicyPeer.Kind.PODS, dns.podLabels(), dns.namespace(), null)),
            List.of(new PolicyPort(dns.port(), "UDP"), new PolicyPort(dns.port(), "TCP"))));
    for (Map.Entry<String, List<Via>> callee :
        grouped(graph.calleesOf(module.name()), false).entrySet()) {
      Module target = graph.module(callee.getKey());
      List<PolicyPort> ports =
          target == null ? List.of() : ports(target, callee.getValue().contains(Via.PEERS));
      if (target != null && ports.isEmpty()) {
        continue; // the callee serves nothing: a check refuses calling it, nothing to allow
      }
      rules.add(
          new PolicyRule(
              callee.getKey(),
              texts(callee.getValue())
                  + (target == null ? " (no descriptor: any port of its pods)" : ""),
              List.of(module(callee.getKey())),
              ports));
    }
    for (String cidr : module.spec().networkPolicy().allowEgressTo()) {
      rules.add(
          new PolicyRule(
              cidr,
              "networkPolicy.allowEgressTo",
              List.of(new PolicyPeer(PolicyPeer.Kind.CIDR, null, null, cidr)),
              List.of()));
    }
    return rules;
  }

  /**
   * A caller's pods; when its database migration runs as a hook Job and calls the callee (the
   * database it connects to, or a module its migration env references), also the Job's pods, which
   * carry the label {@code <module>-db-migration}.
   */
  private List<PolicyPeer> callerPeers(String caller, String callee) {
    Module module = graph.module(caller);
    if (module != null
        && module.spec().dbMigration() != null
        && module.spec().dbMigration().asHookJob()
        && graph.migrationCalls(caller, callee)) {
      return List.of(
          module(caller),
          new PolicyPeer(
              PolicyPeer.Kind.PODS,
              Map.of(conventions.peerLabel(), caller + "-db-migration"),
              graph.namespace(caller),
              null));
    }
    return List.of(module(caller));
  }

  /** A module's pods: by the peer label, in its namespace. */
  private PolicyPeer module(String name) {
    return new PolicyPeer(
        PolicyPeer.Kind.PODS, Map.of(conventions.peerLabel(), name), graph.namespace(name), null);
  }

  /**
   * The container ports of {@code module} that callers reach: those its Service exposes (a Service
   * forwards to the container port, which is what a NetworkPolicy sees), or every port of the main
   * container for the pods' own peers.
   */
  static List<PolicyPort> ports(Module module, boolean all) {
    return module.spec().ports().stream()
        .filter(p -> all || p.exposed())
        .map(p -> new PolicyPort(p.port(), p.protocol()))
        .distinct()
        .toList();
  }

  /** The container ports behind the Service ports other modules' Ingresses route to. */
  private static List<PolicyPort> routedPorts(Module module, List<NetworkGraph.Route> routes) {
    return module.spec().ports().stream()
        .filter(p -> routes.stream().anyMatch(r -> r.port().equals(p.name())))
        .map(p -> new PolicyPort(p.port(), p.protocol()))
        .distinct()
        .toList();
  }

  private static PolicyPort metricsPort(ModuleSpec spec) {
    String port = spec.metrics().port();
    if (port == null) {
      Port first = spec.ports().get(0);
      return new PolicyPort(first.port(), first.protocol());
    }
    for (Port p : spec.ports()) {
      if (p.name().equals(port) || String.valueOf(p.port()).equals(port)) {
        return new PolicyPort(p.port(), p.protocol());
      }
    }
    return new PolicyPort(DIGITS.matcher(port).matches() ? Integer.valueOf(port) : port, "TCP");
  }

  private static Map<String, List<Via>> grouped(List<Call> calls, boolean byCaller) {
    Map<String, List<Via>> grouped = new LinkedHashMap<>();
    for (Call call : calls) {
      grouped
          .computeIfAbsent(byCaller ? call.caller() : call.callee(), k -> new ArrayList<>())
          .add(call.via());
    }
    return grouped;
  }

  private static String texts(List<Via> vias) {
    return vias.stream().map(Via::text).distinct().collect(Collectors.joining(", "));
  }
}
