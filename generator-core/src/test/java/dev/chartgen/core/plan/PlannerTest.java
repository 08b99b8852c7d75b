package dev.chartgen.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.AppType;
import dev.chartgen.core.model.EnvValue;
import dev.chartgen.core.model.Health;
import dev.chartgen.core.model.Image;
import dev.chartgen.core.model.JavaSettings;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleMetadata;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Port;
import dev.chartgen.core.model.Probe;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.view.ContainerView.ProbeView;
import dev.chartgen.core.view.EnvVarView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decisions the planner makes in Java, so templates stay free of logic. */
class PlannerTest {

  private static final Platform PLATFORM =
      new Platform(
          "platform.yaml",
          "digit",
          new Platform.Spec(
              "docker.io/egovio",
              null,
              "digit.example.org",
              "egov",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              Map.of("egov-otp", "http://egov-otp.egov:8080/"),
              null,
              null,
              null,
              null,
              null));

  private static Module module(String name, ModuleSpec spec) {
    return new Module(name + ".yaml", new ModuleMetadata(name, "core", null, null, null), spec);
  }

  private static ModuleSpec spec(
      WorkloadKind kind, AppType type, List<Port> ports, Health health, Map<String, EnvValue> env) {
    return new ModuleSpec(
        kind,
        type,
        new Image("egov-user", "v1", null, null),
        null,
        null,
        null,
        null,
        ports,
        health,
        null,
        env,
        JavaSettings.DEFAULTS,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void bareImageNamesGetThePlatformRegistryAndHubNamesGetDockerIo() {
    assertThat(ResolvedImage.of(new Image("egov-user", "v1", null, null), PLATFORM).reference())
        .isEqualTo("docker.io/egovio/egov-user:v1");
    assertThat(
            ResolvedImage.of(new Image("fluent/fluent-bit", "3.1", null, null), PLATFORM)
                .reference())
        .isEqualTo("docker.io/fluent/fluent-bit:3.1");
    ResolvedImage elastic =
        ResolvedImage.of(
            new Image("docker.elastic.co/elasticsearch/elasticsearch", "8", null, null), PLATFORM);
    assertThat(elastic.registry()).isEqualTo("docker.elastic.co");
    assertThat(elastic.repository()).isEqualTo("elasticsearch/elasticsearch");
  }

  @Test
  void pullPolicyIsAlwaysUnlessPinnedByDigest() {
    assertThat(Defaults.pullPolicy(new Image("a", "v1", null, null))).isEqualTo("Always");
    assertThat(Defaults.pullPolicy(new Image("a", null, "sha256:" + "0".repeat(64), null)))
        .isEqualTo("IfNotPresent");
    assertThat(Defaults.pullPolicy(new Image("a", "v1", null, "IfNotPresent")))
        .isEqualTo("IfNotPresent");
  }

  @Test
  void servingWorkloadsDefaultToTwoReplicas() {
    List<Port> http = List.of(new Port("http", 8080, null, null, null));
    assertThat(Defaults.replicas(spec(WorkloadKind.Deployment, AppType.GENERIC, http, null, null)))
        .isEqualTo(2);
    assertThat(
            Defaults.replicas(
                spec(WorkloadKind.Deployment, AppType.GENERIC, List.of(), null, null)))
        .isEqualTo(1);
  }

  @Test
  void serviceHostsAreComputedFromDescriptorsAndTheListFillsTheRest() {
    Module user =
        module(
            "egov-user",
            spec(
                WorkloadKind.Deployment,
                AppType.GENERIC,
                List.of(new Port("http", 8080, null, 80, null)),
                null,
                null));
    ServiceHosts hosts = new ServiceHosts(PLATFORM, List.of(user));

    assertThat(hosts.url("egov-user")).isEqualTo("http://egov-user.egov:80/");
    assertThat(hosts.url("egov-otp")).isEqualTo("http://egov-otp.egov:8080/");
  }

  @Test
  void javaSpringConventionsComeFirstAndTheDescriptorWinsOnTheSameName() {
    Map<String, EnvValue> env = new LinkedHashMap<>();
    env.put("SERVER_TOMCAT_MAX_THREADS", new EnvValue.Literal("350"));
    env.put("OTP_HOST", new EnvValue.ServiceHost("egov-otp"));
    env.put("TOKEN", new EnvValue.SecretKey("egov-user", "token", null));
    Module user =
        module(
            "egov-user",
            spec(
                WorkloadKind.Deployment,
                AppType.JAVA_SPRING,
                List.of(new Port("http", 8080, null, null, null)),
                null,
                env));

    EnvPlanner.MainEnv planned =
        new EnvPlanner(PLATFORM, new ServiceHosts(PLATFORM, List.of(user))).main(user);

    assertThat(planned.referenceNames())
        .startsWith("SPRING_DATASOURCE_URL", "FLYWAY_URL")
        .doesNotContain("SERVER_TOMCAT_MAX_THREADS")
        .contains("JAVA_OPTS", "JAEGER_AGENT_HOST")
        .endsWith("TOKEN");
    assertThat(planned.references().get(planned.referenceNames().indexOf("JAVA_OPTS")))
        .isEqualTo(EnvVarView.fromValues("JAVA_OPTS", ".Values.java.heap"));
    assertThat(planned.literals())
        .containsEntry("SERVER_TOMCAT_MAX_THREADS", "350")
        .containsEntry("OTP_HOST", "http://egov-otp.egov:8080/")
        .containsEntry("JAEGER_SAMPLER_MANAGER_HOST_PORT", "$(JAEGER_AGENT_HOST):5778")
        .containsEntry("FLYWAY_ENABLED", "false");
    assertThat(List.copyOf(planned.literals().keySet()))
        .startsWith("SERVER_TOMCAT_MAX_THREADS", "OTP_HOST");
  }

  @Test
  void aServingContainerWithoutHealthGetsTcpChecksWithDistinctTiming() {
    ProbePlanner.Probes probes =
        ProbePlanner.plan(
            Health.NONE, List.of(new Port("http", 8080, null, null, null)), false, PLATFORM);

    assertThat(probes.liveness().kind()).isEqualTo(ProbeView.Kind.TCP_SOCKET);
    assertThat(probes.liveness().port()).isEqualTo("http");
    assertThat(probes.readiness().kind()).isEqualTo(ProbeView.Kind.TCP_SOCKET);
    assertThat(probes.readiness()).isNotEqualTo(probes.liveness());
    assertThat(probes.startup()).isNull();
  }

  @Test
  void aContainerWithoutPortsOrHealthGetsNoProbes() {
    ProbePlanner.Probes probes = ProbePlanner.plan(Health.NONE, List.of(), false, PLATFORM);

    assertThat(probes).isEqualTo(ProbePlanner.Probes.NONE);
  }

  @Test
  void aSingleProbeIsCopiedWithItsOwnTiming() {
    Probe liveness = new Probe("/health", null, null, null, null, 5, 7, null, null, null);
    ProbePlanner.Probes probes =
        ProbePlanner.plan(
            new Health(liveness, null, null),
            List.of(new Port("http", 8080, null, null, null)),
            true,
            PLATFORM);

    ProbeView readiness = probes.readiness();
    assertThat(readiness.path()).isEqualTo("/health");
    assertThat(readiness.initialDelaySeconds()).isEqualTo(20);
    assertThat(readiness.periodSeconds()).isEqualTo(10);
    assertThat(probes.liveness().initialDelaySeconds()).isEqualTo(5);
    assertThat(probes.liveness().periodSeconds()).isEqualTo(7);
  }

  @Test
  void valuesKeysOfContainersAreCamelCase() {
    assertThat(ContainerValues.key("gateway-kubernetes-discovery"))
        .isEqualTo("gatewayKubernetesDiscovery");
    assertThat(ContainerValues.key("db")).isEqualTo("db");
  }
}
