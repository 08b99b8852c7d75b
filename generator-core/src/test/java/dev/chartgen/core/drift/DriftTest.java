package dev.chartgen.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed folder against what generating would write: every difference, nothing touched. */
class DriftTest {

  @TempDir Path folder;

  @Test
  void listsAddedChangedAndRemovedFilesAndKeepsTheUsersOwn() throws IOException {
    Files.createDirectories(folder.resolve("web"));
    Files.writeString(folder.resolve(".manifest"), "old/Chart.yaml\nweb/Chart.yaml\n");
    Files.writeString(folder.resolve("web/Chart.yaml"), "name: web\nversion: 0.1.0\nx: 1\n");
    Files.createDirectories(folder.resolve("old"));
    Files.writeString(folder.resolve("old/Chart.yaml"), "name: old\n");
    Files.writeString(folder.resolve("NOTES.md"), "mine\n");

    DriftReport report =
        Drift.compare(
            folder,
            "charts-out",
            Map.of(
                ".manifest", "web/Chart.yaml\nweb/values.yaml\n",
                "web/Chart.yaml", "name: web\nversion: 0.1.1\nx: 1\n",
                "web/values.yaml", "a: 1\n"),
            ".manifest",
            ".work");

    assertThat(report.upToDate()).isFalse();
    assertThat(report.charts()).containsExactly("old", "web");
    assertThat(report.userFiles()).containsExactly("NOTES.md");
    assertThat(report.lines())
        .containsExactly(
            "charts-out:",
            "  changed charts-out/.manifest",
            "    first difference at line 1:",
            "    - old/Chart.yaml",
            "    - web/Chart.yaml",
            "    + web/Chart.yaml",
            "    + web/values.yaml",
            "chart old:",
            "  removed charts-out/old/Chart.yaml",
            "chart web:",
            "  changed charts-out/web/Chart.yaml",
            "    first difference at line 2:",
            "    - version: 0.1.0",
            "    - x: 1",
            "    + version: 0.1.1",
            "    + x: 1",
            "  added charts-out/web/values.yaml");
    assertThat(folder.resolve("NOTES.md")).hasContent("mine");
    assertThat(folder.resolve("old/Chart.yaml")).exists();
  }

  @Test
  void aPerEnvironmentValuesFileBelongsToItsModule() {
    assertThat(
            new Difference(
                    Difference.Kind.CHANGED, "environments/prod/web.yaml", 1, List.of(), List.of())
                .chart())
        .isEqualTo("web");
    assertThat(
            new Difference(Difference.Kind.ADDED, "chartgen.lock", 0, List.of(), List.of()).chart())
        .isEmpty();
  }

  @Test
  void aFolderThatMatchesIsUpToDate() throws IOException {
    Files.writeString(folder.resolve("a.yaml"), "a\n");

    assertThat(Drift.compare(folder, "out", Map.of("a.yaml", "a\n"), ".m", ".w").upToDate())
        .isTrue();
  }
}
