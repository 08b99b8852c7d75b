package dev.chartgen.core.check;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.ResourceList;
import dev.chartgen.core.model.Resources;
import dev.chartgen.core.quantity.Quantities;
import java.math.BigDecimal;
import java.util.Optional;

/** Checks of resources: requests within limits, and the JVM heap within the memory limit. */
final class ResourceChecks {

  private final Module module;
  private final ModuleSpec spec;
  private final Platform platform;
  private final ProblemCollector collector;

  ResourceChecks(Module module, Platform platform, ProblemCollector collector) {
    this.module = module;
    this.spec = module.spec();
    this.platform = platform;
    this.collector = collector;
  }

  /** Requests never exceed limits, per quantity, after defaults are applied. */
  void resources(String at, Resources effective) {
    compare(at, "cpu", effective.requests().cpu(), effective.limits().cpu());
    compare(at, "memory", effective.requests().memory(), effective.limits().memory());
    compare(
        at,
        "ephemeralStorage",
        effective.requests().ephemeralStorage(),
        effective.limits().ephemeralStorage());
  }

  private void compare(String at, String name, String request, String limit) {
    Optional<BigDecimal> r = Quantities.parse(request);
    Optional<BigDecimal> l = Quantities.parse(limit);
    if (r.isPresent() && l.isPresent() && r.get().compareTo(l.get()) > 0) {
      collector.value(
          at + "/requests/" + name,
          "the " + name + " request " + request + " is more than its limit " + limit,
          "raise limits." + name + " or lower the request");
    }
  }

  void java() {
    boolean written = collector.document().at("/spec/java").isObject();
    if (!spec.isJavaSpring()) {
      if (written) {
        collector.key("/spec/java", "java settings apply only to appType java-spring", "");
      }
      return;
    }
    Optional<BigDecimal> heap = Quantities.maxHeap(spec.java().heap());
    ResourceList limits = Defaults.mainResources(module, platform).limits();
    Optional<BigDecimal> memory = Quantities.parse(limits.memory());
    if (heap.isPresent() && memory.isPresent() && heap.get().compareTo(memory.get()) >= 0) {
      collector.value(
          "/spec/java/heap",
          "-Xmx does not fit in the memory limit " + limits.memory() + ": the JVM will be killed",
          "raise resources.limits.memory above the heap plus ~25% for the JVM's own memory");
    }
  }
}
