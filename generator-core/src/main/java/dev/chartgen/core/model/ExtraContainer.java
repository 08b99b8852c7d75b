package dev.chartgen.core.model;

import java.util.List;
import java.util.Map;

/**
 * An additional init container or sidecar. It gets the same hardening as the main container.
 *
 * @param mountServiceAccountToken mount a short-lived API token into this container only
 */
public record ExtraContainer(
    String name,
    Image image,
    List<String> command,
    List<String> args,
    Map<String, EnvValue> env,
    List<Port> ports,
    List<VolumeMount> volumeMounts,
    Resources resources,
    Health health,
    Boolean mountServiceAccountToken) {

  public ExtraContainer {
    command = Lists.copy(command);
    args = Lists.copy(args);
    env = Lists.copy(env);
    ports = Lists.copy(ports);
    volumeMounts = Lists.copy(volumeMounts);
    resources = resources == null ? Resources.EMPTY : resources;
    health = health == null ? Health.NONE : health;
  }

  public boolean mountsToken() {
    return Boolean.TRUE.equals(mountServiceAccountToken);
  }
}
