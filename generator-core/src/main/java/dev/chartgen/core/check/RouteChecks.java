package dev.chartgen.core.check;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.IngressSpec;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.schema.Suggestions;
import java.util.List;
import java.util.Map;

/**
 * Checks of a module's Ingress routes to other modules ({@code spec.ingress.routes}): the target is
 * a module described here, in the same namespace (an Ingress backend is a Service of the Ingress's
 * own namespace), with a Service exposing the named port.
 */
final class RouteChecks {

  private RouteChecks() {}

  static void check(
      Module module,
      Platform platform,
      Map<String, Module> modules,
      java.util.Set<String> named,
      ProblemCollector collector) {
    IngressSpec ingress = module.spec().ingress();
    if (ingress.routedViaGateway() && !ingress.exposesOwnPaths()) {
      collector.value(
          "/spec/ingress/viaGateway",
          "viaGateway routes this module's own paths through the gateway, and it has none",
          "give paths, or drop viaGateway: routes go to the other modules' Services directly");
    }
    List<IngressSpec.Route> routes = ingress.routes();
    for (int i = 0; i < routes.size(); i++) {
      if (modules.containsKey(routes.get(i).module()) || !named.contains(routes.get(i).module())) {
        // a module whose descriptor is invalid: its own problems are reported
        route(module, platform, modules, routes.get(i), "/spec/ingress/routes/" + i, collector);
      }
    }
  }

  private static void route(
      Module module,
      Platform platform,
      Map<String, Module> modules,
      IngressSpec.Route route,
      String at,
      ProblemCollector collector) {
    String name = route.module();
    if (name.equals(module.name())) {
      collector.value(
          at + "/module",
          "a route to this module itself",
          "list " + route.path() + " in spec.ingress.paths");
      return;
    }
    Module target = modules.get(name);
    if (target == null) {
      if (platform.spec().services().containsKey(name)) {
        collector.value(
            at + "/module",
            "'"
                + name
                + "' is listed in the platform's services without a descriptor: chartgen knows"
                + " no Service port of it",
            "describe it to route to it");
      } else {
        collector.value(
            at + "/module",
            "unknown module '" + name + "'",
            Suggestions.didYouMean(name, modules.keySet()));
      }
      return;
    }
    String here = namespace(module, platform);
    String there = namespace(target, platform);
    if (!here.equals(there)) {
      collector.value(
          at + "/module",
          "module '"
              + name
              + "' runs in namespace "
              + there
              + " and this one in "
              + here
              + ": an Ingress sends traffic only to Services of its own namespace",
          "route to it from a module of namespace " + there);
      return;
    }
    boolean service =
        Defaults.serving(target.spec())
            && (target.spec().workload() != WorkloadKind.StatefulSet
                || target.spec().statefulSet().withClientService())
            && target.spec().ports().stream().anyMatch(Port::exposed);
    if (!service) {
      collector.value(
          at + "/module",
          "module '"
              + name
              + "' has no Service to route to (a "
              + target.spec().workload()
              + (target.spec().ports().isEmpty()
                  ? " without ports"
                  : " whose ports are not exposed")
              + ")",
          "route to a module that serves a port");
      return;
    }
    if (route.port() != null
        && target.spec().ports().stream()
            .noneMatch(p -> p.exposed() && p.name().equals(route.port()))) {
      List<String> exposed =
          target.spec().ports().stream().filter(Port::exposed).map(Port::name).toList();
      String hint = Suggestions.didYouMean(route.port(), exposed);
      collector.value(
          at + "/port",
          "module '" + name + "' has no port named '" + route.port() + "' on its Service",
          hint.isEmpty() ? "its Service's ports: " + String.join(", ", exposed) : hint);
    }
  }

  private static String namespace(Module module, Platform platform) {
    return module.metadata().namespace() != null
        ? module.metadata().namespace()
        : platform.spec().namespace();
  }
}
