package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.Manifests;
import dev.chartgen.core.verify.RenderedObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample environments' values files: they say what the environment changed, nothing else, and
 * real Helm renders them as the environment means (flags, digests, autoscaling). That every module
 * chart renders with each of them into strictly valid objects without a policy finding is proven by
 * lint, in {@code SampleChartsTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnvironmentValuesTest {

  private final HelmRunner helm = new HelmRunner();
  private Path output;

  @BeforeAll
  void generate(@TempDir Path folder) {
    output = folder;
    Chartgen.create().generate(Samples.request(output));
  }

  private Path values(String environment, String module) {
    return output.resolve("environments").resolve(environment).resolve(module + ".yaml");
  }

  private List<RenderedObject> render(String environment, String module) {
    return Manifests.parse(
        helm.renderRelease(
            output.resolve(module),
            module,
            "egov",
            null,
            Map.of(),
            List.of(values(environment, module))));
  }

  /**
   * Every values file is where lint looks for it: {@code SampleChartsTest} lints each module chart
   * with each of them through real Helm (values.schema.json, strict parsing, every policy rule).
   */
  @Test
  void everyEnabledModuleHasAValuesFilePerEnvironment() throws IOException {
    int files = 0;
    try (Stream<Path> all = Files.walk(output.resolve("environments"))) {
      // module values files only: _releases.yaml is helmfile's, digit-platform.yaml the platform
      // chart's
      files =
          (int)
              all.filter(Files::isRegularFile)
                  .filter(f -> !f.getFileName().toString().startsWith("_"))
                  .filter(f -> !f.getFileName().toString().equals("digit-platform.yaml"))
                  .count();
    }
    // 20 modules in uat and prod, 18 in dev (household and pqm-scheduler are disabled there)
    assertThat(files).isEqualTo(58);
  }

  @Test
  void aDisabledModuleGetsNoValuesFile() {
    assertThat(values("dev", "household")).doesNotExist();
    assertThat(values("dev", "pqm-scheduler")).doesNotExist();
    assertThat(values("uat", "household")).exists();
  }

  @Test
  void aValuesFileHoldsOnlyWhatTheEnvironmentChanged() throws IOException {
    assertThat(Files.readString(values("dev", "egov-user")))
        .endsWith(
            """
            replicaCount: 1
            env:
              CITIZEN_LOGIN_PASSWORD_OTP_ENABLED: "false"
            flags:
              fixedOtp: true
            ingress:
              host: "dev.digit.example.org"
              tls:
                secretName: "dev.digit.example.org-tls-certs"
            """);
    assertThat(Files.readString(values("dev", "elasticsearch-data"))).endsWith("\n{}\n");
  }

  @Test
  void flagsSwitchConditionalVariablesPerEnvironment() {
    assertThat(env(render("dev", "egov-user")))
        .contains(
            "CITIZEN_LOGIN_PASSWORD_OTP_FIXED_VALUE", "CITIZEN_LOGIN_PASSWORD_OTP_FIXED_ENABLED");
    assertThat(env(render("prod", "egov-user")))
        .doesNotContain(
            "CITIZEN_LOGIN_PASSWORD_OTP_FIXED_VALUE", "CITIZEN_LOGIN_PASSWORD_OTP_FIXED_ENABLED")
        .contains("SPRING_DATASOURCE_PASSWORD");
  }

  @Test
  void prodPinsDigestsAndAutoscales() {
    List<RenderedObject> objects = render("prod", "pgr-services");
    assertThat(objects).extracting(RenderedObject::kind).contains("HorizontalPodAutoscaler");
    Map<String, Object> spec = map(deployment(objects).content().get("spec"));
    assertThat(spec).doesNotContainKey("replicas");
    assertThat(mainContainer(objects).get("image"))
        .isEqualTo(
            "registry.example.org/egovio/pgr-services@sha256:"
                + "68f1ffcdcb2da6ce4e986b7f0c35b5446e9018c112b62a7dc663317a3f83d636");
  }

  private static RenderedObject deployment(List<RenderedObject> objects) {
    return objects.stream().filter(o -> o.kind().equals("Deployment")).findFirst().orElseThrow();
  }

  private static Map<String, Object> mainContainer(List<RenderedObject> objects) {
    Map<String, Object> pod =
        map(map(map(deployment(objects).content().get("spec")).get("template")).get("spec"));
    return map(((List<?>) pod.get("containers")).get(0));
  }

  private static List<String> env(List<RenderedObject> objects) {
    return ((List<?>) mainContainer(objects).get("env"))
        .stream().map(e -> String.valueOf(map(e).get("name"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
