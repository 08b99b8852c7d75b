package dev.chartgen.core.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Rules about the chart as a whole rather than one rendered object. */
final class ChartRules {

  private ChartRules() {}

  static List<ChartRule> all() {
    return List.of(new DigestPinning());
  }

  /** CG018. */
  static final class DigestPinning extends JavaRule {
    DigestPinning() {
      super("CG018");
    }

    @Override
    public void check(ChartObjects chart, List<Finding> findings) {
      if (chart.chartDirectory() == null) {
        return;
      }
      Path values = chart.chartDirectory().resolve("values.yaml");
      try {
        Object tree =
            new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(values, StandardCharsets.UTF_8));
        walk(chart, findings, tree, "");
      } catch (IOException e) {
        findings.add(
            new Finding(
                rule(),
                chart.chart(),
                "values.yaml",
                "",
                "values.yaml cannot be read",
                "values.yaml"));
      }
    }

    private void walk(ChartObjects chart, List<Finding> findings, Object node, String path) {
      if (node instanceof Map<?, ?> map) {
        if (map.containsKey("repository") && map.containsKey("tag") && !map.containsKey("digest")) {
          findings.add(
              new Finding(
                  rule(), chart.chart(), "values.yaml", path, rule().message(), "values.yaml"));
        }
        map.forEach((k, v) -> walk(chart, findings, v, path + "/" + k));
      }
    }
  }
}
