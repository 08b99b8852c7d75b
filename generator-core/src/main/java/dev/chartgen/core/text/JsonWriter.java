package dev.chartgen.core.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes plain Java values as pretty JSON: two-space indent, {@code \n}, keys in given order. */
public final class JsonWriter {

  private final StringBuilder out = new StringBuilder();

  private JsonWriter() {}

  public static String write(Object value) {
    JsonWriter writer = new JsonWriter();
    writer.value(value, 0);
    return writer.out.append('\n').toString();
  }

  private void value(Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(" ".repeat(indent + 2)).append(YamlWriter.quote(String.valueOf(entry.getKey())));
        out.append(": ");
        value(entry.getValue(), indent + 2);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(" ".repeat(indent)).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(" ".repeat(indent + 2));
        value(list.get(i), indent + 2);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(" ".repeat(indent)).append(']');
    } else if (value instanceof String s) {
      out.append(YamlWriter.quote(s));
    } else if (value instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else {
      out.append(value);
    }
  }
}
