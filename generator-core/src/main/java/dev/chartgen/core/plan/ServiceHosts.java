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
  private final Map<String, Module> described = new HashMap<>();
  private final Map<String, String> namespaces = new HashMap<>();
  private final String defaultNamespace;

  public ServiceHosts(Platform platform, List<Module> modules) {
    this.defaultNamespace = platform.spec().namespace();
    urls.putAll(platform.spec().services());
    platform.spec().services().forEach((name, url) -> namespaces.put(name, namespaceOf(name, url)));
    for (Module module : modules) {
      described.put(module.name(), module);
      namespaces.put(
          module.name(),
          module.metadata().namespace() != null ? module.metadata().namespace() : defaultNamespace);
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

  /** Every module's URL (listed ones and described ones that expose a port), by name, sorted. */
  public java.util.SortedMap<String, String> all() {
    return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(urls));
  }

  /**
   * Everything this knows, as text: each module's URL and namespace, sorted. A chart that calls
   * other modules depends on exactly this.
   */
  public String describe() {
    java.util.TreeMap<String, List<String>> ports = new java.util.TreeMap<>();
    described.forEach(
        (name, module) ->
            ports.put(
                name,
                module.spec().ports().stream()
                    .filter(Port::exposed)
                    .map(p -> p.name() + "=" + p.port() + ":" + p.effectiveServicePort())
                    .toList()));
    return new java.util.TreeMap<>(urls)
        + "\n"
        + new java.util.TreeMap<>(namespaces)
        + "\n"
        + ports;
  }

  /**
   * The Service port an Ingress route reaches on {@code module}: the exposed port named {@code
   * port}, or its first exposed port when {@code port} is null; empty when the module has no
   * descriptor or no such port (checks refuse those routes). The Service is named after the module,
   * as its release is.
   */
  public Optional<Port> routePort(String module, String port) {
    Module target = described.get(module);
    if (target == null) {
      return Optional.empty();
    }
    return target.spec().ports().stream()
        .filter(Port::exposed)
        .filter(p -> port == null || p.name().equals(port))
        .findFirst();
  }

  /** The URL of {@code module}. */
  public String url(String module) {
    String url = urls.get(module);
    if (url == null) {
      throw new IllegalStateException("no URL for module " + module + " (checks should catch it)");
    }
    return url;
  }

  /** The namespace {@code module} runs in: its descriptor's, its listed URL's, or the default. */
  public String namespace(String module) {
    return namespaces.getOrDefault(module, defaultNamespace);
  }

  /** The namespace in a listed URL such as http://egov-idgen.egov:8080/, else the default. */
  private String namespaceOf(String module, String url) {
    String host = url.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
    String[] labels = host.split("\\.");
    return labels.length >= 2 && labels[0].equals(module) ? labels[1] : defaultNamespace;
  }

  private static Optional<Port> firstExposed(Module module) {
    return module.spec().ports().stream().filter(Port::exposed).findFirst();
  }
}
