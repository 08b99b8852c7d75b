package dev.chartgen.core.view;

import java.util.List;

/**
 * One container as the pod template writes it.
 *
 * @param values Helm path of this container's values block (image, resources), e.g. {@code .Values}
 *     or {@code .Values.dbMigration}
 * @param literalEnv Helm path of a map of literal env values rendered after {@code env}, or null
 * @param tokenMount mount the projected ServiceAccount token volume
 */
public record ContainerView(
    String name,
    String values,
    List<String> command,
    List<String> args,
    List<PortView> ports,
    List<EnvVarView> env,
    String literalEnv,
    ProbeView liveness,
    ProbeView readiness,
    ProbeView startup,
    Integer preStopSleepSeconds,
    List<String> preStopExec,
    List<MountView> volumeMounts,
    boolean tokenMount) {

  public ContainerView {
    command = List.copyOf(command);
    args = List.copyOf(args);
    ports = List.copyOf(ports);
    env = List.copyOf(env);
    preStopExec = List.copyOf(preStopExec);
    volumeMounts = List.copyOf(volumeMounts);
  }

  /** A container port. */
  public record PortView(String name, int containerPort, String protocol) {}

  /** A volume mount. */
  public record MountView(String name, String mountPath, String subPath, boolean readOnly) {}

  /**
   * A probe with every timing decided.
   *
   * @param port a port name (String) or number (Integer)
   */
  public record ProbeView(
      String path,
      Object port,
      String scheme,
      boolean tcp,
      List<String> exec,
      int initialDelaySeconds,
      int periodSeconds,
      int timeoutSeconds,
      int failureThreshold,
      int successThreshold) {
    public ProbeView {
      exec = List.copyOf(exec);
    }
  }
}
