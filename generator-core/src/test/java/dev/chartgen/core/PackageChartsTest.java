package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.repo.HelmRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * chartgen:package on the committed sample charts: reproducible archives and index, each archive a
 * chart that real Helm renders, merging into a published index, and bad indexes refused.
 */
class PackageChartsTest {

  private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir static Path shared;
  private static Path first;
  private static PackageResult result;

  @TempDir Path temp;

  private static PackageRequest request(Path repository, Path merge) {
    return new PackageRequest(
        Samples.request(Samples.COMMITTED_CHARTS), repository, merge, "", TIME);
  }

  @BeforeAll
  static void packageOnce() {
    first = shared.resolve("first");
    result = Chartgen.create().packageCharts(request(first, null));
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path f : list.toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }

  @Test
  void twoRunsGiveByteIdenticalArchivesAndIndex() throws IOException {
    Path second = temp.resolve("second");
    Chartgen.create().packageCharts(request(second, null));

    Map<String, byte[]> a = contents(first);
    Map<String, byte[]> b = contents(second);
    // 20 module charts, the platform chart, 10 umbrella charts and index.yaml
    assertThat(a.keySet())
        .hasSize(32)
        .contains("index.yaml", "egov-user-" + egovUserVersion() + ".tgz");
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach(
        (name, bytes) ->
            assertThat(HelmRepository.sha256(b.get(name)))
                .as(name)
                .isEqualTo(HelmRepository.sha256(bytes)));
  }

  @Test
  void archivesHaveAGzipHeaderWithoutTimeOrNameAndTheIndexTheirDigests() throws IOException {
    String index = Files.readString(result.index(), StandardCharsets.UTF_8);
    assertThat(index)
        .startsWith("apiVersion: \"v1\"\nentries:\n")
        .endsWith("generated: \"2026-01-01T00:00:00Z\"\n");
    for (Path archive : result.archives()) {
      byte[] bytes = Files.readAllBytes(archive);
      assertThat(Arrays.copyOf(bytes, 10))
          .as("%s: gzip magic, deflate, no flags, mtime 0, OS unknown", archive.getFileName())
          .containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);
      assertThat(index).contains("digest: \"" + HelmRepository.sha256(bytes) + "\"");
      assertThat(index).contains("- \"" + archive.getFileName() + "\"");
    }
  }

  @Test
  void embeddedHelmRendersEveryPackagedChartFromItsArchive() {
    assertThat(result.archives()).hasSize(31);
    List<String> umbrellaCharts =
        dev.chartgen.core.delivery.DeliveryFiles.umbrellaCharts(
            Chartgen.create().validate(Samples.request(Samples.COMMITTED_CHARTS)));
    List<String> umbrellas = new ArrayList<>();
    for (Path archive : result.archives()) {
      String chart =
          archive.getFileName().toString().replaceFirst("-\\d+\\.\\d+\\.\\d+\\.tgz$", "");
      TemplateCommand template =
          Helm.template(archive.toString())
              .withName(chart)
              .withNamespace("egov")
              .withKubeVersion("1.34.0");
      if (chart.equals("digit-platform")) {
        // the platform chart's Secret values are given at install time
        assertThatThrownBy(template::call).hasMessageContaining("secrets");
        continue;
      }
      String manifests = template.call();
      if (umbrellaCharts.contains(chart)) {
        // an umbrella carries its module charts inside: it installs from its archive alone
        umbrellas.add(chart);
        assertThat(manifests)
            .as(archive.getFileName().toString())
            .contains("# Source: " + chart + "/charts/");
        continue;
      }
      assertThat(manifests)
          .as(archive.getFileName().toString())
          .contains("# Source: " + chart + "/templates/")
          .contains("app.kubernetes.io/name: " + chart);
    }
    assertThat(umbrellas).hasSize(10).contains("digit", "digit-urban");
  }

  @Test
  void mergingKeepsPublishedVersionsAndTheirTimes() throws IOException {
    Path published = temp.resolve("published.yaml");
    String version = egovUserVersion();
    String egovUser = Files.readString(first.resolve("index.yaml"), StandardCharsets.UTF_8);
    String digest =
        egovUser.substring(egovUser.indexOf("digest: ", egovUser.indexOf("  egov-user:")) + 9);
    digest = digest.substring(0, 64);
    Files.writeString(
        published,
        "apiVersion: v1\n"
            + "entries:\n"
            + "  egov-user:\n"
            + "  - name: egov-user\n"
            + "    version: "
            + version
            + "\n"
            + "    digest: "
            + digest
            + "\n"
            + "    created: \"2025-06-01T10:00:00Z\"\n"
            + "    urls: [egov-user-"
            + version
            + ".tgz]\n"
            + "  - name: egov-user\n"
            + "    version: 0.0.9\n"
            + "    digest: 1111111111111111111111111111111111111111111111111111111111111111\n"
            + "    created: \"2025-01-01T10:00:00Z\"\n"
            + "    urls: [https://old.example.org/egov-user-0.0.9.tgz]\n"
            + "  retired-service:\n"
            + "  - name: retired-service\n"
            + "    version: 1.0.0\n"
            + "    urls: [retired-service-1.0.0.tgz]\n"
            + "generated: \"2025-06-01T10:00:00Z\"\n");

    PackageResult merged =
        Chartgen.create().packageCharts(request(temp.resolve("repo"), published));

    String index = Files.readString(merged.index(), StandardCharsets.UTF_8);
    assertThat(merged.versions()).isEqualTo(33);
    assertThat(index)
        .contains("https://old.example.org/egov-user-0.0.9.tgz")
        .contains("  retired-service:\n")
        .contains("created: \"2025-06-01T10:00:00Z\"")
        .endsWith("generated: \"2026-01-01T00:00:00Z\"\n");
    assertThat(index.indexOf("version: \"" + version + "\"", index.indexOf("  egov-user:")))
        .as("newest first")
        .isLessThan(index.indexOf("version: \"0.0.9\""));
  }

  @Test
  void aForeignOrCorruptIndexIsNamedAndNothingIsWritten() throws IOException {
    Path repo = temp.resolve("repo");
    Path foreign = temp.resolve("foreign.yaml");
    Files.writeString(foreign, "apiVersion: v2\nname: not-an-index\n");
    Path corrupt = temp.resolve("corrupt.yaml");
    Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 'x', ':', ' ', '[', '\n'});
    Path changed = temp.resolve("changed.yaml");
    Files.writeString(
        changed,
        "apiVersion: v1\nentries:\n  egov-user:\n  - name: egov-user\n    version: "
            + egovUserVersion()
            + "\n"
            + "    digest: 2222222222222222222222222222222222222222222222222222222222222222\n"
            + "    urls: [egov-user.tgz]\n");

    for (Path bad : List.of(foreign, corrupt, changed)) {
      DescriptorException e =
          catchThrowableOfType(
              DescriptorException.class, () -> Chartgen.create().packageCharts(request(repo, bad)));
      assertThat(e.problems()).as(bad.toString()).isNotEmpty();
      assertThat(e.problems().get(0).location().source()).endsWith(bad.getFileName().toString());
      assertThat(repo).as("nothing written for %s", bad).doesNotExist();
    }
    DescriptorException e =
        catchThrowableOfType(
            DescriptorException.class,
            () -> Chartgen.create().packageCharts(request(repo, foreign)));
    assertThat(e.problems())
        .extracting(Problem::format)
        .singleElement()
        .asString()
        .endsWith(
            "foreign.yaml:1:13: /apiVersion: not a Helm repository index: apiVersion v1 expected"
                + " (give the index.yaml of a Helm chart repository (helm repo index writes one))");
  }

  /** egov-user's version in the committed charts (it follows the chart's content). */
  private String egovUserVersion() throws IOException {
    String index = Files.readString(first.resolve("index.yaml"), StandardCharsets.UTF_8);
    int at = index.indexOf("version: \"", index.indexOf("  egov-user:")) + 10;
    return index.substring(at, index.indexOf('"', at));
  }
}
