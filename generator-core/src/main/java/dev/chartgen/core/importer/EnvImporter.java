package dev.chartgen.core.importer;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.yaml.YamlDocument;
import dev.chartgen.core.yaml.YamlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a rendered DIGIT env list ({@code - name: X / value: … / valueFrom: …}) entry by entry and
 * says where each value comes from in descriptor terms: a literal, {@code serviceHost} (a key of
 * {@code egov-service-host}), {@code config} (a key of {@code egov-config} or another ConfigMap),
 * {@code secret}/{@code key}, {@code fieldRef} or {@code resourceField}.
 */
final class EnvImporter {

  /** DIGIT's map of service URLs. */
  static final String SERVICE_HOST_MAP = "egov-service-host";

  /** DIGIT's shared ConfigMap. */
  static final String SHARED_CONFIG = "egov-config";

  private EnvImporter() {}

  /**
   * The entries of {@code rendered}.
   *
   * @throws TemplateException when the rendered text is not a list of env entries (located)
   */
  static List<EnvEntry> read(TemplateText.Result rendered, String what) {
    List<TemplateText.Line> lines = rendered.lines();
    YamlDocument document;
    String text = rendered.text();
    if (text.isBlank()) {
      return List.of();
    }
    try {
      document = YamlParser.parse(what, text);
    } catch (DescriptorException e) {
      Problem first = e.problems().get(0);
      int at = first.location().line();
      throw new Refusal(
          sourceLine(lines, at),
          what + " is not a YAML list of env entries: " + first.message(),
          "correct the YAML of " + what + " at that line (each entry a map, each key once)");
    }
    JsonNode root = document.root();
    if (root.isNull()) {
      return List.of();
    }
    if (!root.isArray()) {
      throw new TemplateException(
          sourceLine(lines, 1), what + " is not a YAML list of env entries");
    }
    List<EnvEntry> entries = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      int renderedLine = document.locate("/" + i).line();
      TemplateText.Line line = lines.get(Math.max(0, renderedLine - 1));
      JsonNode item = root.get(i);
      if (!item.isObject() || !item.path("name").isString()) {
        throw new TemplateException(line.sourceLine(), what + " entry " + i + " has no name");
      }
      entries.add(entry(item, line, lines, renderedLine));
    }
    return entries;
  }

  private static EnvEntry entry(
      JsonNode item, TemplateText.Line first, List<TemplateText.Line> lines, int renderedLine) {
    String name = item.get("name").stringValue();
    Set<String> inlined = new LinkedHashSet<>();
    // the entry's own lines: from its first line to the next line starting a new item
    for (int l = renderedLine - 1; l < lines.size(); l++) {
      TemplateText.Line line = lines.get(l);
      if (l > renderedLine - 1 && line.text().stripLeading().startsWith("- ")) {
        break;
      }
      line.inlined().stream()
          .filter(r -> r.origin() == Scope.Origin.OWN)
          .forEach(r -> inlined.add(r.key()));
    }
    for (var field : item.properties()) {
      if (!List.of("name", "value", "valueFrom").contains(field.getKey())) {
        throw new TemplateException(
            first.sourceLine(), "env " + name + ": '" + field.getKey() + "' is not understood");
      }
    }
    Object value;
    if (item.has("valueFrom")) {
      value = source(name, item.get("valueFrom"), first.sourceLine());
    } else {
      JsonNode v = item.path("value");
      if (v.isObject() || v.isArray()) {
        throw new TemplateException(first.sourceLine(), "env " + name + ": value is not a text");
      }
      value = v.isMissingNode() || v.isNull() ? "" : Expression.print(Scope.toJava(v));
    }
    return new EnvEntry(name, value, first.guard(), first.sourceLine(), List.copyOf(inlined));
  }

  private static Map<String, Object> source(String name, JsonNode from, int line) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (from.has("configMapKeyRef")) {
      JsonNode ref = from.get("configMapKeyRef");
      String map = ref.path("name").asString("");
      String key = ref.path("key").asString("");
      if (key.isEmpty() || map.isEmpty()) {
        throw new TemplateException(line, "env " + name + ": configMapKeyRef needs name and key");
      }
      if (map.equals(SERVICE_HOST_MAP)) {
        out.put("serviceHost", key);
      } else {
        out.put("config", key);
        if (!map.equals(SHARED_CONFIG)) {
          out.put("configMap", map);
        }
      }
      optional(ref, out);
    } else if (from.has("secretKeyRef")) {
      JsonNode ref = from.get("secretKeyRef");
      out.put("secret", ref.path("name").asString(""));
      out.put("key", ref.path("key").asString(""));
      optional(ref, out);
    } else if (from.has("fieldRef")) {
      out.put("fieldRef", from.get("fieldRef").path("fieldPath").asString(""));
    } else if (from.has("resourceFieldRef")) {
      out.put("resourceField", from.get("resourceFieldRef").path("resource").asString(""));
    } else {
      throw new TemplateException(line, "env " + name + ": valueFrom is not understood");
    }
    return out;
  }

  private static void optional(JsonNode ref, Map<String, Object> out) {
    if (ref.path("optional").isBoolean()) {
      out.put("optional", ref.get("optional").booleanValue());
    }
  }

  private static int sourceLine(List<TemplateText.Line> lines, int renderedLine) {
    if (lines.isEmpty()) {
      return 0;
    }
    int index = Math.min(Math.max(renderedLine, 1), lines.size()) - 1;
    return lines.get(index).sourceLine();
  }
}
