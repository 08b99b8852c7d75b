package dev.chartgen.core.policy;

import dev.chartgen.core.pointer.JsonPointer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Navigation in plain JSON-like Java values (maps, lists, scalars). */
final class Json {

  private Json() {}

  /** The value at a JSON pointer, or null. */
  static Object at(Object root, String pointer) {
    Object current = root;
    for (String key : JsonPointer.tokens(pointer)) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(key);
      } else if (current instanceof List<?> list && key.matches("[0-9]+")) {
        int index = Integer.parseInt(key);
        current = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> list ? (List<Object>) list : List.of();
  }

  static Map<String, String> strings(Object value) {
    Map<String, String> result = new LinkedHashMap<>();
    map(value).forEach((k, v) -> result.put(k, v == null ? "" : v.toString()));
    return result;
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
