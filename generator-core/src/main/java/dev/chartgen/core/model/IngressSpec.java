package dev.chartgen.core.model;

import java.util.List;
import java.util.Map;

/**
 * How the module is reached from outside the cluster.
 *
 * @param paths URL path prefixes, e.g. /pgr-services (may be empty when there are routes)
 * @param routes paths sent to other modules' Services
 * @param viaGateway route through DIGIT's API gateway (backend = the gateway, Service annotated
 *     with the route) instead of directly to this module
 * @param host host name; default: the platform domain
 * @param tls serve TLS (default true)
 * @param className ingress class; default from the platform
 * @param annotations extra annotations
 */
public record IngressSpec(
    List<String> paths,
    List<Route> routes,
    Boolean viaGateway,
    String host,
    Boolean tls,
    String className,
    Map<String, String> annotations) {

  public IngressSpec {
    paths = Lists.copy(paths);
    routes = Lists.copy(routes);
    annotations = Lists.copy(annotations);
  }

  /**
   * A path the module's Ingress sends to another module's Service.
   *
   * @param path the URL path prefix
   * @param module the module whose Service receives it
   * @param port the name of that module's port, or null: its first port the Service exposes
   */
  public record Route(String path, String module, String port) {}

  public boolean routedViaGateway() {
    return Boolean.TRUE.equals(viaGateway);
  }

  /** Whether the ingress controller sends traffic to this module's own pods (its own paths). */
  public boolean exposesOwnPaths() {
    return !paths.isEmpty();
  }

  public boolean tlsEnabled() {
    return tls == null || tls;
  }
}
