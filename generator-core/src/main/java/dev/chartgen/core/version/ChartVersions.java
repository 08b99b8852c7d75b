package dev.chartgen.core.version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Gives each chart the version its content calls for. A chart keeps its current version while its
 * digest ({@link ChartDigest}) is the one recorded for that version; a changed digest gets the next
 * version ({@link SemVer.Bump}: patch by default), never lower than the chart's base version (what
 * the planner wrote into Chart.yaml: the descriptor's or platform's chartVersion). A chart new to
 * the lock file starts at its base version.
 */
public final class ChartVersions {

  private ChartVersions() {}

  /** The rendered files with every chart's version set, and the lock file that records them. */
  public record Versioned(Map<String, String> files, LockFile lock) {
    public Versioned {
      files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }
  }

  /**
   * Sets the version of every chart.
   *
   * @param files rendered files by path relative to the charts folder ({@code <chart>/<file>})
   * @param charts the charts among them, by name
   * @param lock the versions given so far
   * @param bump the part of the version a change of content raises
   * @return the files with each Chart.yaml's version set (the lock file not among them)
   */
  public static Versioned apply(
      Map<String, String> files, List<String> charts, LockFile lock, SemVer.Bump bump) {
    Map<String, String> folders = new LinkedHashMap<>();
    charts.forEach(chart -> folders.put(chart, chart));
    return apply(files, folders, lock, bump);
  }

  /**
   * Sets the version of every chart, each in its own folder.
   *
   * @param files rendered files by path relative to the charts folder
   * @param folders each chart's folder among them (e.g. {@code umbrella/digit}), by chart name
   * @param lock the versions given so far
   * @param bump the part of the version a change of content raises
   * @return the files with each Chart.yaml's version set (the lock file not among them)
   */
  public static Versioned apply(
      Map<String, String> files, Map<String, String> folders, LockFile lock, SemVer.Bump bump) {
    Map<String, String> out = new TreeMap<>(files);
    // the rendered files in path order: a chart's files are one range of it (read from here, not
    // from out, whose Chart.yaml versions change on the way), found without scanning every file
    NavigableMap<String, String> sorted = new TreeMap<>(files);
    Map<String, List<LockFile.Entry>> versions = new TreeMap<>(lock.charts());
    for (Map.Entry<String, String> folder : folders.entrySet()) {
      String chart = folder.getKey();
      Map<String, String> own = new LinkedHashMap<>();
      String prefix = folder.getValue() + "/";
      for (Map.Entry<String, String> file : sorted.tailMap(prefix, true).entrySet()) {
        if (!file.getKey().startsWith(prefix)) {
          break;
        }
        own.put(file.getKey().substring(prefix.length()), file.getValue());
      }
      String chartYaml = own.get(ChartDigest.CHART_FILE);
      if (chartYaml == null) {
        continue;
      }
      String digest = ChartDigest.of(own);
      SemVer base =
          SemVer.parse(ChartDigest.versionOf(chartYaml))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          chart + "/Chart.yaml has no SemVer version: " + chartYaml));
      List<LockFile.Entry> history = new ArrayList<>(lock.versions(chart));
      SemVer version = next(history, digest, base, bump);
      if (history.isEmpty() || !history.get(0).version().equals(version)) {
        history.add(0, new LockFile.Entry(version, digest));
      }
      versions.put(chart, history);
      out.put(
          prefix + ChartDigest.CHART_FILE,
          ChartDigest.withVersion(
              chartYaml, dev.chartgen.core.text.YamlWriter.quote(version.toString())));
    }
    return new Versioned(out, new LockFile(versions));
  }

  /** The version for {@code digest}, given the chart's versions so far (newest first). */
  static SemVer next(List<LockFile.Entry> history, String digest, SemVer base, SemVer.Bump bump) {
    if (history.isEmpty()) {
      return base;
    }
    LockFile.Entry current = history.get(0);
    SemVer candidate =
        current.digest().equals(digest) ? current.version() : current.version().bump(bump);
    return base.compareTo(candidate) > 0 ? base : candidate;
  }
}
