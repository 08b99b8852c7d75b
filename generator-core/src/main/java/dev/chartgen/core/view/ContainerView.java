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

  /**
   * Who writes the container's {@code env:} key: chartgen when it lists variables ({@link
   * EnvKey#WRITTEN}, Helm's literal values appended), Helm when only the values' literal map may
   * hold variables ({@link EnvKey#BY_HELM}, written only if the map is not empty), or nobody.
   */
  public EnvKey envKey() {
    if (!env.isEmpty()) {
      return EnvKey.WRITTEN;
    }
    return literalEnv != null ? EnvKey.BY_HELM : EnvKey.NONE;
  }

  /** See {@link #envKey()}; templates {@code <#switch>} on it. */
  public enum EnvKey {
    WRITTEN,
    BY_HELM,
    NONE
  }

  /** A container port. */
  public record PortView(String name, int containerPort, String protocol) {}

  /** A volume mount. */
  public record MountView(String name, String mountPath, String subPath, boolean readOnly) {}

  /**
   * A probe with every timing decided; {@code kind} says which check it makes.
   *
   * @param path the HTTP path ({@link Kind#HTTP_GET}), else null
   * @param port a port name (String) or number (Integer); null for {@link Kind#EXEC}
   * @param scheme HTTP or HTTPS ({@link Kind#HTTP_GET}), else null
   * @param exec the command ({@link Kind#EXEC}), else empty
   */
  public record ProbeView(
      Kind kind,
      String path,
      Object port,
      String scheme,
      List<String> exec,
      int initialDelaySeconds,
      int periodSeconds,
      int timeoutSeconds,
      int failureThreshold,
      int successThreshold) {
    public ProbeView {
      exec = List.copyOf(exec);
    }

    /** The check a probe makes; templates {@code <#switch>} on it. */
    public enum Kind {
      HTTP_GET,
      TCP_SOCKET,
      EXEC
    }
  }
}
