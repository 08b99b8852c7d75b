package dev.chartgen.core.convention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.model.Conventions;
import dev.chartgen.core.schema.SchemaCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in conventions are data, checked by their schema; a platform extends or overrides. */
class PlatformConventionsTest {

  @Test
  void builtInConventionsAreSchemaValidAndComplete() {
    Conventions builtIn = PlatformConventions.read(SchemaCatalog.builtIn());

    assertThat(builtIn.resources())
        .containsOnlyKeys("java-spring", "node", "web", "generic", "init");
    assertThat(builtIn.javaSpring().env())
        .extracting(Conventions.EnvEntry::name)
        .contains("SPRING_DATASOURCE_URL", "SPRING_JPA_SHOW_SQL", "FLYWAY_ENABLED");
    assertThat(builtIn.probes().liveness().periodSeconds()).isEqualTo(30);
    assertThat(builtIn.gitSync().root()).isEqualTo("/work-dir");
  }

  @Test
  void anOverrideReplacesAnEntryInPlaceAndAppendsNewOnes() {
    Conventions.EnvEntry showSql =
        new Conventions.EnvEntry("SPRING_JPA_SHOW_SQL", null, null, null, "true", null, null);
    Conventions.EnvEntry extra =
        new Conventions.EnvEntry("EXTRA", "extra-key", null, null, null, null, null);
    Conventions override =
        new Conventions(
            new Conventions.JavaSpring(List.of(showSql, extra), null),
            null,
            new Conventions.Probes(
                new Conventions.Timing(null, null, 15, null, null, null), null, null),
            null,
            null);

    Conventions merged = PlatformConventions.builtIn().overriddenBy(override);

    List<String> names =
        merged.javaSpring().env().stream().map(Conventions.EnvEntry::name).toList();
    List<String> builtInNames =
        PlatformConventions.builtIn().javaSpring().env().stream()
            .map(Conventions.EnvEntry::name)
            .toList();
    assertThat(names.subList(0, builtInNames.size())).isEqualTo(builtInNames);
    assertThat(names.get(names.size() - 1)).isEqualTo("EXTRA");
    assertThat(merged.javaSpring().env()).contains(showSql).hasSize(builtInNames.size() + 1);
    assertThat(merged.probes().liveness().periodSeconds()).isEqualTo(15);
    assertThat(merged.probes().liveness().failureThreshold()).isEqualTo(5);
    assertThat(merged.gitSync()).isEqualTo(PlatformConventions.builtIn().gitSync());
  }
}
