package dev.chartgen.core.check;

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
    List<Problem> problems = new ArrayList<>();
    Map<String, Module> byName = new HashMap<>();
    Map<String, String> routes = new HashMap<>();
    boolean gatewayKnown =
        platform.spec().services().containsKey(platform.spec().gateway().module())
            || modules.stream().anyMatch(m -> m.name().equals(platform.spec().gateway().module()));
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
      String route = host + paths.get(i);
      String owner = routes.putIfAbsent(route, module.name());
      if (owner != null && !owner.equals(module.name())) {
        collector.value(
            "/spec/ingress/paths/" + i,
            "the route " + route + " is already served by module '" + owner + "'");
      }
    }
  }
}
