package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.CronJobSpec;
import dev.chartgen.core.model.IngressSpec;
import dev.chartgen.core.model.JobSpec;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.StatefulSetSpec;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.VolumeClaimTemplate;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.plan.ChartPlan.TemplateFile;
import dev.chartgen.core.view.ChartViews;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The workload object of a chart and the objects that serve it: Services, Ingress, HPA, PDB. */
final class WorkloadFiles {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final Module module;
  private final ModuleSpec spec;
  private final Platform platform;
  private final PodPlanner.PodPlan pod;
  private final ServiceHosts hosts;
  private final String chart;

  WorkloadFiles(Module module, Platform platform, PodPlanner.PodPlan pod, ServiceHosts hosts) {
    this.module = module;
    this.spec = module.spec();
    this.platform = platform;
    this.pod = pod;
    this.hosts = hosts;
    this.chart = module.name();
  }

  List<TemplateFile> files() {
    List<TemplateFile> files = new ArrayList<>();
    WorkloadKind kind = spec.workload();
    switch (kind) {
      case Deployment -> files.add(file("deployment.yaml", deployment()));
      case StatefulSet -> {
        files.add(file("statefulset.yaml", statefulSet()));
        files.add(
            new TemplateFile(
                "service.yaml.ftl",
                "templates/service-headless.yaml",
                new ChartViews.Service(
                    chart, "-headless", true, ChartPlanner.servicePorts(spec.ports()), Map.of())));
      }
      case DaemonSet ->
          files.add(
              file(
                  "daemonset.yaml",
                  new ChartViews.DaemonSet(
                      chart,
                      Defaults.REVISION_HISTORY_LIMIT,
                      intOrString(spec.daemonSet().maxUnavailable()),
                      configChecksum())));
      case CronJob -> files.add(file("cronjob.yaml", cronJob(spec.cronJob(), spec.job())));
      case Job ->
          files.add(
              file(
                  "job.yaml",
                  new ChartViews.Job(
                      chart,
                      "",
                      chart + ".labels",
                      chart + ".podLabels",
                      chart + ".podSpec",
                      job(spec.job()))));
    }
    boolean clientService =
        kind != WorkloadKind.StatefulSet || spec.statefulSet().withClientService();
    if (Defaults.serving(spec)
        && clientService
        && !ChartPlanner.servicePorts(spec.ports()).isEmpty()) {
      files.add(
          file(
              "service.yaml",
              new ChartViews.Service(
                  chart,
                  "",
                  false,
                  ChartPlanner.servicePorts(spec.ports()),
                  serviceAnnotations())));
    }
    if (spec.ingress() != null) {
      files.add(file("ingress.yaml", ingress()));
      if (gatewayElsewhere()) {
        String gateway = platform.spec().gateway().module();
        files.add(
            file(
                "service-gateway.yaml",
                new ChartViews.GatewayProxy(
                    chart,
                    gateway + "." + hosts.namespace(gateway) + ".svc.cluster.local",
                    platform.spec().gateway().port())));
      }
    }
    if (kind == WorkloadKind.Deployment || kind == WorkloadKind.StatefulSet) {
      files.add(file("hpa.yaml", new ChartViews.Autoscaler(chart, kind.name())));
      files.add(file("pdb.yaml", new ChartViews.DisruptionBudget(chart)));
    }
    if (pod.migrationPod() != null) {
      JobSpec hook =
          new JobSpec(
              spec.job().backoffLimit(),
              spec.job().activeDeadlineSeconds(),
              spec.job().ttlSecondsAfterFinished(),
              spec.job().restartPolicy(),
              new JobSpec.Hook(
                  List.of("pre-install", "pre-upgrade"),
                  List.of("before-hook-creation", "hook-succeeded"),
                  -5));
      files.add(
          new TemplateFile(
              "job.yaml.ftl",
              "templates/job-db-migration.yaml",
              new ChartViews.Job(
                  chart,
                  "-db-migration",
                  chart + ".migrationLabels",
                  chart + ".migrationLabels",
                  chart + ".migrationPodSpec",
                  job(hook))));
    }
    return files;
  }

  private static Object intOrString(String value) {
    return DIGITS.matcher(value).matches() ? (Object) Integer.valueOf(value) : value;
  }

  private TemplateFile file(String name, Object view) {
    return new TemplateFile(name + ".ftl", "templates/" + name, view);
  }

  /** A Deployment that mounts a ReadWriteOnce claim it creates must replace pods, not surge. */
  private boolean usesSingleWriterClaim() {
    return pod.claims().stream()
        .map(Volume::persistentVolumeClaim)
        .anyMatch(
            c ->
                ChartPlanner.accessModes(c.accessModes()).stream()
                    .allMatch(m -> m.startsWith("ReadWriteOnce")));
  }

  private ChartViews.StatefulSet statefulSet() {
    List<ChartViews.ClaimTemplate> claims = new ArrayList<>();
    for (VolumeClaimTemplate claim : spec.volumeClaimTemplates()) {
      claims.add(
          new ChartViews.ClaimTemplate(
              claim.name(),
              ContainerValues.key(claim.name()),
              ChartPlanner.accessModes(claim.accessModes())));
    }
    StatefulSetSpec set = spec.statefulSet();
    boolean rolling = "RollingUpdate".equals(set.updateStrategy());
    return new ChartViews.StatefulSet(
        chart,
        Defaults.REVISION_HISTORY_LIMIT,
        set.podManagementPolicy(),
        set.updateStrategy(),
        rolling ? set.partition() : null,
        claims,
        configChecksum());
  }

  private ChartViews.Deployment deployment() {
    ChartViews.Rollout rollout =
        usesSingleWriterClaim()
            ? new ChartViews.Rollout(ChartViews.Rollout.Kind.RECREATE, null, 0)
            : new ChartViews.Rollout(
                ChartViews.Rollout.Kind.ROLLING_UPDATE,
                Defaults.MAX_SURGE,
                Defaults.MAX_UNAVAILABLE);
    return new ChartViews.Deployment(
        chart, Defaults.REVISION_HISTORY_LIMIT, rollout, configChecksum());
  }

  /**
   * Long-running pods carry a checksum of the chart's ConfigMaps' data, so that a change rolls
   * them. Jobs and CronJobs do not: each run starts new pods, which read the data as it is (and a
   * Job's pod template cannot change).
   */
  private boolean configChecksum() {
    return !spec.configMaps().isEmpty();
  }

  private ChartViews.CronJob cronJob(CronJobSpec cron, JobSpec job) {
    return new ChartViews.CronJob(
        chart,
        cron.timeZone(),
        cron.concurrencyPolicy(),
        cron.successfulJobsHistoryLimit(),
        cron.failedJobsHistoryLimit(),
        cron.startingDeadlineSeconds(),
        job(job));
  }

  private static ChartViews.JobSettings job(JobSpec job) {
    JobSpec.Hook hook = job.hook();
    return new ChartViews.JobSettings(
        job.backoffLimit(),
        job.activeDeadlineSeconds(),
        job.ttlSecondsAfterFinished(),
        hook == null ? List.of() : hook.events(),
        hook == null ? List.of() : hook.deletePolicy(),
        hook == null ? 0 : hook.weight());
  }

  private Map<String, String> serviceAnnotations() {
    Map<String, String> annotations = new LinkedHashMap<>();
    if (spec.ingress() != null
        && spec.ingress().routedViaGateway()
        && spec.ingress().exposesOwnPaths()) {
      annotations.put(platform.spec().gateway().routeAnnotation(), spec.ingress().paths().get(0));
    }
    if (spec.metrics() != null) {
      annotations.put("prometheus.io/scrape", "true");
      annotations.put("prometheus.io/path", spec.metrics().path());
      String port =
          spec.metrics().port() != null
              ? spec.metrics().port()
              : String.valueOf(spec.ports().get(0).port());
      if (!DIGITS.matcher(port).matches()) {
        port =
            spec.ports().stream()
                .filter(p -> p.name().equals(spec.metrics().port()))
                .map(p -> String.valueOf(p.port()))
                .findFirst()
                .orElse(port);
      }
      annotations.put("prometheus.io/port", port);
    }
    return annotations;
  }

  /** Routed via a gateway that runs in another namespace than this module. */
  private boolean gatewayElsewhere() {
    String gateway = platform.spec().gateway().module();
    return spec.ingress().routedViaGateway()
        && !hosts.namespace(gateway).equals(hosts.namespace(chart));
  }

  private ChartViews.Ingress ingress() {
    List<ChartViews.IngressRoute> routes = new ArrayList<>();
    for (IngressSpec.Route route : spec.ingress().routes()) {
      Port port =
          hosts
              .routePort(route.module(), route.port())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "route to " + route.module() + " has no port (checks should catch it)"));
      routes.add(
          new ChartViews.IngressRoute(
              route.path(), route.module(), route.module(), port.effectiveServicePort()));
    }
    if (spec.ingress().routedViaGateway()) {
      return new ChartViews.Ingress(
          chart,
          spec.ingress().paths(),
          platform.spec().gateway().module(),
          gatewayElsewhere(),
          platform.spec().gateway().port(),
          routes);
    }
    String port =
        spec.ingress().exposesOwnPaths()
            ? ChartPlanner.servicePorts(spec.ports()).get(0).name()
            : null;
    return new ChartViews.Ingress(chart, spec.ingress().paths(), null, false, port, routes);
  }
}
