package dev.chartgen.core.model;

import java.util.List;
import java.util.Map;

/**
 * How the module is reached from outside the cluster.
 *
 * @param paths URL path prefixes, e.g. /pgr-services
 * @param viaGateway route through DIGIT's API gateway (backend = the gateway, Service annotated
 *     with the route) instead of directly to this module
 * @param host host name; default: the platform domain
 * @param tls serve TLS (default true)
 * @param className ingress class; default from the platform
 * @param annotations extra annotations
 */
public record IngressSpec(
    List<String> paths,
    Boolean viaGateway,
    String host,
    Boolean tls,
    String className,
    Map<String, String> annotations) {

  public IngressSpec {
    paths = Lists.copy(paths);
    annotations = Lists.copy(annotations);
  }

  public boolean routedViaGateway() {
    return Boolean.TRUE.equals(viaGateway);
  }

  public boolean tlsEnabled() {
    return tls == null || tls;
  }
}
