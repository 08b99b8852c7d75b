package dev.chartgen.core.values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values.schema.json of a chart: Helm validates every install, upgrade, lint and template
 * against it, so a mistyped override ({@code --set replicaCount=abc}) fails before it reaches the
 * cluster.
 */
public final class ValuesSchema {

  private ValuesSchema() {}

  /** The schema document for a chart's values tree. */
  public static Map<String, Object> of(String title, ValueNode.Group root) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("title", title);
    Map<String, Object> body = node(root);
    body.remove("description");
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) body.get("properties");
    Map<String, Object> global = new LinkedHashMap<>();
    global.put(
        "description",
        "Values a parent (umbrella) chart shares with all its subcharts. Read here: registry"
            + " (replaces the platform registry of bare image names), imagePullSecrets (added"
            + " to the chart's) and domain (the Ingress host of a module on the platform domain,"
            + " see ingress.useGlobalDomain).");
    global.put("type", "object");
    properties.put("global", global);
    // not in values.yaml, so that an umbrella chart's tags decide where no condition value is set
    Map<String, Object> enabled = new LinkedHashMap<>();
    enabled.put(
        "description",
        "An umbrella chart's condition (<chart>.enabled): false leaves the chart out. Unset, the"
            + " umbrella's tags decide.");
    enabled.put("type", "boolean");
    properties.put("enabled", enabled);
    schema.putAll(body);
    return schema;
  }

  private static Map<String, Object> node(ValueNode node) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", node.description());
    if (node instanceof ValueNode.Group group) {
      schema.put("type", "object");
      schema.put("additionalProperties", false);
      Map<String, Object> properties = new LinkedHashMap<>();
      for (ValueNode.Entry entry : group.entries()) {
        properties.put(entry.key(), node(entry.node()));
      }
      schema.put("properties", properties);
    } else if (node instanceof ValueNode.Scalar scalar) {
      if (scalar.type().equals("quantity")) {
        schema.put("type", List.of("string", "number"));
      } else if (scalar.type().equals("intOrString")) {
        schema.put("type", List.of("integer", "string"));
      } else {
        schema.put("type", scalar.type());
      }
      schema.putAll(scalar.schema());
    } else if (node instanceof ValueNode.Dict dict) {
      schema.put("type", "object");
      schema.putAll(dict.schema());
      schema.put("additionalProperties", dict.valueSchema());
    } else if (node instanceof ValueNode.Items items) {
      schema.put("type", "array");
      if (!items.itemSchema().isEmpty()) {
        schema.put("items", items.itemSchema());
      }
    } else if (node instanceof ValueNode.Free) {
      schema.put("type", "object");
    }
    return schema;
  }
}
