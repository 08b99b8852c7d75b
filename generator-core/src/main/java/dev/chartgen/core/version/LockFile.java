package dev.chartgen.core.version;

import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.text.YamlWriter;
import dev.chartgen.core.yaml.YamlDocument;
import dev.chartgen.core.yaml.YamlParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The versions given to each chart's contents, newest first: {@value #NAME}, committed beside the
 * charts. Every version a chart had is kept, so a version once published is never given to other
 * content, and a new version is always higher than every one before it.
 *
 * @param charts each chart's versions, newest first, by chart name
 */
public record LockFile(Map<String, List<Entry>> charts) {

  /** The lock file's name, in the charts folder. */
  public static final String NAME = "chartgen.lock";

  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final String FIX =
      "restore " + NAME + " from version control, or regenerate the charts from a clean checkout";

  public LockFile {
    Map<String, List<Entry>> copy = new TreeMap<>();
    charts.forEach((chart, entries) -> copy.put(chart, List.copyOf(entries)));
    charts = Collections.unmodifiableMap(copy);
  }

  /** One version of a chart and the digest of the content it was given to. */
  public record Entry(SemVer version, String digest) {}

  /** A lock file without any chart. */
  public static LockFile empty() {
    return new LockFile(Map.of());
  }

  /** The chart's versions, newest first (empty for a chart without any). */
  public List<Entry> versions(String chart) {
    return charts.getOrDefault(chart, List.of());
  }

  /**
   * Reads a lock file and checks it is consistent: versions are SemVer, newest first, each listed
   * once; digests are SHA-256.
   *
   * @param source the file as named in messages
   * @throws DescriptorException with every inconsistency, located, and how to fix it
   */
  public static LockFile parse(String source, String content) {
    YamlDocument document = YamlParser.parse(source, content);
    List<Problem> problems = new ArrayList<>();
    JsonNode root = document.root();
    Map<String, List<Entry>> charts = new TreeMap<>();
    if (root.isNull() || root.isMissingNode()) {
      return empty();
    }
    if (!root.isObject() || !root.path("charts").isObject() || root.size() != 1) {
      throw new DescriptorException(
          List.of(
              new Problem(
                  document.locate(""),
                  "",
                  "not a chartgen lock file: expected one key, charts, mapping each chart to"
                      + " its versions",
                  FIX)));
    }
    for (Map.Entry<String, JsonNode> chart : root.get("charts").properties()) {
      String at = JsonPointer.child("/charts", chart.getKey());
      if (!chart.getValue().isArray()) {
        problems.add(new Problem(document.locate(at), at, "must be a list of versions", FIX));
        continue;
      }
      List<Entry> entries = new ArrayList<>();
      Map<SemVer, String> seen = new HashMap<>();
      int index = 0;
      for (JsonNode item : chart.getValue()) {
        String itemAt = JsonPointer.child(at, index++);
        Entry entry = entry(document, itemAt, item, problems);
        if (entry == null) {
          continue;
        }
        String firstAt = seen.putIfAbsent(entry.version(), itemAt);
        if (firstAt != null) {
          problems.add(
              new Problem(
                  document.locate(itemAt + "/version"),
                  itemAt + "/version",
                  "version "
                      + entry.version()
                      + " of "
                      + chart.getKey()
                      + " is listed twice (first at line "
                      + document.locate(firstAt + "/version").line()
                      + "): two contents would carry one version",
                  "keep the entry whose digest was published and remove the other, or " + FIX));
          continue;
        }
        if (!entries.isEmpty()
            && entry.version().compareTo(entries.get(entries.size() - 1).version()) > 0) {
          Entry newer = entries.get(entries.size() - 1);
          problems.add(
              new Problem(
                  document.locate(itemAt + "/version"),
                  itemAt + "/version",
                  "version "
                      + newer.version()
                      + " of "
                      + chart.getKey()
                      + " is listed as newer than "
                      + entry.version()
                      + ", yet it is lower: a new version must be higher than every version"
                      + " published before it",
                  "list versions newest first, give the newest content a version above "
                      + entry.version()
                      + ", or "
                      + FIX));
        }
        entries.add(entry);
      }
      charts.put(chart.getKey(), entries);
    }
    if (!problems.isEmpty()) {
      throw new DescriptorException(problems);
    }
    return new LockFile(charts);
  }

  private static Entry entry(
      YamlDocument document, String at, JsonNode item, List<Problem> problems) {
    if (!item.isObject()) {
      problems.add(
          new Problem(document.locate(at), at, "must be {version: ..., digest: ...}", FIX));
      return null;
    }
    for (Map.Entry<String, JsonNode> key : item.properties()) {
      if (!Set.of("version", "digest").contains(key.getKey())) {
        problems.add(
            new Problem(
                document.locateKey(JsonPointer.child(at, key.getKey())),
                JsonPointer.child(at, key.getKey()),
                "unknown key '" + key.getKey() + "': an entry has only version and digest",
                FIX));
      }
    }
    JsonNode version = item.path("version");
    SemVer semVer = version.isString() ? SemVer.parse(version.asString()).orElse(null) : null;
    if (semVer == null) {
      problems.add(
          new Problem(
              document.locate(at + "/version"),
              at + "/version",
              version.isMissingNode()
                  ? "the entry has no version"
                  : "'" + version.asString() + "' is not a SemVer version such as 1.2.3",
              FIX));
    }
    JsonNode digest = item.path("digest");
    if (!digest.isString() || !DIGEST.matcher(digest.asString()).matches()) {
      problems.add(
          new Problem(
              document.locate(at + "/digest"),
              at + "/digest",
              digest.isMissingNode()
                  ? "the entry has no digest"
                  : "'" + digest.asString() + "' is not a digest such as sha256:<64 hex digits>",
              FIX));
      return null;
    }
    return semVer == null ? null : new Entry(semVer, digest.asString());
  }

  /** The lock file as written: sorted by chart, versions newest first, comments on top. */
  public String write() {
    StringBuilder out = new StringBuilder();
    out.append("# Chart versions by content, kept by chartgen: commit this file with the charts.\n")
        .append("# A chart's version changes exactly when its content digest does; newest first.\n")
        .append("# Never lower or reuse a version once published.\n")
        .append("charts:");
    if (charts.isEmpty()) {
      out.append(" {}");
    }
    out.append('\n');
    charts.forEach(
        (chart, entries) -> {
          out.append("  ").append(YamlWriter.quote(chart)).append(":");
          out.append(entries.isEmpty() ? " []\n" : "\n");
          for (Entry entry : entries) {
            out.append("    - version: ")
                .append(YamlWriter.quote(entry.version().toString()))
                .append('\n')
                .append("      digest: ")
                .append(YamlWriter.quote(entry.digest()))
                .append('\n');
          }
        });
    return out.toString();
  }
}
