package dev.chartgen.core.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Builds a {@link ValueNode.Group} entry by entry:
 *
 * <pre>{@code
 * Values.group("Container image.", image -> image
 *     .string("repository", "Image repository.", "egov-user")
 *     .integer("replicaCount", "Pods to run.", 2, Map.of("minimum", 0)));
 * }</pre>
 */
public final class Values {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final List<ValueNode.Entry> entries = new ArrayList<>();

  private Values() {}

  public static ValueNode.Group group(String description, Consumer<Values> content) {
    Values values = new Values();
    content.accept(values);
    return new ValueNode.Group(description, values.entries);
  }

  public Values string(String key, String description, String value) {
    return string(key, description, value, Map.of());
  }

  public Values string(String key, String description, String value, Map<String, Object> schema) {
    return add(key, new ValueNode.Scalar(description, "string", value, schema));
  }

  public Values integer(String key, String description, long value, Map<String, Object> schema) {
    Object boxed = value == (int) value ? (Object) (int) value : (Object) value;
    return add(key, new ValueNode.Scalar(description, "integer", boxed, schema));
  }

  /** A number, or a percentage such as 25% (Kubernetes IntOrString). */
  public Values intOrString(String key, String description, String value) {
    Object typed = DIGITS.matcher(value).matches() ? (Object) Integer.valueOf(value) : value;
    return add(
        key,
        new ValueNode.Scalar(description, "intOrString", typed, Map.of("pattern", "^[0-9]+%?$")));
  }

  public Values bool(String key, String description, boolean value) {
    return add(key, new ValueNode.Scalar(description, "boolean", value, Map.of()));
  }

  /** A quantity such as 500m or 512Mi; numbers are accepted too (e.g. --set cpu=2). */
  public Values quantity(String key, String description, String value) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put(
        "pattern", "^\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([KMGTPE]i|[numkMGTPE]|[eE][-+]?[0-9]+)?$");
    return add(key, new ValueNode.Scalar(description, "quantity", value, schema));
  }

  public Values group(String key, String description, Consumer<Values> content) {
    return add(key, group(description, content));
  }

  public Values dict(
      String key, String description, Map<String, Object> value, Map<String, Object> valueSchema) {
    return add(key, new ValueNode.Dict(description, value, valueSchema, Map.of()));
  }

  /** An open map with extra schema keywords for the map itself (e.g. propertyNames). */
  public Values dict(
      String key,
      String description,
      Map<String, Object> value,
      Map<String, Object> valueSchema,
      Map<String, Object> schema) {
    return add(key, new ValueNode.Dict(description, value, valueSchema, schema));
  }

  public Values stringMap(String key, String description, Map<String, String> value) {
    return dict(key, description, new LinkedHashMap<>(value), Map.of("type", "string"));
  }

  public Values items(
      String key, String description, List<Object> value, Map<String, Object> itemSchema) {
    return add(key, new ValueNode.Items(description, value, itemSchema));
  }

  public Values free(String key, String description, Map<String, Object> value) {
    return add(key, new ValueNode.Free(description, value));
  }

  public Values node(String key, ValueNode node) {
    return add(key, node);
  }

  private Values add(String key, ValueNode node) {
    if (entries.stream().anyMatch(e -> e.key().equals(key))) {
      throw new IllegalStateException("duplicate values key " + key);
    }
    entries.add(new ValueNode.Entry(key, node));
    return this;
  }
}
