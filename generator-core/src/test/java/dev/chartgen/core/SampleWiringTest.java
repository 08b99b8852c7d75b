package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What the sample charts render, object by object: the wiring each descriptor asks for. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleWiringTest {

  private final Map<String, List<RenderedObject>> charts = new HashMap<>();

  @BeforeAll
  void render(@TempDir Path output) {
    GenerateResult result = Chartgen.create().generate(Samples.request(output));
    ReleaseRenderer releases = new ReleaseRenderer(new HelmRunner());
    for (String chart : result.charts()) {
      charts.put(
          chart, releases.render(output.resolve(chart), chart, "egov", null, Map.of(), List.of()));
    }
  }

  @Test
  void statefulSetsAreGovernedByTheirHeadlessServiceAndMountEveryClaim() {
    for (String chart : List.of("kafka", "zookeeper", "elasticsearch-data", "postgres")) {
      Obj set = one(chart, "StatefulSet");
      Obj governing = named(chart, "Service", set.text("/spec/serviceName"));
      assertThat(governing.text("/spec/clusterIP")).as(chart).isEqualTo("None");
      List<String> claims =
          set.list("/spec/volumeClaimTemplates").stream()
              .map(c -> new Obj(c).text("/metadata/name"))
              .toList();
      List<String> mounts =
          new Obj(set.list("/spec/template/spec/containers").get(0))
              .list("/volumeMounts").stream().map(m -> new Obj(m).text("/name")).toList();
      assertThat(claims).as(chart).isNotEmpty();
      assertThat(mounts).as(chart).containsAll(claims);
    }
    Obj elasticsearch = one("elasticsearch-data", "StatefulSet");
    assertThat(elasticsearch.text("/spec/podManagementPolicy")).isEqualTo("Parallel");
    assertThat(elasticsearch.text("/spec/updateStrategy/type")).isEqualTo("OnDelete");
    assertThat(elasticsearch.at("/spec/replicas")).isEqualTo(3);
    assertThat(
            one("kafka", "StatefulSet")
                .text("/spec/volumeClaimTemplates/0/spec/resources/requests/storage"))
        .isEqualTo("50Gi");
  }

  @Test
  void cronJobsCarryScheduleAndPolicies() {
    Obj curator = one("es-curator", "CronJob");
    assertThat(curator.text("/spec/schedule")).isEqualTo("24 11 * * *");
    assertThat(curator.text("/spec/timeZone")).isEqualTo("Asia/Kolkata");
    assertThat(curator.text("/spec/concurrencyPolicy")).isEqualTo("Forbid");
    assertThat(curator.at("/spec/startingDeadlineSeconds")).isEqualTo(300);
    assertThat(curator.at("/spec/successfulJobsHistoryLimit")).isEqualTo(3);
    assertThat(curator.at("/spec/failedJobsHistoryLimit")).isEqualTo(1);
    assertThat(curator.at("/spec/jobTemplate/spec/ttlSecondsAfterFinished")).isEqualTo(86400);
    assertThat(curator.at("/spec/jobTemplate/spec/backoffLimit")).isEqualTo(2);
    Obj pod = new Obj(curator.at("/spec/jobTemplate/spec/template/spec"));
    assertThat(pod.text("/restartPolicy")).isEqualTo("OnFailure");
    Obj container = new Obj(pod.list("/containers").get(0));
    assertThat(container.list("/args"))
        .containsExactly(
            "--config", "/etc/es-curator/config.yml", "/etc/es-curator/action_file.yml");
    assertThat(container.at("/livenessProbe")).isNull();
    assertThat(container.at("/readinessProbe")).isNull();
    Obj pqm = one("pqm-scheduler", "CronJob");
    assertThat(
            new Obj(pqm.list("/spec/jobTemplate/spec/template/spec/containers").get(0))
                .list("/command"))
        .containsExactly("python3", "cronJobAPIConfig.py");
  }

  @Test
  void logShipperRunsOnEveryNodeAndReadsNodeFoldersReadOnly() {
    Obj daemon = one("fluent-bit", "DaemonSet");
    Obj pod = new Obj(daemon.at("/spec/template/spec"));
    assertThat(pod.list("/tolerations")).contains(Map.of("operator", "Exists"));
    List<Object> hostPaths =
        pod.list("/volumes").stream().filter(v -> new Obj(v).at("/hostPath") != null).toList();
    assertThat(hostPaths)
        .extracting(v -> new Obj(v).text("/hostPath/path"))
        .containsExactly("/var/log", "/var/lib/docker/containers");
    Obj container = new Obj(pod.list("/containers").get(0));
    for (Object mount : container.list("/volumeMounts")) {
      Obj m = new Obj(mount);
      if (m.text("/name").equals("varlog") || m.text("/name").equals("docker-containers")) {
        assertThat(m.at("/readOnly")).as(m.text("/name")).isEqualTo(true);
      }
    }
    assertThat(charts.get("fluent-bit"))
        .extracting(RenderedObject::kind)
        .doesNotContain("PodDisruptionBudget");
    // no other module mounts a node folder
    charts.forEach(
        (chart, objects) -> {
          if (!chart.equals("fluent-bit")) {
            assertThat(objects.toString()).as(chart).doesNotContain("hostPath");
          }
        });
  }

  @Test
  void filestoreKeepsItsSharedClaimOnUninstall() {
    Obj claim = one("egov-filestore", "PersistentVolumeClaim");
    assertThat(claim.text("/metadata/annotations/helm.sh~1resource-policy")).isEqualTo("keep");
    assertThat(claim.list("/spec/accessModes")).containsExactly("ReadWriteMany");
    assertThat(claim.text("/spec/resources/requests/storage")).isEqualTo("20Gi");
    Obj deployment = one("egov-filestore", "Deployment");
    assertThat(deployment.list("/spec/template/spec/volumes"))
        .contains(
            Map.of(
                "name",
                "files",
                "persistentVolumeClaim",
                Map.of("claimName", claim.text("/metadata/name"))));
  }

  @Test
  void migrationRunsOncePerReleaseAsAHookJobThatNoServiceSelects() {
    Obj job = one("pgr-services", "Job");
    assertThat(job.text("/metadata/annotations/helm.sh~1hook"))
        .isEqualTo("pre-install,pre-upgrade");
    assertThat(job.text("/metadata/annotations/helm.sh~1hook-delete-policy"))
        .isEqualTo("before-hook-creation,hook-succeeded");
    assertThat(new Obj(job.list("/spec/template/spec/containers").get(0)).text("/name"))
        .isEqualTo("db-migration");
    Obj deployment = one("pgr-services", "Deployment");
    assertThat(deployment.at("/spec/template/spec/initContainers")).isNull();
    Map<?, ?> selector = (Map<?, ?>) one("pgr-services", "Service").at("/spec/selector");
    Map<?, ?> podLabels = (Map<?, ?>) job.at("/spec/template/metadata/labels");
    assertThat(podLabels.entrySet().containsAll(selector.entrySet())).isFalse();
    assertThat(one("egov-user", "Deployment").list("/spec/template/spec/initContainers"))
        .extracting(c -> new Obj(c).text("/name"))
        .containsExactly("db-migration");
  }

  @Test
  void gatewayReadsServicesWithATokenOnlyInItsDiscoveryContainer() {
    Obj pod = new Obj(one("gateway", "Deployment").at("/spec/template/spec"));
    assertThat(pod.at("/automountServiceAccountToken")).isEqualTo(false);
    Obj discovery = new Obj(pod.list("/initContainers").get(0));
    Obj main = new Obj(pod.list("/containers").get(0));
    assertThat(discovery.list("/volumeMounts"))
        .extracting(m -> new Obj(m).text("/name"))
        .contains("sa-token");
    assertThat(main.list("/volumeMounts"))
        .extracting(m -> new Obj(m).text("/name"))
        .doesNotContain("sa-token");
    Obj role = one("gateway", "Role");
    assertThat(role.list("/rules"))
        .containsExactly(
            Map.of(
                "apiGroups",
                List.of(""),
                "resources",
                List.of("services"),
                "verbs",
                List.of("get", "list", "watch")));
    assertThat(one("gateway", "RoleBinding").text("/subjects/0/name"))
        .isEqualTo(pod.text("/serviceAccountName"));
  }

  @Test
  void modulesRoutedThroughTheGatewayAnnotateTheirServiceAndPointTheIngressAtIt() {
    Obj service = one("egov-user", "Service");
    assertThat(service.text("/metadata/annotations/zuul~1route-path")).isEqualTo("/user");
    Obj ingress = one("egov-user", "Ingress");
    assertThat(ingress.text("/spec/rules/0/host")).isEqualTo("digit.example.org");
    assertThat(ingress.text("/spec/rules/0/http/paths/0/path")).isEqualTo("/user");
    assertThat(ingress.text("/spec/rules/0/http/paths/0/backend/service/name"))
        .isEqualTo("gateway");
    assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/port/number"))
        .isEqualTo(8080);
    assertThat(ingress.text("/spec/tls/0/secretName")).isEqualTo("digit.example.org-tls-certs");
    Obj ui = one("digit-ui", "Ingress");
    assertThat(ui.text("/spec/rules/0/http/paths/0/backend/service/name")).isEqualTo("digit-ui");
  }

  @Test
  void aModuleInAnotherNamespaceReachesTheGatewayThroughAnExternalNameService() {
    Obj ingress = one("household", "Ingress");
    assertThat(ingress.text("/spec/rules/0/http/paths/0/backend/service/name"))
        .isEqualTo("household-gateway");
    Obj proxy = named("household", "Service", "household-gateway");
    assertThat(proxy.text("/spec/type")).isEqualTo("ExternalName");
    assertThat(proxy.text("/spec/externalName")).isEqualTo("gateway.egov.svc.cluster.local");
    assertThat(proxy.at("/spec/ports/0/port")).isEqualTo(8080);
    assertThat(
            named("household", "Service", "household")
                .text("/metadata/annotations/zuul~1route-path"))
        .isEqualTo("/household");
  }

  @Test
  void javaSpringConventionsAndComputedServiceUrls() {
    Map<String, Object> env = env(one("household", "Deployment"));
    assertThat(env.get("SPRING_DATASOURCE_URL"))
        .isEqualTo(
            Map.of(
                "valueFrom",
                Map.of("configMapKeyRef", Map.of("name", "egov-config", "key", "health-db-url"))));
    assertThat(env.get("JAVA_OPTS")).isEqualTo(Map.of("value", "-Xmx1024m -Xms192m"));
    assertThat(env.get("EGOV_IDGEN_HOST"))
        .isEqualTo(Map.of("value", "http://egov-idgen.egov:8080/"));
    Map<String, Object> pgr = env(one("pgr-services", "Deployment"));
    assertThat(pgr.get("EGOV_HRMS_HOST")).isEqualTo(Map.of("value", "http://egov-hrms.egov:8080/"));
    Map<String, Object> gateway = env(one("gateway", "Deployment"));
    assertThat(gateway.get("SERVER_TOMCAT_MAX_THREADS")).isEqualTo(Map.of("value", "350"));
  }

  @Test
  void webAppOnPort80BindsWithoutRoot() {
    Obj pod = new Obj(one("digit-ui", "Deployment").at("/spec/template/spec"));
    assertThat(pod.list("/securityContext/sysctls"))
        .containsExactly(Map.of("name", "net.ipv4.ip_unprivileged_port_start", "value", "80"));
    Obj container = new Obj(pod.list("/containers").get(0));
    assertThat(container.at("/securityContext/runAsNonRoot")).isEqualTo(true);
    assertThat(container.list("/volumeMounts"))
        .contains(
            Map.of(
                "name",
                "js-injection",
                "mountPath",
                "/etc/nginx/conf.d/sub_filter.conf",
                "subPath",
                "sub_filter.conf",
                "readOnly",
                true));
  }

  private static Map<String, Object> env(Obj workload) {
    Map<String, Object> byName = new HashMap<>();
    for (Object e : new Obj(workload.list("/spec/template/spec/containers").get(0)).list("/env")) {
      Map<String, Object> entry = new HashMap<>(new Obj(e).map());
      Object name = entry.remove("name");
      assertThat(byName.put(name.toString(), entry)).as("duplicate env " + name).isNull();
    }
    return byName;
  }

  private Obj one(String chart, String kind) {
    List<RenderedObject> found =
        charts.get(chart).stream().filter(o -> o.kind().equals(kind)).toList();
    assertThat(found).as(chart + " " + kind).hasSize(1);
    return new Obj(found.get(0).content());
  }

  private Obj named(String chart, String kind, String name) {
    return new Obj(
        charts.get(chart).stream()
            .filter(o -> o.kind().equals(kind) && o.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(chart + ": no " + kind + "/" + name))
            .content());
  }

  /** A rendered object navigated by JSON pointer. */
  record Obj(Object content) {
    Object at(String pointer) {
      Object current = content;
      for (String token : pointer.substring(1).split("/")) {
        String key = token.replace("~1", "/").replace("~0", "~");
        if (current instanceof Map<?, ?> map) {
          current = map.get(key);
        } else if (current instanceof List<?> list) {
          current = list.get(Integer.parseInt(key));
        } else {
          return null;
        }
      }
      return current;
    }

    String text(String pointer) {
      Object value = at(pointer);
      return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String pointer) {
      Object value = at(pointer);
      return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map() {
      return (Map<String, Object>) content;
    }
  }
}
