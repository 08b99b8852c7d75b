package dev.chartgen.core.plan;

import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base URL of every module other modules may call: computed from descriptors (name, namespace,
 * first exposed port), else taken from the platform's list of services. Replaces DIGIT's hand-kept
 * egov-service-host map.
 */
public final class ServiceHosts {

  private final Map<String, String> urls = new HashMap<>();

  public ServiceHosts(Platform platform, List<Module> modules) {
    urls.putAll(platform.spec().services());
    for (Module module : modules) {
      firstExposed(module)
          .ifPresent(
              port -> {
                String namespace =
                    module.metadata().namespace() != null
                        ? module.metadata().namespace()
                        : platform.spec().namespace();
                urls.put(
                    module.name(),
                    "http://"
                        + module.name()
                        + "."
                        + namespace
                        + ":"
                        + port.effectiveServicePort()
                        + "/");
              });
    }
  }

  /** The URL of {@code module}. */
  public String url(String module) {
    String url = urls.get(module);
    if (url == null) {
      throw new IllegalStateException("no URL for module " + module + " (checks should catch it)");
    }
    return url;
  }

  private static Optional<Port> firstExposed(Module module) {
    return module.spec().ports().stream().filter(Port::exposed).findFirst();
  }
}
