package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.AppType;
import dev.chartgen.core.model.ClusterAccess;
import dev.chartgen.core.model.ConfigMapSpec;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.ServiceMonitorSettings;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.plan.ChartPlan.TemplateFile;
import dev.chartgen.core.values.ValueNode;
import dev.chartgen.core.view.ChartViews;
import dev.chartgen.core.view.EnvVarView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans the chart of one module: which files exist, and what each of them says. */
public final class ChartPlanner {

  /**
   * The API a chart asks Helm about ({@code .Capabilities.APIVersions.Has}) before it renders a
   * ServiceMonitor: the Prometheus Operator's CRD.
   */
  public static final String SERVICE_MONITOR_API = "monitoring.coreos.com/v1/ServiceMonitor";

  private final Platform platform;
  private final ServiceHosts hosts;
  private final NetworkGraph graph;

  /**
   * A planner for the modules of {@code platform}. A chart depends on its own module, the platform,
   * and what {@link #sharedInputs()} describes of the other modules: whatever else a plan comes to
   * read from other modules must be added there, or incremental runs would miss the change.
   */
  public ChartPlanner(Platform platform, List<Module> modules) {
    this.platform = platform;
    this.hosts = new ServiceHosts(platform, modules);
    this.graph = new NetworkGraph(platform, modules);
  }

  /** The platform's network graph the charts' policies are planned from. */
  public NetworkGraph graph() {
    return graph;
  }

  /**
   * What every chart may read of the other modules (their URLs, namespaces and Service ports; the
   * calls and Ingress routes of the network graph, which its NetworkPolicy and Ingress follow), as
   * text: a module's chart needs planning again when its own descriptor, the platform or this
   * changes.
   */
  public String sharedInputs() {
    return hosts.describe() + "\n" + graph.describe();
  }

  public ChartPlan plan(Module module) {
    ModuleSpec spec = module.spec();
    String chart = module.name();
    PodPlanner.PodPlan pod = new PodPlanner(module, platform, hosts).plan();
    ValueNode.Group values = new ValuesPlanner(module, platform, pod).plan();
    List<TemplateFile> files = new ArrayList<>();
    files.add(new TemplateFile("helmignore.ftl", ".helmignore", new ChartViews.Static(chart)));
    files.add(
        new TemplateFile(
            "_helpers.tpl.ftl",
            "templates/_helpers.tpl",
            new ChartViews.Helpers(chart, chart, module.metadata().group(), component(spec))));
    files.add(
        new TemplateFile(
            "_pod.tpl.ftl",
            "templates/_pod.tpl",
            new ChartViews.PodTemplates(chart, pod.pod(), pod.migrationPod())));
    files.addAll(new WorkloadFiles(module, platform, pod, hosts).files());
    files.add(
        new TemplateFile(
            "serviceaccount.yaml.ftl",
            "templates/serviceaccount.yaml",
            new ChartViews.ServiceAccount(chart)));
    if (!spec.serviceAccount().rules().isEmpty()) {
      ChartViews.Role role = new ChartViews.Role(chart, spec.serviceAccount().rules());
      files.add(new TemplateFile("role.yaml.ftl", "templates/role.yaml", role));
      files.add(new TemplateFile("rolebinding.yaml.ftl", "templates/rolebinding.yaml", role));
    }
    ClusterAccess cluster = spec.serviceAccount().clusterAccess();
    if (cluster != null) {
      ChartViews.ClusterRole role =
          new ChartViews.ClusterRole(chart, cluster.reason(), cluster.rules());
      files.add(new TemplateFile("clusterrole.yaml.ftl", "templates/clusterrole.yaml", role));
      files.add(
          new TemplateFile(
              "clusterrolebinding.yaml.ftl", "templates/clusterrolebinding.yaml", role));
    }
    for (ConfigMapSpec configMap : spec.configMaps()) {
      files.add(
          new TemplateFile(
              "configmap.yaml.ftl",
              "templates/configmap-" + configMap.name() + ".yaml",
              new ChartViews.ConfigMap(chart, configMap.name())));
    }
    for (Volume claim : pod.claims()) {
      Volume.Disk disk = claim.persistentVolumeClaim().disk();
      ChartViews.Claim view =
          new ChartViews.Claim(
              chart,
              claim.name(),
              ContainerValues.key(claim.name()),
              accessModes(claim.persistentVolumeClaim().accessModes()),
              claim.persistentVolumeClaim().keepOnUninstall(),
              disk == null ? null : new ChartViews.Disk(disk.driver(), disk.filesystem()));
      files.add(new TemplateFile("pvc.yaml.ftl", "templates/pvc-" + claim.name() + ".yaml", view));
      if (disk != null) {
        files.add(new TemplateFile("pv.yaml.ftl", "templates/pv-" + claim.name() + ".yaml", view));
      }
    }
    ServiceMonitorSettings monitor =
        ServiceMonitorSettings.effective(spec.metrics(), platform.spec());
    if (monitor != null) {
      files.add(
          new TemplateFile(
              "servicemonitor.yaml.ftl",
              "templates/servicemonitor.yaml",
              new ChartViews.ServiceMonitor(
                  chart,
                  SERVICE_MONITOR_API,
                  Defaults.metricsPort(spec).orElseThrow().name(),
                  spec.metrics().path(),
                  monitor.interval(),
                  monitor.scrapeTimeout(),
                  monitor.honorLabels())));
    }
    ChartViews.NetworkPolicy network = new NetworkPolicyPlanner(platform, graph).plan(module);
    files.add(new TemplateFile("networkpolicy.yaml.ftl", "templates/networkpolicy.yaml", network));
    files.add(new TemplateFile("NOTES.txt.ftl", "templates/NOTES.txt", notes(module)));
    files.add(
        new TemplateFile(
            "README.md.ftl",
            "README.md",
            new ReadmePlanner(module, values, files, network).readme()));
    return new ChartPlan(chart, module, chartYaml(module), values, files);
  }

  /** The chart's values tree alone (what {@link #plan} puts in values.yaml). */
  public ValueNode.Group values(Module module) {
    PodPlanner.PodPlan pod = new PodPlanner(module, platform, hosts).plan();
    return new ValuesPlanner(module, platform, pod).plan();
  }

  /**
   * The main container's variables that are wired in the template (a Secret, a ConfigMap, a pod
   * field, a values setting, or set only under a flag), by name, each with where it comes from. An
   * environment cannot give them a literal value.
   */
  public Map<String, String> wiredEnv(Module module) {
    PodPlanner.PodPlan pod = new PodPlanner(module, platform, hosts).plan();
    Map<String, String> wired = new LinkedHashMap<>();
    for (EnvVarView view : pod.env().references()) {
      wired.put(view.name(), origin(view));
    }
    return wired;
  }

  private static String origin(EnvVarView view) {
    if (view.when() != null) {
      return "set only where flag '" + view.when() + "' is on";
    }
    if (view.secretKey() != null) {
      return "read from Secret '"
          + view.secretKey().name()
          + "' (key "
          + view.secretKey().key()
          + ")";
    }
    if (view.configMapKey() != null) {
      return "read from ConfigMap '"
          + view.configMapKey().name()
          + "' (key "
          + view.configMapKey().key()
          + ")";
    }
    if (view.valuesPath() != null) {
      return "set from " + view.valuesPath().replaceFirst("^\\.Values\\.", "");
    }
    return view.fieldPath() != null
        ? "read from the pod field " + view.fieldPath()
        : "read from the container resource " + view.resource();
  }

  private Map<String, Object> chartYaml(Module module) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("apiVersion", "v2");
    chart.put("name", module.name());
    chart.put(
        "description",
        module.metadata().description().isEmpty()
            ? "DIGIT module " + module.name()
            : module.metadata().description());
    chart.put("type", "application");
    chart.put(
        "version",
        module.metadata().chartVersion() != null
            ? module.metadata().chartVersion()
            : platform.spec().chartVersion() != null ? platform.spec().chartVersion() : "0.1.0");
    ResolvedImage image = ResolvedImage.of(module.spec().image(), platform);
    chart.put("appVersion", image.tag().isEmpty() ? image.digest() : image.tag());
    chart.put(
        "kubeVersion",
        platform.spec().kubeVersion() != null ? platform.spec().kubeVersion() : ">=1.30.0-0");
    chart.put("keywords", List.of("digit", module.metadata().group()));
    Map<String, Object> annotations = new LinkedHashMap<>();
    annotations.put("chartgen.dev/platform", platform.name());
    annotations.put("chartgen.dev/group", module.metadata().group());
    annotations.put("chartgen.dev/workload", module.spec().workload().name());
    chart.put("annotations", annotations);
    return chart;
  }

  static List<String> accessModes(List<String> modes) {
    return modes.isEmpty() ? List.of("ReadWriteOnce") : modes;
  }

  static List<ChartViews.ServicePort> servicePorts(List<Port> ports) {
    return ports.stream()
        .filter(Port::exposed)
        .map(
            p ->
                new ChartViews.ServicePort(
                    p.name(), p.effectiveServicePort(), p.name(), p.protocol()))
        .toList();
  }

  private ChartViews.Notes notes(Module module) {
    ModuleSpec spec = module.spec();
    List<ChartViews.ServicePort> ports = servicePorts(spec.ports());
    return new ChartViews.Notes(
        module.name(),
        spec.workload().name(),
        Defaults.serving(spec) && !ports.isEmpty(),
        ports.isEmpty() ? "" : String.valueOf(ports.get(0).port()),
        spec.ingress() == null ? List.of() : spec.ingress().paths());
  }

  /** app.kubernetes.io/component: what role the module plays. */
  static String component(ModuleSpec spec) {
    WorkloadKind kind = spec.workload();
    return switch (kind) {
      case Deployment ->
          spec.ports().isEmpty() ? "worker" : spec.appType() == AppType.WEB ? "frontend" : "server";
      case StatefulSet -> "stateful";
      case DaemonSet -> "agent";
      case CronJob -> "cronjob";
      case Job -> "job";
    };
  }
}
