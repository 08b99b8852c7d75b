package dev.chartgen.core.delivery;

import dev.chartgen.core.model.EnvValue;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who must run before whom: a module after the modules it references ({@code serviceHost}) and the
 * modules its Ingress routes to ({@code spec.ingress.routes}), the gateway before the modules
 * routed through it, and the backbone (group {@code backbone}) before everything else. Runtime
 * calls may form cycles. <b>Rule:</b> modules are visited depth-first in name order, each one's
 * dependencies in name order; a dependency that leads back to a module still being visited closes a
 * cycle, and that one edge is left out of the order (and reported). The result is the same on every
 * run.
 */
public final class PlatformGraph {

  /** The group whose modules come first. */
  public static final String BACKBONE = "backbone";

  private final Map<String, Module> modules = new TreeMap<>();
  private final Map<String, Set<String>> dependencies = new TreeMap<>();
  private final List<String> cycles = new ArrayList<>();
  private final Map<String, Integer> waves = new LinkedHashMap<>();

  /** The graph of {@code modules}. */
  public PlatformGraph(Platform platform, List<Module> modules) {
    modules.forEach(m -> this.modules.put(m.name(), m));
    String gateway = platform.spec().gateway().module();
    for (Module module : this.modules.values()) {
      Set<String> deps = new TreeSet<>();
      collect(module.spec().env(), deps);
      module.spec().initContainers().forEach(c -> collect(c.env(), deps));
      module.spec().sidecars().forEach(c -> collect(c.env(), deps));
      if (module.spec().dbMigration() != null) {
        collect(module.spec().dbMigration().env(), deps);
      }
      if (module.spec().ingress() != null && module.spec().ingress().routedViaGateway()) {
        deps.add(gateway);
      }
      if (module.spec().ingress() != null) {
        module.spec().ingress().routes().forEach(r -> deps.add(r.module()));
      }
      deps.retainAll(this.modules.keySet());
      deps.remove(module.name());
      dependencies.put(module.name(), deps);
    }
    breakCycles();
    for (String name : this.modules.keySet()) {
      wave(name);
    }
  }

  private static void collect(Map<String, EnvValue> env, Set<String> deps) {
    env.values()
        .forEach(
            value -> {
              if (value.source() instanceof EnvValue.ServiceHost host) {
                deps.add(host.module());
              }
            });
  }

  private void breakCycles() {
    Set<String> done = new HashSet<>();
    for (String name : modules.keySet()) {
      visit(name, new ArrayList<>(), done);
    }
  }

  private void visit(String name, List<String> path, Set<String> done) {
    if (done.contains(name)) {
      return;
    }
    path.add(name);
    for (String dep : new ArrayList<>(dependencies.get(name))) {
      int at = path.indexOf(dep);
      if (at >= 0) {
        dependencies.get(name).remove(dep);
        List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
        cycle.add(dep);
        cycles.add(
            "cycle "
                + String.join(" -> ", cycle)
                + ": the rollout order leaves out "
                + name
                + " -> "
                + dep);
      } else {
        visit(dep, path, done);
      }
    }
    path.remove(path.size() - 1);
    done.add(name);
  }

  private int wave(String name) {
    Integer known = waves.get(name);
    if (known != null) {
      return known;
    }
    int wave = backbone(name) ? 0 : 1;
    for (String dep : dependencies.get(name)) {
      wave = Math.max(wave, wave(dep) + 1);
    }
    waves.put(name, wave);
    return wave;
  }

  private boolean backbone(String name) {
    return BACKBONE.equals(modules.get(name).metadata().group());
  }

  /** The modules {@code module} must come after, in name order (cycles broken). */
  public Set<String> dependencies(String module) {
    return Set.copyOf(dependencies.get(module));
  }

  /**
   * What a release waits for: its dependencies; a module with none that is not backbone waits for
   * the backbone.
   */
  public List<String> needs(String module) {
    Set<String> needs = new TreeSet<>(dependencies.get(module));
    if (needs.isEmpty() && !backbone(module)) {
      modules.keySet().stream().filter(this::backbone).forEach(needs::add);
    }
    return List.copyOf(needs);
  }

  /** The sync wave of {@code module}: 0 for the backbone, after every dependency otherwise. */
  public int wave(Module module) {
    return waves.get(module.name());
  }

  /** Every cycle found, with the edge left out, in the order found. */
  public List<String> cycles() {
    return List.copyOf(cycles);
  }
}
