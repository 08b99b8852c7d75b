package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.Manifests;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Platform delivery from the samples: umbrella charts render with real Helm and drop a disabled
 * module's objects; the platform chart refuses to render without a secret value, naming it; the
 * helmfile's releases, values files and needs are consistent and follow the platform's graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryTest {

  private final HelmRunner helm = new HelmRunner();
  private Path output;

  @BeforeAll
  void generate(@TempDir Path folder) {
    output = folder;
    Chartgen.create().generate(Samples.request(output));
  }

  private List<RenderedObject> umbrella(String name, Map<String, String> sets) {
    Path chart = output.resolve("umbrella").resolve(name);
    new Helm(chart).dependency().build().call();
    return Manifests.parse(helm.renderRelease(chart, name, "egov", null, sets, List.of()));
  }

  @Test
  void theWholePlatformUmbrellaRendersAndADisabledModuleIsAbsent() {
    List<RenderedObject> all = umbrella("digit", Map.of());
    List<String> invalid = new ArrayList<>();
    all.forEach(o -> StrictValidator.validate(o).forEach(p -> invalid.add(o.id() + ": " + p)));
    assertThat(invalid).isEmpty();
    assertThat(names(all, "Deployment")).contains("digit-pgr-services", "digit-egov-user");

    List<RenderedObject> without = umbrella("digit", Map.of("pgr-services.enabled", "false"));

    assertThat(without).noneMatch(o -> o.name().contains("pgr-services"));
    assertThat(names(without, "Deployment")).contains("digit-egov-user");
    assertThat(all.size() - without.size())
        .isEqualTo(all.stream().filter(o -> o.name().contains("pgr-services")).count());
  }

  @Test
  void aGroupTagSwitchesItsModulesOff() {
    List<RenderedObject> objects = umbrella("digit", Map.of("tags.backbone", "false"));
    assertThat(objects).noneMatch(o -> o.name().endsWith("kafka"));
    assertThat(names(objects, "Deployment")).contains("digit-egov-user");
  }

  @Test
  void eachGroupUmbrellaRenders() {
    assertThat(names(umbrella("digit-urban", Map.of()), "Deployment"))
        .containsExactly("digit-urban-pgr-services");
  }

  /**
   * DIGIT's shared values file pattern: global.domain moves every module on the platform domain.
   */
  @Test
  @SuppressWarnings("unchecked")
  void globalDomainIsTheHostOfModulesOnThePlatformDomain() {
    List<RenderedObject> objects =
        umbrella("digit-urban", Map.of("global.domain", "qa.digit.example.org"));
    List<String> hosts = new ArrayList<>();
    objects.stream()
        .filter(o -> o.kind().equals("Ingress"))
        .forEach(
            o ->
                ((List<Map<String, Object>>)
                        ((Map<String, Object>) o.content().get("spec")).get("rules"))
                    .forEach(rule -> hosts.add(String.valueOf(rule.get("host")))));
    assertThat(hosts).containsExactly("qa.digit.example.org");
    List<RenderedObject> defaults = umbrella("digit-urban", Map.of());
    assertThat(defaults.stream().filter(o -> o.kind().equals("Ingress")).findFirst().orElseThrow())
        .extracting(o -> o.content().toString())
        .asString()
        .contains("host=digit.example.org")
        .doesNotContain("qa.digit.example.org");
  }

  private static Set<String> names(List<RenderedObject> objects, String kind) {
    Set<String> names = new TreeSet<>();
    objects.stream().filter(o -> o.kind().equals(kind)).forEach(o -> names.add(o.name()));
    return names;
  }

  @Test
  void thePlatformChartNeedsEverySecretValueAndNamesTheMissingKey() {
    Path chart = output.resolve("digit-platform");
    assertThatThrownBy(
            () -> helm.renderRelease(chart, "platform", "egov", null, Map.of(), List.of()))
        .hasMessageContaining("secrets")
        .hasMessageContaining("password");

    Map<String, String> sets = new LinkedHashMap<>(secretValues(chart));
    String missing = "secrets.db.data.password";
    Map<String, String> allButOne = new HashMap<>(sets);
    allButOne.remove(missing);
    assertThatThrownBy(
            () -> helm.renderRelease(chart, "platform", "egov", null, allButOne, List.of()))
        .hasMessageContaining("password");

    List<RenderedObject> objects =
        Manifests.parse(
            helm.renderRelease(
                chart,
                "platform",
                "egov",
                null,
                sets,
                List.of(output.resolve("environments/prod/digit-platform.yaml"))));
    List<String> invalid = new ArrayList<>();
    objects.forEach(o -> StrictValidator.validate(o).forEach(p -> invalid.add(o.id() + ": " + p)));
    assertThat(invalid).isEmpty();
    assertThat(names(objects, "Namespace")).contains("backbone", "egov");
    assertThat(names(objects, "Secret")).contains("db", "egov-user", "git-creds");
    RenderedObject hosts =
        objects.stream()
            .filter(o -> o.kind().equals("ConfigMap") && o.name().equals("egov-service-host"))
            .findFirst()
            .orElseThrow();
    assertThat(map(hosts.content().get("data")))
        .containsEntry("egov-user", "http://egov-user.egov:8080/")
        .containsEntry("egov-otp", "http://egov-otp.egov:8080/");
    RenderedObject config =
        objects.stream()
            .filter(o -> o.kind().equals("ConfigMap") && o.name().equals("egov-config"))
            .findFirst()
            .orElseThrow();
    assertThat(map(config.content().get("data"))).containsEntry("timezone", "Asia/Kolkata");
  }

  /** A value for every secret key the platform chart's values.yaml lists. */
  private Map<String, String> secretValues(Path chart) {
    Map<String, Object> values = yaml(chart.resolve("values.yaml")).get(0);
    Map<String, String> sets = new LinkedHashMap<>();
    map(values.get("secrets"))
        .forEach(
            (secret, spec) -> {
              for (Object key : (List<?>) map(spec).get("keys")) {
                sets.put("secrets." + secret + ".data." + key, "test-" + key);
              }
            });
    assertThat(sets).containsKey("secrets.db.data.password");
    return sets;
  }

  @Test
  void theHelmfileIsConsistentAndFollowsTheGraph() throws IOException {
    List<Map<String, Object>> documents = yaml(output.resolve("helmfile.yaml"));
    Map<String, Object> environments = map(documents.get(0).get("environments"));
    assertThat(environments).containsOnlyKeys("dev", "prod", "uat");
    List<Map<String, Object>> releases = new ArrayList<>();
    ((List<?>) documents.get(1).get("releases")).forEach(r -> releases.add(map(r)));
    assertThat(releases).hasSize(20);
    Map<String, Integer> position = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < releases.size(); i++) {
      Map<String, Object> release = releases.get(i);
      position.put(release.get("namespace") + "/" + release.get("name"), i);
      ids.put((String) release.get("name"), release.get("namespace") + "/" + release.get("name"));
    }
    for (Map<String, Object> release : releases) {
      String name = (String) release.get("name");
      assertThat(output.resolve((String) release.get("chart")).resolve("Chart.yaml")).exists();
      for (String environment : environments.keySet()) {
        Map<String, Object> enabled =
            yaml(output.resolve("environments/" + environment + "/_releases.yaml")).get(0);
        boolean on = (Boolean) map(enabled.get(name)).get("enabled");
        for (Object file : (List<?>) release.get("values")) {
          Path values =
              output.resolve(((String) file).replace("{{ .Environment.Name }}", environment));
          assertThat(Files.exists(values)).as(values.toString()).isEqualTo(on);
        }
      }
      for (Object need : (List<?>) release.getOrDefault("needs", List.of())) {
        assertThat(position).as("needs of " + name).containsKey((String) need);
        assertThat(position.get((String) need))
            .as(name + " after " + need)
            .isLessThan(position.get(ids.get(name)));
      }
    }
    // the graph: backbone first, the gateway before what it routes to, callees before callers
    assertThat(position.get(ids.get("kafka"))).isLessThan(position.get(ids.get("gateway")));
    assertThat(position.get(ids.get("gateway"))).isLessThan(position.get(ids.get("pgr-services")));
    assertThat(position.get(ids.get("egov-user")))
        .isLessThan(position.get(ids.get("pgr-services")));
    assertThat(needs(releases, "pgr-services")).contains(ids.get("egov-user"), ids.get("gateway"));
  }

  @Test
  void argoCdApplicationsCarrySyncWavesAndExistingValuesFiles() {
    List<Map<String, Object>> apps = yaml(output.resolve("argocd/dev.yaml"));
    assertThat(apps).hasSize(18);
    for (Map<String, Object> app : apps) {
      Map<String, Object> source = map(map(app.get("spec")).get("source"));
      String path = (String) source.get("path");
      Path chart = output.resolve(path.substring("charts-out/".length()));
      assertThat(chart.resolve("Chart.yaml")).exists();
      for (Object file : (List<?>) map(source.get("helm")).get("valueFiles")) {
        assertThat(chart.resolve((String) file).normalize()).exists();
      }
      assertThat(map(map(app.get("metadata")).get("annotations")))
          .containsKey("argocd.argoproj.io/sync-wave");
    }
  }

  private static List<String> needs(List<Map<String, Object>> releases, String name) {
    return releases.stream()
        .filter(r -> r.get("name").equals(name))
        .flatMap(r -> ((List<?>) r.getOrDefault("needs", List.of())).stream())
        .map(String::valueOf)
        .toList();
  }

  private static List<Map<String, Object>> yaml(Path file) {
    try {
      List<Map<String, Object>> documents = new ArrayList<>();
      new Load(LoadSettings.builder().build())
          .loadAllFromString(Files.readString(file))
          .forEach(d -> documents.add(map(d)));
      return documents;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
