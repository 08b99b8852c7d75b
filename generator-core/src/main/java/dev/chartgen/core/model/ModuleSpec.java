package dev.chartgen.core.model;

import java.util.List;
import java.util.Map;

/** Everything a descriptor says about how a module runs. Optional parts are null or empty. */
public record ModuleSpec(
    WorkloadKind workload,
    AppType appType,
    Image image,
    List<String> imagePullSecrets,
    Integer replicas,
    List<String> command,
    List<String> args,
    List<Port> ports,
    Health health,
    Resources resources,
    Map<String, EnvValue> env,
    JavaSettings java,
    DbMigration dbMigration,
    GitSync gitSync,
    List<ExtraContainer> initContainers,
    List<ExtraContainer> sidecars,
    List<ConfigMapSpec> configMaps,
    List<Volume> volumes,
    List<VolumeClaimTemplate> volumeClaimTemplates,
    ServiceSpec service,
    IngressSpec ingress,
    Autoscaling autoscaling,
    DisruptionBudget disruptionBudget,
    ServiceAccountSpec serviceAccount,
    NetworkPolicySpec networkPolicy,
    Scheduling scheduling,
    Lifecycle lifecycle,
    Integer terminationGracePeriodSeconds,
    Metrics metrics,
    StatefulSetSpec statefulSet,
    DaemonSetSpec daemonSet,
    CronJobSpec cronJob,
    JobSpec job,
    List<Waiver> waivers,
    SecurityContextOverride securityContext) {

  public ModuleSpec {
    workload = workload == null ? WorkloadKind.Deployment : workload;
    appType = appType == null ? AppType.GENERIC : appType;
    imagePullSecrets = Lists.copy(imagePullSecrets);
    command = Lists.copy(command);
    args = Lists.copy(args);
    ports = Lists.copy(ports);
    health = health == null ? Health.NONE : health;
    resources = resources == null ? Resources.EMPTY : resources;
    env = Lists.copy(env);
    java = java == null ? JavaSettings.DEFAULTS : java;
    initContainers = Lists.copy(initContainers);
    sidecars = Lists.copy(sidecars);
    configMaps = Lists.copy(configMaps);
    volumes = Lists.copy(volumes);
    volumeClaimTemplates = Lists.copy(volumeClaimTemplates);
    service = service == null ? ServiceSpec.DEFAULT : service;
    disruptionBudget = disruptionBudget == null ? DisruptionBudget.DEFAULT : disruptionBudget;
    serviceAccount = serviceAccount == null ? ServiceAccountSpec.DEFAULT : serviceAccount;
    networkPolicy = networkPolicy == null ? NetworkPolicySpec.DEFAULT : networkPolicy;
    scheduling = scheduling == null ? Scheduling.DEFAULT : scheduling;
    statefulSet = statefulSet == null ? StatefulSetSpec.DEFAULT : statefulSet;
    daemonSet = daemonSet == null ? DaemonSetSpec.DEFAULT : daemonSet;
    job = job == null ? JobSpec.DEFAULT : job;
    waivers = Lists.copy(waivers);
  }

  public boolean isJavaSpring() {
    return appType == AppType.JAVA_SPRING;
  }

  /** The same spec with these ConfigMaps (e.g. with their files read, or an environment's data). */
  public ModuleSpec withConfigMaps(List<ConfigMapSpec> configMaps) {
    return new ModuleSpec(
        workload,
        appType,
        image,
        imagePullSecrets,
        replicas,
        command,
        args,
        ports,
        health,
        resources,
        env,
        java,
        dbMigration,
        gitSync,
        initContainers,
        sidecars,
        configMaps,
        volumes,
        volumeClaimTemplates,
        service,
        ingress,
        autoscaling,
        disruptionBudget,
        serviceAccount,
        networkPolicy,
        scheduling,
        lifecycle,
        terminationGracePeriodSeconds,
        metrics,
        statefulSet,
        daemonSet,
        cronJob,
        job,
        waivers,
        securityContext);
  }
}
