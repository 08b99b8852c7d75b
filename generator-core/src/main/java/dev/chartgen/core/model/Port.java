package dev.chartgen.core.model;

/**
 * A container port.
 *
 * @param name IANA_SVC_NAME (lower-case, at most 15 characters)
 * @param port the container port
 * @param protocol TCP (default), UDP or SCTP
 * @param servicePort the port the Service exposes (default: {@code port})
 * @param expose whether the Service exposes it (default true)
 */
public record Port(String name, int port, String protocol, Integer servicePort, Boolean expose) {

  public Port {
    protocol = protocol == null ? "TCP" : protocol;
  }

  public int effectiveServicePort() {
    return servicePort == null ? port : servicePort;
  }

  public boolean exposed() {
    return expose == null || expose;
  }
}
