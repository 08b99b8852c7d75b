package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed charts-out/ is what the samples generate today: a change to templates, schemas,
 * core code or samples must come with its regenerated charts (README, quick start line 1).
 */
class CommittedChartsTest {

  @Test
  void committedChartsAreUpToDate() throws IOException {
    Map<String, String> rendered =
        Chartgen.create().render(Samples.request(Samples.COMMITTED_CHARTS));

    String manifest =
        Files.readString(
            Samples.COMMITTED_CHARTS.resolve(OutputWriter.MANIFEST), StandardCharsets.UTF_8);
    assertThat(new TreeSet<>(manifest.lines().toList()))
        .as("charts-out/ lists other files than the samples generate: regenerate it")
        .isEqualTo(new TreeSet<>(rendered.keySet()));
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      assertThat(Samples.COMMITTED_CHARTS.resolve(file.getKey()))
          .as(
              "charts-out/%s is stale: regenerate charts-out (README quick start, line 1)",
              file.getKey())
          .usingCharset(StandardCharsets.UTF_8)
          .hasContent(file.getValue());
    }
  }
}
