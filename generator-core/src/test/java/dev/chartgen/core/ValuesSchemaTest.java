package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chartgen.core.verify.HelmRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * values.schema.json makes real Helm refuse wrongly typed overrides before they reach a cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValuesSchemaTest {

  private final HelmRunner helm = new HelmRunner();
  private Path egovUser;

  @BeforeAll
  void generate(@TempDir Path output) {
    Chartgen.create().generate(Samples.request(output));
    egovUser = output.resolve("egov-user");
  }

  private String template(Map<String, String> sets) {
    return helm.renderRelease(egovUser, "egov-user", "egov", null, sets, List.of());
  }

  @Test
  void wronglyTypedReplicaCountIsRefused() {
    assertThatThrownBy(() -> template(Map.of("replicaCount", "abc")))
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining("replicaCount");
  }

  @Test
  void latestTagIsRefused() {
    assertThatThrownBy(() -> template(Map.of("image.tag", "latest")))
        .hasMessageContaining("image")
        .hasMessageContaining("tag");
  }

  @Test
  void misspelledKeyIsRefused() {
    assertThatThrownBy(() -> template(Map.of("replicas", "3"))).hasMessageContaining("replicas");
  }

  @Test
  void literalEnvCannotShadowAVariableWiredToASecret() {
    assertThatThrownBy(() -> template(Map.of("env.SPRING_DATASOURCE_PASSWORD", "hunter2")))
        .hasMessageContaining("SPRING_DATASOURCE_PASSWORD");
  }

  @Test
  void wellTypedOverridesRender() {
    String rendered =
        template(
            Map.of("replicaCount", "3", "env.NEW_FLAG", "on", "resources.limits.memory", "1Gi"));
    assertThat(rendered)
        .contains("replicas: 3")
        .contains("name: \"NEW_FLAG\"")
        .contains("memory: \"1Gi\"");
  }
}
