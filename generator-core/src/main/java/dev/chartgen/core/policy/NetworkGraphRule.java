package dev.chartgen.core.policy;

import dev.chartgen.core.convention.PlatformConventions;
import dev.chartgen.core.model.Conventions;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.plan.NetworkGraph;
import dev.chartgen.core.plan.NetworkGraph.Call;
import dev.chartgen.core.policy.NetworkPolicies.Pod;
import dev.chartgen.core.policy.NetworkPolicies.Policy;
import dev.chartgen.core.verify.RenderedObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * CG045: the platform's rendered NetworkPolicies admit exactly the calls of the platform graph.
 * Every call (serviceHost, connectsTo, gateway route, declared caller, StatefulSet peers) must be
 * let out by the caller's policy and let in by the callee's, on every port the callee's Service
 * targets; the ingress controller must be let in where a module is exposed, and on the port another
 * module's Ingress routes to (spec.ingress.routes); the metrics scraper where a chart's
 * ServiceMonitor has it scrape the pods; and no policy may let in a module of the platform that
 * never calls it. It needs every chart's rendered objects at once, each placed in the namespace the
 * platform deploys it to.
 */
public final class NetworkGraphRule {

  /** The rule's metadata. */
  public static final Rule RULE = RuleCatalog.rule("CG045");

  private final NetworkGraph graph;
  private final Platform platform;
  private final Conventions.NetworkPolicyConventions conventions;
  private final Map<String, List<RenderedObject>> charts;
  private final NetworkPolicies policies;
  // each module's pods, read once from its objects: the rule asks for them for every pair
  private final Map<String, List<Pod>> pods = new HashMap<>();

  /**
   * @param charts the rendered objects of every chart, by module name
   */
  public NetworkGraphRule(
      NetworkGraph graph, Platform platform, Map<String, List<RenderedObject>> charts) {
    this.graph = graph;
    this.platform = platform;
    this.conventions = PlatformConventions.of(platform).networkPolicy();
    this.charts = new TreeMap<>(charts);
    List<Policy> list = new ArrayList<>();
    this.charts.forEach(
        (chart, objects) ->
            objects.stream()
                .filter(o -> o.kind().equals("NetworkPolicy"))
                .forEach(o -> list.add(new Policy(o, graph.namespace(chart)))));
    this.policies = new NetworkPolicies(list);
  }

  /**
   * Whether this rule reads {@code object}: NetworkPolicies, Services, ServiceMonitors and the
   * objects that run pods. Only those need to be given (the lint cache keeps just them).
   */
  public static boolean reads(RenderedObject object) {
    return object.kind().equals("NetworkPolicy")
        || object.kind().equals("Service")
        || object.kind().equals("ServiceMonitor") // the scrapes it checks
        || Workload.of(object) != null;
  }

  /** The findings, by chart. */
  public Map<String, List<Finding>> check() {
    Map<String, List<Finding>> findings = new TreeMap<>();
    for (Call call : graph.calls()) {
      calls(call, findings);
    }
    for (NetworkGraph.Route route : graph.routes()) {
      if (charts.containsKey(route.target())) {
        routed(route, findings);
      }
    }
    Map<String, List<Pod>> all = new TreeMap<>();
    charts.keySet().forEach(module -> all.put(module, pods(module)));
    PodIndex everyone = new PodIndex(all);
    for (String module : charts.keySet()) {
      if (graph.calledByIngressController(module)) {
        controller(module, findings);
      }
      strangers(module, everyone, findings);
      scraped(module, findings);
    }
    return findings;
  }

  /**
   * A ServiceMonitor of the chart has Prometheus scrape the pods behind a port of the chart's
   * Service: the pods' policy must let the metrics scraper in on the container port it targets.
   */
  private void scraped(String module, Map<String, List<Finding>> findings) {
    Pod scraper =
        new Pod(
            conventions.monitoring().namespace(), conventions.monitoring().podLabels(), Map.of());
    List<Pod> pods = pods(module);
    for (RenderedObject monitor : charts.getOrDefault(module, List.of())) {
      if (!monitor.kind().equals("ServiceMonitor")) {
        continue;
      }
      for (Object endpoint : Json.list(Json.at(monitor.content(), "/spec/endpoints"))) {
        String name = Json.text(Json.at(endpoint, "/port"));
        for (Map.Entry<Integer, String> port : servicePort(module, name).entrySet()) {
          for (Pod to : pods) {
            if (!policies.ingressAllows(to, scraper, port.getKey(), port.getValue())) {
              add(
                  findings,
                  module,
                  monitor.id()
                      + " has the metrics scraper read "
                      + module
                      + " on port "
                      + port.getKey()
                      + "/"
                      + port.getValue()
                      + " (Service port "
                      + name
                      + "), but "
                      + module
                      + "'s NetworkPolicy does not let it in");
            }
          }
        }
      }
    }
  }

  /** The container port behind the chart's Service port named {@code name}, with its protocol. */
  private Map<Integer, String> servicePort(String module, String name) {
    Map<Integer, String> found = new TreeMap<>();
    List<Pod> pods = pods(module);
    for (RenderedObject object : charts.getOrDefault(module, List.of())) {
      if (!object.kind().equals("Service")) {
        continue;
      }
      for (Object port : Json.list(Json.at(object.content(), "/spec/ports"))) {
        Map<String, Object> p = Json.map(port);
        if (name == null || !name.equals(p.get("name"))) {
          continue;
        }
        Integer number = containerPort(p, pods);
        if (number != null) {
          found.put(number, String.valueOf(p.getOrDefault("protocol", "TCP")));
        }
      }
    }
    return found;
  }

  private void calls(Call call, Map<String, List<Finding>> findings) {
    List<Pod> callers = pods(call.caller());
    if (callers.isEmpty()) {
      return; // a declared caller without a chart here: nothing to place
    }
    boolean described = charts.containsKey(call.callee());
    List<Pod> callees =
        described
            ? pods(call.callee())
            : List.of(
                new Pod(
                    graph.namespace(call.callee()),
                    Map.of(conventions.peerLabel(), call.callee()),
                    Map.of()));
    Map<Integer, String> ports =
        described
            ? ports(call.callee(), call.via() == NetworkGraph.Via.PEERS)
            : new LinkedHashMap<>();
    if (!described) {
      ports.put(null, "TCP");
    }
    for (Pod from : callers) {
      for (Pod to : callees) {
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
          String where =
              port.getKey() == null ? "" : " on port " + port.getKey() + "/" + port.getValue();
          if (!policies.egressAllows(from, to, port.getKey(), port.getValue())) {
            add(
                findings,
                call.caller(),
                call.caller()
                    + " calls "
                    + call.callee()
                    + " ("
                    + call.via().text()
                    + "), but its"
                    + " NetworkPolicy does not let it out to "
                    + call.callee()
                    + where);
          }
          if (described && !policies.ingressAllows(to, from, port.getKey(), port.getValue())) {
            add(
                findings,
                call.callee(),
                call.caller()
                    + " calls "
                    + call.callee()
                    + " ("
                    + call.via().text()
                    + "), but "
                    + call.callee()
                    + "'s NetworkPolicy does not let it in"
                    + where);
          }
        }
      }
    }
  }

  private void controller(String module, Map<String, List<Finding>> findings) {
    Pod controller =
        new Pod(
            platform.spec().ingress().controllerNamespace(),
            conventions.ingressController().podLabels(),
            Map.of());
    for (Pod to : pods(module)) {
      for (Map.Entry<Integer, String> port : ports(module, false).entrySet()) {
        if (!policies.ingressAllows(to, controller, port.getKey(), port.getValue())) {
          add(
              findings,
              module,
              "the ingress controller sends traffic to "
                  + module
                  + ", but its NetworkPolicy does not let it in on port "
                  + port.getKey()
                  + "/"
                  + port.getValue());
        }
      }
    }
  }

  /**
   * A path of another module's Ingress reaches {@code route.target()}'s Service port: the target's
   * Service must have that port, and its policy must let the ingress controller in on the container
   * port behind it.
   */
  private void routed(NetworkGraph.Route route, Map<String, List<Finding>> findings) {
    String target = route.target();
    String what =
        "the ingress controller sends "
            + route.path()
            + " of "
            + route.owner()
            + "'s Ingress to "
            + target
            + " (spec.ingress.routes)";
    Map<Integer, String> ports = servicePort(target, route.port());
    if (ports.isEmpty()) {
      add(findings, target, what + ", but its Service has no port " + route.port());
      return;
    }
    Pod controller =
        new Pod(
            platform.spec().ingress().controllerNamespace(),
            conventions.ingressController().podLabels(),
            Map.of());
    for (Pod to : pods(target)) {
      for (Map.Entry<Integer, String> port : ports.entrySet()) {
        if (!policies.ingressAllows(to, controller, port.getKey(), port.getValue())) {
          add(
              findings,
              target,
              what
                  + ", but its NetworkPolicy does not let it in on port "
                  + port.getKey()
                  + "/"
                  + port.getValue());
        }
      }
    }
  }

  /**
   * No module that never calls {@code module} is let in: on any port of its containers, to any of
   * its pods, from any pod of the other module (itself included, unless its pods call each other).
   * The index of the platform's pods gives the modules let in from the rules that admit on those
   * ports ({@link PodIndex#admitted}): the same answer as asking {@code ingressAllows} for every
   * pod of every other module, without a pass over every module for each one.
   */
  private void strangers(String module, PodIndex everyone, Map<String, List<Finding>> findings) {
    TreeSet<String> admitted = everyone.admitted(policies, pods(module), ports(module, true));
    admitted.removeIf(other -> graph.calls(other, module));
    for (String other : admitted) {
      add(
          findings,
          module,
          module + "'s NetworkPolicy lets in " + other + ", which never calls it");
    }
  }

  private void add(Map<String, List<Finding>> findings, String chart, String detail) {
    RenderedObject policy =
        charts.getOrDefault(chart, List.of()).stream()
            .filter(o -> o.kind().equals("NetworkPolicy"))
            .findFirst()
            .orElse(null);
    String object = policy == null ? "NetworkPolicy/(none)" : policy.id();
    String source = policy == null ? chart + "/templates/networkpolicy.yaml" : policy.source();
    List<Finding> list = findings.computeIfAbsent(chart, k -> new ArrayList<>());
    Finding finding =
        new Finding(RULE, chart, object, "/spec", RULE.message() + ": " + detail, source);
    if (!list.contains(finding)) {
      list.add(finding);
    }
  }

  /** The module's own pods (those carrying the peer label with its name), in its namespace. */
  private List<Pod> pods(String module) {
    return pods.computeIfAbsent(module, this::readPods);
  }

  private List<Pod> readPods(String module) {
    List<Pod> pods = new ArrayList<>();
    for (RenderedObject object : charts.getOrDefault(module, List.of())) {
      Workload workload = Workload.of(object);
      if (workload != null && module.equals(workload.podLabels().get(conventions.peerLabel()))) {
        pods.add(new Pod(graph.namespace(module), workload.podLabels(), namedPorts(workload)));
      }
    }
    return List.copyOf(pods);
  }

  private static Map<String, Integer> namedPorts(Workload workload) {
    Map<String, Integer> named = new LinkedHashMap<>();
    for (Workload.Container container : workload.containers()) {
      for (Object port : Json.list(container.content().get("ports"))) {
        Map<String, Object> p = Json.map(port);
        if (p.get("name") != null && p.get("containerPort") instanceof Number n) {
          named.put(p.get("name").toString(), n.intValue());
        }
      }
    }
    return named;
  }

  /**
   * The container ports callers reach: every port a Service of the chart targets (resolved by name
   * against the pods), or every container port when {@code all}.
   */
  private Map<Integer, String> ports(String module, boolean all) {
    Map<Integer, String> ports = new TreeMap<>();
    List<Pod> pods = pods(module);
    for (RenderedObject object : charts.getOrDefault(module, List.of())) {
      if (all) {
        Workload workload = Workload.of(object);
        if (workload != null) {
          for (Workload.Container c : workload.containers()) {
            for (Object port : Json.list(c.content().get("ports"))) {
              Map<String, Object> p = Json.map(port);
              if (p.get("containerPort") instanceof Number n) {
                ports.put(n.intValue(), String.valueOf(p.getOrDefault("protocol", "TCP")));
              }
            }
          }
        }
      } else if (object.kind().equals("Service")) {
        for (Object port : Json.list(Json.at(object.content(), "/spec/ports"))) {
          Map<String, Object> p = Json.map(port);
          Integer number = containerPort(p, pods);
          if (number != null) {
            ports.put(number, String.valueOf(p.getOrDefault("protocol", "TCP")));
          }
        }
      }
    }
    return ports;
  }

  /**
   * The container port a Service port sends to: its targetPort (or port) as a number, or the number
   * a pod gives the named port; null when no pod names it.
   */
  private static Integer containerPort(Map<String, Object> servicePort, List<Pod> pods) {
    Object target =
        servicePort.get("targetPort") != null
            ? servicePort.get("targetPort")
            : servicePort.get("port");
    return target instanceof Number n
        ? Integer.valueOf(n.intValue())
        : pods.stream()
            .map(pod -> pod.namedPorts().get(String.valueOf(target)))
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
  }
}
