package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.verify.RenderedObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample elasticsearch-data runs as UID, GID and fsGroup 1000 (spec.securityContext with a
 * reason): its committed chart, linted with real Helm, renders those IDs with runAsNonRoot kept,
 * and the rules they break (CG046, and CG002 below 10000) are waived with the descriptor's reason.
 */
class SecurityContextOverrideTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @Test
  @SuppressWarnings("unchecked")
  void overriddenIdsAreRenderedAndWaivedWithTheirReason(@TempDir Path out) {
    // Given the sample platform and the committed elasticsearch-data chart
    Module elasticsearch =
        Chartgen.create()
            .validate(
                Request.of(SAMPLES.resolve("platform.yaml"), SAMPLES.resolve("descriptors"), out)
                    .withDisplayRoot(SAMPLES))
            .modules()
            .stream()
            .filter(m -> m.name().equals("elasticsearch-data"))
            .findFirst()
            .orElseThrow();
    Linter linter = new Linter(null);

    // When it is linted
    List<Finding> findings = new ArrayList<>();
    List<RenderedObject> objects = new ArrayList<>();
    linter.lintChart(
        "elasticsearch-data",
        Path.of("..", "charts-out", "elasticsearch-data"),
        List.of("1.35.0"),
        Set.of(),
        findings,
        objects);
    List<LintReport.Waived> waived = new ArrayList<>();
    List<Finding> remaining =
        new Waivers(elasticsearch)
            .apply("elasticsearch-data", findings, waived, linter.rules().keySet(), true);

    // Then the pods run as 1000, still as non-root
    Map<String, Object> pod =
        (Map<String, Object>)
            ((Map<String, Object>)
                    ((Map<String, Object>)
                            ((Map<String, Object>)
                                    objects.stream()
                                        .filter(o -> o.kind().equals("StatefulSet"))
                                        .findFirst()
                                        .orElseThrow()
                                        .content()
                                        .get("spec"))
                                .get("template"))
                        .get("spec"))
                .get("securityContext");
    assertThat(pod)
        .containsEntry("runAsNonRoot", true)
        .containsEntry("runAsUser", 1000)
        .containsEntry("runAsGroup", 1000)
        .containsEntry("fsGroup", 1000);
    // and nothing is left but the waived CG002 (per container) and CG046, each with the reason
    assertThat(remaining).isEmpty();
    assertThat(waived).extracting(w -> w.finding().ruleId()).contains("CG002", "CG046");
    assertThat(waived)
        .allSatisfy(
            w ->
                assertThat(w.reason())
                    .isEqualTo(
                        "securityContext runAsUser 1000, runAsGroup 1000, fsGroup 1000: The"
                            + " Elasticsearch image owns /usr/share/elasticsearch as UID and GID"
                            + " 1000 and runs its tools as that user."));
  }
}
