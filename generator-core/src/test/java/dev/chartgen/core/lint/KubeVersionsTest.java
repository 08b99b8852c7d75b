package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubeVersionsTest {

  @Test
  void theDefaultWindowIsTheFiveNewestMinorsNewestFirst() {
    assertThat(KubeVersions.defaultWindow())
        .containsExactly("1.35.0", "1.34.0", "1.33.0", "1.32.0", "1.31.0");
  }

  @Test
  void givenVersionsAreTrimmedCompletedOrderedAndDeduplicated() {
    assertThat(KubeVersions.parse(List.of(" 1.31.0", "v1.33", "1.32.4 ", "1.31")))
        .containsExactly("1.33.0", "1.32.4", "1.31.0");
  }

  @Test
  void blankEntriesAreIgnoredAndNoneMeansTheDefaultWindow() {
    // Given what Maven makes of -Dchartgen.kubeVersions=,
    assertThat(KubeVersions.parse(Arrays.asList(null, "", " ")))
        .isEqualTo(KubeVersions.defaultWindow());
    assertThat(KubeVersions.parse(null)).isEqualTo(KubeVersions.defaultWindow());
  }

  @Test
  void everyEntryThatIsNotAKnownVersionIsNamedAtOnce() {
    assertThatThrownBy(() -> KubeVersions.parse(List.of("bogus", "1.33.0", "1.36", "2.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "kubeVersions: 'bogus' is not a Kubernetes version such as 1.33 or 1.33.2; '1.36' is"
                + " newer than the embedded Helm and Kubernetes models know (1.35); '2.0' is not a"
                + " Kubernetes version such as 1.33 or 1.33.2");
  }

  @Test
  void theSummaryShowsARunOfMinorsAsARangeAndAnythingElseAsAList() {
    assertThat(ConsoleReport.window(KubeVersions.defaultWindow())).isEqualTo("1.31-1.35");
    assertThat(ConsoleReport.window(List.of("1.20.0"))).isEqualTo("1.20");
    assertThat(ConsoleReport.window(KubeVersions.parse(List.of("1.35", "1.31", "1.33.2"))))
        .isEqualTo("1.31, 1.33.2, 1.35");
  }
}
