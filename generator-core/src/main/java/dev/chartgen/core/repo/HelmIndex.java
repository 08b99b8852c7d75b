package dev.chartgen.core.repo;

import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.text.YamlWriter;
import dev.chartgen.core.version.SemVer;
import dev.chartgen.core.yaml.YamlDocument;
import dev.chartgen.core.yaml.YamlParser;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A Helm repository's {@code index.yaml}: every version of every chart, newest first, with its
 * metadata, archive URLs, digest and creation time. Written deterministically (keys sorted, times
 * from a stable source); merged as {@code helm repo index --merge} does: versions only the old
 * index has are kept, versions both have take the new archive and keep their published time.
 *
 * @param entries each chart's versions (as written: sorted keys), by chart name
 */
public record HelmIndex(Map<String, List<Map<String, Object>>> entries) {

  public HelmIndex {
    Map<String, List<Map<String, Object>>> copy = new TreeMap<>();
    entries.forEach((chart, versions) -> copy.put(chart, sorted(versions)));
    entries = java.util.Collections.unmodifiableMap(copy);
  }

  /** An index without charts. */
  public static HelmIndex empty() {
    return new HelmIndex(Map.of());
  }

  /**
   * Reads an existing index.
   *
   * @param source the file as named in messages
   * @throws DescriptorException when it is not YAML or not a Helm repository index
   */
  public static HelmIndex parse(String source, String content) {
    YamlDocument document = YamlParser.parse(source, content);
    JsonNode root = document.root();
    String hint = "give the index.yaml of a Helm chart repository (helm repo index writes one)";
    if (!root.isObject() || !"v1".equals(root.path("apiVersion").asString(""))) {
      throw new DescriptorException(
          List.of(
              new Problem(
                  document.locate(root.has("apiVersion") ? "/apiVersion" : ""),
                  root.has("apiVersion") ? "/apiVersion" : "",
                  "not a Helm repository index: apiVersion v1 expected",
                  hint)));
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, List<Map<String, Object>>> entries = new TreeMap<>();
    JsonNode all = root.path("entries");
    if (!all.isObject() && !all.isMissingNode() && !all.isNull()) {
      problems.add(
          new Problem(
              document.locate("/entries"),
              "/entries",
              "not a Helm repository index: entries must map chart names to their versions",
              hint));
    } else if (all.isObject()) {
      for (Map.Entry<String, JsonNode> chart : all.properties()) {
        String at = JsonPointer.child("/entries", chart.getKey());
        if (!chart.getValue().isArray()) {
          problems.add(
              new Problem(document.locate(at), at, "must be a list of chart versions", hint));
          continue;
        }
        List<Map<String, Object>> versions = new ArrayList<>();
        int index = 0;
        for (JsonNode version : chart.getValue()) {
          String versionAt = JsonPointer.child(at, index++);
          if (!version.isObject()
              || !version.path("name").isString()
              || !version.path("version").isString()
              || !version.path("urls").isArray()) {
            problems.add(
                new Problem(
                    document.locate(versionAt),
                    versionAt,
                    "not a chart version: name, version and urls expected",
                    hint));
            continue;
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> value = (Map<String, Object>) plain(version);
          versions.add(value);
        }
        entries.put(chart.getKey(), versions);
      }
    }
    if (!problems.isEmpty()) {
      throw new DescriptorException(problems);
    }
    return new HelmIndex(entries);
  }

  /**
   * This index with the versions of {@code older} that it lacks. A version in both keeps the older
   * index's {@code created} time.
   *
   * @param source the older index as named in messages
   * @throws DescriptorException when a version in both has another digest: published content would
   *     change without a new version
   */
  public HelmIndex mergedOver(HelmIndex older, String source) {
    Map<String, List<Map<String, Object>>> merged = new TreeMap<>();
    entries.forEach((chart, versions) -> merged.put(chart, new ArrayList<>(versions)));
    List<Problem> problems = new ArrayList<>();
    older.entries.forEach(
        (chart, versions) -> {
          List<Map<String, Object>> target = merged.computeIfAbsent(chart, c -> new ArrayList<>());
          for (Map<String, Object> old : versions) {
            Optional<Map<String, Object>> same =
                target.stream()
                    .filter(v -> v.get("version").equals(old.get("version")))
                    .findFirst();
            if (same.isEmpty()) {
              target.add(old);
              continue;
            }
            Object oldDigest = old.get("digest");
            if (oldDigest != null && !oldDigest.equals(same.get().get("digest"))) {
              problems.add(
                  Problem.at(
                      dev.chartgen.core.problem.Location.of(source),
                      JsonPointer.child("/entries", chart),
                      chart
                          + " "
                          + old.get("version")
                          + " is published with digest "
                          + oldDigest
                          + ", but the chart packaged now has "
                          + same.get().get("digest")
                          + ": its content changed without a new version (restore chartgen.lock"
                          + " from version control so that changed charts get new versions)"));
              continue;
            }
            if (old.get("created") != null) {
              Map<String, Object> kept = new TreeMap<>(same.get());
              kept.put("created", old.get("created"));
              target.set(target.indexOf(same.get()), kept);
            }
          }
        });
    if (!problems.isEmpty()) {
      throw new DescriptorException(problems);
    }
    return new HelmIndex(merged);
  }

  /** The index as YAML: keys sorted, each chart's versions newest first. */
  public String write(Instant generated) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("apiVersion", "v1");
    root.put("entries", new TreeMap<>(entries));
    root.put("generated", time(generated));
    return YamlWriter.document(root);
  }

  /** An instant as index.yaml writes times (RFC 3339, UTC). */
  static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private static List<Map<String, Object>> sorted(List<Map<String, Object>> versions) {
    List<Map<String, Object>> copy = new ArrayList<>();
    versions.forEach(v -> copy.add(java.util.Collections.unmodifiableMap(new TreeMap<>(v))));
    Comparator<Map<String, Object>> newestFirst =
        Comparator.comparing(
            (Map<String, Object> v) ->
                SemVer.parse(String.valueOf(v.get("version"))).orElse(new SemVer(0, 0, 0, "", "")),
            Comparator.reverseOrder());
    copy.sort(newestFirst.thenComparing(v -> String.valueOf(v.get("version"))));
    return List.copyOf(copy);
  }

  /** A JSON tree as maps (keys sorted), lists, strings, numbers and booleans. */
  static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new TreeMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(plain(item)));
      return list;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isNull()) {
      return null;
    }
    return node.asString();
  }
}
