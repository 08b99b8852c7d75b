package dev.chartgen.core.plan;

import dev.chartgen.core.model.EnvValue;
import dev.chartgen.core.model.ExtraContainer;
import dev.chartgen.core.model.IngressSpec;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.WorkloadKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who calls whom on the network, computed once from the descriptors: every {@code serviceHost}
 * reference (main, init and sidecar containers and the database migration, conditional ones
 * included: a flag may be on in some environment), every {@code networkPolicy.connectsTo} (backbone
 * endpoints), the gateway calling the modules routed through it, declared callers ({@code
 * networkPolicy.allowFromModules}), and the pods of a StatefulSet calling each other; and the
 * ingress controller: for exposed modules, and for the paths an Ingress routes to another module
 * ({@code spec.ingress.routes}). Environments cannot add references (their env overrides are
 * literals), so the graph is the same in every environment. Callees may be modules without a
 * descriptor (the platform's {@code services}); callers always have one, except declared ones.
 */
public final class NetworkGraph {

  /** Why a caller calls a callee. */
  public enum Via {
    SERVICE_HOST("serviceHost"),
    CONNECTS_TO("networkPolicy.connectsTo"),
    GATEWAY_ROUTE("routed through the gateway"),
    DECLARED("networkPolicy.allowFromModules"),
    PEERS("StatefulSet peers");

    private final String text;

    Via(String text) {
      this.text = text;
    }

    /** How README and lint messages name it. */
    public String text() {
      return text;
    }
  }

  /** One caller calling one callee. */
  public record Call(String caller, String callee, Via via) {}

  /**
   * A path of {@code owner}'s Ingress that the ingress controller sends to {@code target}'s Service
   * port named {@code port} ({@code spec.ingress.routes}).
   */
  public record Route(String owner, String path, String target, String port) {}

  private static final Comparator<Call> ORDER =
      Comparator.comparing(Call::callee).thenComparing(Call::caller).thenComparing(Call::via);

  private final Map<String, Module> modules = new TreeMap<>();
  private final ServiceHosts hosts;
  private final String gateway;
  private final TreeSet<Call> calls = new TreeSet<>(ORDER);
  // caller -> callees, for calls(caller, callee): CG045 asks it for every pair of modules
  private final Map<String, Set<String>> callees = new HashMap<>();
  private final List<Route> routes = new ArrayList<>();
  // the calls by callee and by caller, and the routes by target, each in the order above: every
  // module's plan asks for its own, which a scan of every call would make quadratic in modules
  private final Map<String, List<Call>> byCallee = new HashMap<>();
  private final Map<String, List<Call>> byCaller = new HashMap<>();
  private final Map<String, List<Route>> byTarget = new HashMap<>();

  /** The graph of {@code modules} on {@code platform}. */
  public NetworkGraph(Platform platform, List<Module> modules) {
    modules.forEach(m -> this.modules.put(m.name(), m));
    this.hosts = new ServiceHosts(platform, modules);
    this.gateway = platform.spec().gateway().module();
    for (Module module : this.modules.values()) {
      String name = module.name();
      references(module).forEach(callee -> add(name, callee, Via.SERVICE_HOST));
      module.spec().networkPolicy().connectsTo().forEach(c -> add(name, c, Via.CONNECTS_TO));
      module.spec().networkPolicy().allowFromModules().forEach(c -> add(c, name, Via.DECLARED));
      if (module.spec().ingress() != null && module.spec().ingress().routedViaGateway()) {
        add(gateway, name, Via.GATEWAY_ROUTE);
      }
      if (module.spec().workload() == WorkloadKind.StatefulSet) {
        add(name, name, Via.PEERS);
      }
      if (module.spec().ingress() != null) {
        for (IngressSpec.Route route : module.spec().ingress().routes()) {
          hosts
              .routePort(route.module(), route.port())
              .ifPresent(
                  port -> routes.add(new Route(name, route.path(), route.module(), port.name())));
        }
      }
    }
    routes.sort(
        Comparator.comparing(Route::target).thenComparing(Route::owner).thenComparing(Route::path));
    for (Call call : calls) {
      byCallee.computeIfAbsent(call.callee(), k -> new ArrayList<>()).add(call);
      byCaller.computeIfAbsent(call.caller(), k -> new ArrayList<>()).add(call);
    }
    for (Route route : routes) {
      byTarget.computeIfAbsent(route.target(), k -> new ArrayList<>()).add(route);
    }
  }

  private void add(String caller, String callee, Via via) {
    if (!caller.equals(callee) || via == Via.PEERS) {
      calls.add(new Call(caller, callee, via));
      callees.computeIfAbsent(caller, k -> new HashSet<>()).add(callee);
    }
  }

  private static TreeSet<String> references(Module module) {
    TreeSet<String> callees = new TreeSet<>();
    collect(module.spec().env(), callees);
    for (ExtraContainer c : module.spec().initContainers()) {
      collect(c.env(), callees);
    }
    for (ExtraContainer c : module.spec().sidecars()) {
      collect(c.env(), callees);
    }
    if (module.spec().dbMigration() != null) {
      collect(module.spec().dbMigration().env(), callees);
    }
    return callees;
  }

  /**
   * Whether {@code caller}'s database migration calls {@code callee}: a backbone endpoint it
   * connects to (the database), or a module its migration env references.
   */
  public boolean migrationCalls(String caller, String callee) {
    Module module = modules.get(caller);
    if (module == null || module.spec().dbMigration() == null) {
      return false;
    }
    TreeSet<String> own = new TreeSet<>();
    collect(module.spec().dbMigration().env(), own);
    return own.contains(callee) || module.spec().networkPolicy().connectsTo().contains(callee);
  }

  private static void collect(Map<String, EnvValue> env, TreeSet<String> callees) {
    env.values()
        .forEach(
            value -> {
              if (value.source() instanceof EnvValue.ServiceHost host) {
                callees.add(host.module());
              }
            });
  }

  /** Every call, by callee, then caller. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The calls {@code module} receives, by caller (one per caller and reason). */
  public List<Call> callersOf(String module) {
    return List.copyOf(byCallee.getOrDefault(module, List.of()));
  }

  /** The calls {@code module} makes, by callee. */
  public List<Call> calleesOf(String module) {
    List<Call> out = new ArrayList<>(byCaller.getOrDefault(module, List.of()));
    out.sort(Comparator.comparing(Call::callee).thenComparing(Call::via));
    return out;
  }

  /** Whether {@code caller} calls {@code callee} for any reason. */
  public boolean calls(String caller, String callee) {
    return callees.getOrDefault(caller, Set.of()).contains(callee);
  }

  /** The module with a descriptor of that name, or null (a listed service, or unknown). */
  public Module module(String name) {
    return modules.get(name);
  }

  /** Every module with a descriptor, by name. */
  public List<Module> modules() {
    return List.copyOf(modules.values());
  }

  /** The namespace {@code module} runs in. */
  public String namespace(String module) {
    return hosts.namespace(module);
  }

  /**
   * Whether the ingress controller sends traffic to {@code module}: it has an Ingress of its own
   * that is not routed through the gateway, or it is the gateway and some module is routed through
   * it.
   */
  public boolean calledByIngressController(String module) {
    Module m = modules.get(module);
    if (m == null) {
      return false;
    }
    if (m.spec().ingress() != null
        && m.spec().ingress().exposesOwnPaths()
        && !m.spec().ingress().routedViaGateway()) {
      return true;
    }
    return module.equals(gateway)
        && modules.values().stream()
            .anyMatch(
                o ->
                    o.spec().ingress() != null
                        && o.spec().ingress().exposesOwnPaths()
                        && o.spec().ingress().routedViaGateway());
  }

  /** Every route of an Ingress to another module, by target, then owner and path. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** The routes other modules' Ingresses send to {@code module}. */
  public List<Route> routesTo(String module) {
    return List.copyOf(byTarget.getOrDefault(module, List.of()));
  }

  /**
   * Everything of the graph a chart's plan reads, as text: a module's NetworkPolicy depends on the
   * calls and routes other descriptors declare, so incremental runs fingerprint it.
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    calls.forEach(c -> text.append(c).append('\n'));
    routes.forEach(r -> text.append(r).append('\n'));
    modules.keySet().stream()
        .filter(this::calledByIngressController)
        .forEach(m -> text.append("ingress controller -> ").append(m).append('\n'));
    return text.toString();
  }
}
