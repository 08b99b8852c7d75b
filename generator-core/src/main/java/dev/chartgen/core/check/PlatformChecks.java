package dev.chartgen.core.check;

import dev.chartgen.core.model.IngressSpec;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks across modules: unique names, one source of truth per URL, no route collisions. */
public final class PlatformChecks {

  private PlatformChecks() {}

  /** Every cross-module problem, located in the module that causes it. */
  public static List<Problem> check(
      Platform platform, List<Module> modules, Map<String, YamlDocument> documents) {
    return check(platform, modules, documents, java.util.Set.of());
  }

  /**
   * As {@link #check(Platform, List, Map)}; {@code named} are the names of every module file,
   * invalid ones included, so that a reference to an invalid module is not also called unknown.
   */
  public static List<Problem> check(
      Platform platform,
      List<Module> modules,
      Map<String, YamlDocument> documents,
      java.util.Set<String> named) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Module> byName = new HashMap<>();
    Map<String, String> routes = new HashMap<>();
    boolean gatewayKnown =
        platform.spec().services().containsKey(platform.spec().gateway().module())
            || modules.stream().anyMatch(m -> m.name().equals(platform.spec().gateway().module()));
    Map<String, Module> described = new HashMap<>();
    modules.forEach(m -> described.putIfAbsent(m.name(), m));
    for (Module module : modules) {
      ProblemCollector collector = new ProblemCollector(documents.get(module.source()));
      Module earlier = byName.putIfAbsent(module.name(), module);
      if (earlier != null) {
        collector.value(
            "/metadata/name",
            "duplicate module name '" + module.name() + "'",
            "also described in " + earlier.source());
      }
      if (platform.spec().services().containsKey(module.name())) {
        collector.value(
            "/metadata/name",
            "'" + module.name() + "' is described here and also listed in the platform's services",
            "remove it from " + platform.source() + ": its URL is computed from this descriptor");
      }
      MonitorChecks.check(module.spec(), platform, collector);
      if (module.spec().ingress() != null) {
        routes(module, platform, routes, collector);
        RouteChecks.check(module, platform, described, named, collector);
        if (module.spec().ingress().routedViaGateway() && !gatewayKnown) {
          collector.value(
              "/spec/ingress/viaGateway",
              "routing via the gateway needs the gateway module '"
                  + platform.spec().gateway().module()
                  + "'",
              "describe it, or list it in the platform's services");
        }
      }
      problems.addAll(collector.problems());
    }
    return problems;
  }

  private static void routes(
      Module module, Platform platform, Map<String, String> routes, ProblemCollector collector) {
    String host =
        module.spec().ingress().host() == null
            ? platform.spec().domain()
            : module.spec().ingress().host();
    List<String> paths = module.spec().ingress().paths();
    for (int i = 0; i < paths.size(); i++) {
      claim(module, host + paths.get(i), "/spec/ingress/paths/" + i, routes, collector);
    }
    List<IngressSpec.Route> sent = module.spec().ingress().routes();
    for (int i = 0; i < sent.size(); i++) {
      claim(
          module,
          host + sent.get(i).path(),
          "/spec/ingress/routes/" + i + "/path",
          routes,
          collector);
    }
  }

  private static void claim(
      Module module,
      String route,
      String pointer,
      Map<String, String> routes,
      ProblemCollector collector) {
    String owner = routes.putIfAbsent(route, module.name());
    if (owner != null && !owner.equals(module.name())) {
      collector.value(
          pointer, "the route " + route + " is already served by module '" + owner + "'");
    }
  }
}
