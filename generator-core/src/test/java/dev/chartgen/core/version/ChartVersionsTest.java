package dev.chartgen.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Versions follow content: a new digest gets the next version, the same digest keeps its own. */
class ChartVersionsTest {

  private static Map<String, String> chart(String version, String values) {
    return Map.of(
        "web/Chart.yaml",
        "apiVersion: \"v2\"\nname: \"web\"\nversion: \"" + version + "\"\n",
        "web/values.yaml",
        values);
  }

  private static ChartVersions.Versioned run(Map<String, String> files, LockFile lock) {
    return ChartVersions.apply(files, List.of("web"), lock, SemVer.Bump.PATCH);
  }

  @Test
  void aNewChartStartsAtItsBaseVersionAndKeepsItWhileItsContentStays() {
    ChartVersions.Versioned first = run(chart("0.1.0", "a: 1\n"), LockFile.empty());
    assertThat(first.files().get("web/Chart.yaml")).contains("version: \"0.1.0\"");

    LockFile lock = LockFile.parse("chartgen.lock", first.lock().write());
    ChartVersions.Versioned again = run(chart("0.1.0", "a: 1\n"), lock);

    assertThat(again.files()).isEqualTo(first.files());
    assertThat(again.lock().write()).isEqualTo(first.lock().write());
  }

  @Test
  void changedContentBumpsThePatchAndKeepsTheHistory() {
    LockFile lock = run(chart("0.1.0", "a: 1\n"), LockFile.empty()).lock();

    ChartVersions.Versioned changed = run(chart("0.1.0", "a: 2\n"), lock);

    assertThat(changed.files().get("web/Chart.yaml")).contains("version: \"0.1.1\"");
    assertThat(changed.lock().versions("web"))
        .extracting(e -> e.version().toString())
        .containsExactly("0.1.1", "0.1.0");
    assertThat(changed.lock().versions("web").get(0).digest())
        .isNotEqualTo(changed.lock().versions("web").get(1).digest());
  }

  @Test
  void theVersionLineDoesNotFeedTheDigest() {
    assertThat(ChartDigest.of(Map.of("Chart.yaml", "name: x\nversion: \"1.0.0\"\n")))
        .isEqualTo(ChartDigest.of(Map.of("Chart.yaml", "name: x\nversion: \"9.9.9\"\n")))
        .isNotEqualTo(ChartDigest.of(Map.of("Chart.yaml", "name: y\nversion: \"1.0.0\"\n")));
  }

  @Test
  void minorBumpAndARaisedBaseVersion() {
    LockFile lock = run(chart("0.1.0", "a: 1\n"), LockFile.empty()).lock();

    assertThat(
            ChartVersions.apply(chart("0.1.0", "a: 2\n"), List.of("web"), lock, SemVer.Bump.MINOR)
                .files()
                .get("web/Chart.yaml"))
        .contains("version: \"0.2.0\"");
    assertThat(run(chart("2.0.0", "a: 1\n"), lock).files().get("web/Chart.yaml"))
        .as("the same content under a raised base version takes the base")
        .contains("version: \"2.0.0\"");
  }

  @Test
  void aHandEditedLockFileWithADuplicateOrALowerNewestVersionIsRefusedWithTheFix() {
    String digestA = "sha256:" + "a".repeat(64);
    String digestB = "sha256:" + "b".repeat(64);
    String content =
        "charts:\n"
            + "  web:\n"
            + "    - version: \"0.1.1\"\n"
            + "      digest: \""
            + digestA
            + "\"\n"
            + "    - version: \"0.1.1\"\n"
            + "      digest: \""
            + digestB
            + "\"\n"
            + "  api:\n"
            + "    - version: \"0.1.0\"\n"
            + "      digest: \""
            + digestA
            + "\"\n"
            + "    - version: \"0.1.2\"\n"
            + "      digest: \""
            + digestB
            + "\"\n";

    DescriptorException e =
        catchThrowableOfType(
            DescriptorException.class, () -> LockFile.parse("charts-out/chartgen.lock", content));

    assertThat(e.problems())
        .extracting(Problem::format)
        .containsExactly(
            "charts-out/chartgen.lock:5:16: /charts/web/1/version: version 0.1.1 of web is listed"
                + " twice (first at line 3): two contents would carry one version (keep the entry"
                + " whose digest was published and remove the other, or restore chartgen.lock"
                + " from version control, or regenerate the charts from a clean checkout)",
            "charts-out/chartgen.lock:10:16: /charts/api/1/version: version 0.1.0 of api is"
                + " listed as newer than 0.1.2, yet it is lower: a new version must be higher than"
                + " every version published before it (list versions newest first, give the"
                + " newest content a version above 0.1.2, or restore chartgen.lock from version"
                + " control, or regenerate the charts from a clean checkout)");
  }

  @Test
  void aLockFileOfAnotherShapeIsRefused() {
    DescriptorException e =
        catchThrowableOfType(
            DescriptorException.class, () -> LockFile.parse("chartgen.lock", "dependencies: []\n"));

    assertThat(e.problems().get(0).format())
        .startsWith("chartgen.lock:1:1: not a chartgen lock file");
  }
}
