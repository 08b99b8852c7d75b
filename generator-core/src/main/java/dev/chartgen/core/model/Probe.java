package dev.chartgen.core.model;

import java.util.List;

/**
 * A health check: HTTP GET ({@code path}), TCP connect ({@code tcp}) or a command ({@code exec}).
 *
 * @param path HTTP path; makes this an HTTP GET probe
 * @param port port name or number; default: the first declared port
 * @param scheme HTTP or HTTPS
 * @param tcp true for a TCP connect probe
 * @param exec command for an exec probe
 */
public record Probe(
    String path,
    String port,
    String scheme,
    Boolean tcp,
    List<String> exec,
    Integer initialDelaySeconds,
    Integer periodSeconds,
    Integer timeoutSeconds,
    Integer failureThreshold,
    Integer successThreshold) {

  public Probe {
    exec = Lists.copy(exec);
  }

  public boolean isHttp() {
    return path != null;
  }

  public boolean isTcp() {
    return Boolean.TRUE.equals(tcp);
  }

  public boolean isExec() {
    return !exec.isEmpty();
  }
}
