package dev.chartgen.core.importer;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers over values trees. */
final class Values {

  private Values() {}

  /** {@code over} merged into a copy of {@code base}, maps deeply, as Helm merges values files. */
  static ObjectNode merge(JsonNode base, JsonNode over) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    if (base != null && base.isObject()) {
      base.properties().forEach(e -> out.set(e.getKey(), e.getValue().deepCopy()));
    }
    if (over != null && over.isObject()) {
      for (Map.Entry<String, JsonNode> e : over.properties()) {
        JsonNode existing = out.get(e.getKey());
        if (existing != null && existing.isObject() && e.getValue().isObject()) {
          out.set(e.getKey(), merge(existing, e.getValue()));
        } else {
          out.set(e.getKey(), e.getValue().deepCopy());
        }
      }
    }
    return out;
  }

  /** The text at {@code path} ("a.b"), printed as Go prints it; empty when absent or a tree. */
  static String text(JsonNode root, String path) {
    JsonNode node = at(root, path);
    if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
      return "";
    }
    return Expression.print(Scope.toJava(node));
  }

  /** The node at a dotted path, or null. */
  static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      if (node == null) {
        return null;
      }
      node = node.get(part);
    }
    return node;
  }

  /** Go truthiness of the node at {@code path}. */
  static boolean truthy(JsonNode root, String path) {
    return Expression.truthy(Scope.toJava(at(root, path)));
  }
}
