package dev.chartgen.core.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the charts folder differs from what the descriptors generate.
 *
 * @param folder the charts folder, as named in messages
 * @param differences every added, changed or removed file, by path
 * @param userFiles files in the folder that chartgen neither generates nor owns: kept, reported
 */
public record DriftReport(String folder, List<Difference> differences, List<String> userFiles) {

  public DriftReport {
    differences = List.copyOf(differences);
    userFiles = List.copyOf(userFiles);
  }

  /** Whether the folder is exactly what the descriptors generate (user files aside). */
  public boolean upToDate() {
    return differences.isEmpty();
  }

  /** The charts with a difference, sorted (a top-level file such as the lock file is not one). */
  public List<String> charts() {
    TreeSet<String> charts = new TreeSet<>();
    differences.forEach(d -> charts.add(d.chart()));
    charts.remove("");
    return List.copyOf(charts);
  }

  /**
   * The differences as console lines: each chart (or top-level file) with its files, each changed
   * file with its first differing lines ({@code -} committed, {@code +} generated).
   */
  public List<String> lines() {
    Map<String, List<Difference>> byChart = new TreeMap<>();
    differences.forEach(d -> byChart.computeIfAbsent(d.chart(), c -> new ArrayList<>()).add(d));
    List<String> lines = new ArrayList<>();
    byChart.forEach(
        (chart, files) -> {
          lines.add(chart.isEmpty() ? folder + ":" : "chart " + chart + ":");
          for (Difference d : files) {
            lines.add("  " + d.kind().label() + " " + folder + "/" + d.path());
            if (d.kind() == Difference.Kind.CHANGED) {
              lines.add("    first difference at line " + d.line() + ":");
              d.committed().forEach(l -> lines.add("    - " + l));
              d.generated().forEach(l -> lines.add("    + " + l));
            }
          }
        });
    return lines;
  }
}
