package dev.chartgen.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every rule's metadata is declared once: in its JSON Schema, or in the Java rules' catalog. */
class RuleCatalogTest {

  @Test
  void everyRuleIsDeclaredExactlyOnce() {
    PolicyEngine engine = PolicyEngine.load(null);

    assertThat(engine.rules().keySet()).containsAll(RuleCatalog.ids());
    for (String id : engine.rules().keySet()) {
      boolean schema = Files.exists(Path.of("..", "schemas", "policies", id + ".schema.json"));
      boolean catalog = RuleCatalog.ids().contains(id);
      assertThat(schema ^ catalog).as("%s declared in exactly one place", id).isTrue();
    }
  }

  @Test
  void aJavaRuleCarriesTheCatalogsMetadata() {
    Rule rule = new IdentityRules.DedicatedServiceAccount().rule();

    assertThat(rule).isSameAs(RuleCatalog.rule("CG013"));
    assertThat(rule.checks()).containsExactly(13);
    assertThat(rule.severity()).isEqualTo(Severity.ERROR);
    assertThat(rule.why()).isNotBlank();
  }
}
