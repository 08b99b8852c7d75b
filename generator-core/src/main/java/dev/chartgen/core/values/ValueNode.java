package dev.chartgen.core.values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One knob of a chart's values: its documentation, default and schema, in one typed tree that feeds
 * values.yaml, values.schema.json and the README's values table.
 *
 * <p>Plain values are Java objects: {@link String}, {@link Integer}, {@link Long}, {@link Boolean},
 * {@link java.math.BigDecimal}, {@link List} and {@link Map} (insertion-ordered).
 */
public sealed interface ValueNode {

  /** What the knob does, in one or two sentences. */
  String description();

  /** A single typed value. */
  record Scalar(String description, String type, Object value, Map<String, Object> schema)
      implements ValueNode {
    public Scalar {
      Objects.requireNonNull(description);
      schema = sorted(schema);
    }
  }

  /**
   * A deep copy of a schema fragment with keys in sorted order: fragments are often written with
   * {@code Map.of}, whose order changes from one JVM to the next, and output must not.
   */
  static Map<String, Object> sorted(Map<String, Object> fragment) {
    if (fragment == null) {
      return Map.of();
    }
    java.util.TreeMap<String, Object> copy = new java.util.TreeMap<>();
    fragment.forEach((key, value) -> copy.put(key, sortedValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static Object sortedValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return sorted((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ValueNode::sortedValue).toList();
    }
    return value;
  }

  /** A closed object: exactly the listed entries. */
  record Group(String description, List<Entry> entries) implements ValueNode {
    public Group {
      Objects.requireNonNull(description);
      entries = List.copyOf(entries);
    }
  }

  /** An open map (annotations, env, nodeSelector): any key, values of one schema. */
  record Dict(
      String description,
      Map<String, Object> value,
      Map<String, Object> valueSchema,
      Map<String, Object> schema)
      implements ValueNode {
    public Dict {
      Objects.requireNonNull(description);
      value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
      valueSchema = sorted(valueSchema);
      schema = sorted(schema);
    }
  }

  /** A list whose items follow {@code itemSchema}. */
  record Items(String description, List<Object> value, Map<String, Object> itemSchema)
      implements ValueNode {
    public Items {
      Objects.requireNonNull(description);
      value = Collections.unmodifiableList(new ArrayList<>(value));
      itemSchema = sorted(itemSchema);
    }
  }

  /** A free-form object (e.g. affinity), checked by Kubernetes, not by the values schema. */
  record Free(String description, Map<String, Object> value) implements ValueNode {
    public Free {
      Objects.requireNonNull(description);
      value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }
  }

  /** A named entry of a {@link Group}. */
  record Entry(String key, ValueNode node) {
    public Entry {
      Objects.requireNonNull(key);
      Objects.requireNonNull(node);
    }
  }
}
