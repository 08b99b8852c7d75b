package dev.chartgen.core.view;

import java.util.List;

/**
 * A pod spec, shared by every workload kind.
 *
 * @param sysctls safe sysctls, e.g. net.ipv4.ip_unprivileged_port_start for ports below 1024
 * @param restartPolicy set for Jobs and CronJobs only
 * @param antiAffinity prefer spreading replicas over nodes unless values set an affinity
 * @param topologyKey spread replicas over this topology key, or null
 * @param everyNode tolerate every taint (DaemonSets on all nodes)
 */
public record PodView(
    List<ContainerView> initContainers,
    List<ContainerView> containers,
    List<VolumeView> volumes,
    long runAsUser,
    long runAsGroup,
    long fsGroup,
    List<Sysctl> sysctls,
    int terminationGracePeriodSeconds,
    String restartPolicy,
    boolean antiAffinity,
    String topologyKey,
    boolean everyNode) {

  public PodView {
    initContainers = List.copyOf(initContainers);
    containers = List.copyOf(containers);
    volumes = List.copyOf(volumes);
    sysctls = List.copyOf(sysctls);
  }

  public record Sysctl(String name, String value) {}
}
