package dev.chartgen.core.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes YAML deterministically: block style, two-space indent, {@code \n} line endings, strings
 * always double-quoted, numbers and booleans plain. Whole documents come from {@link #document}; a
 * commented document (values.yaml) is built entry by entry with {@link #create}.
 */
public final class YamlWriter {

  private static final int COMMENT_WIDTH = 98;

  private final StringBuilder out = new StringBuilder();

  private YamlWriter() {}

  /** An empty writer, to build a commented document entry by entry. */
  public static YamlWriter create() {
    return new YamlWriter();
  }

  /** A block of {@code #} comment lines, one per line of {@code text}, then an empty line. */
  public YamlWriter header(String text) {
    for (String line : text.split("\n", -1)) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    out.append('\n');
    return this;
  }

  /** An empty line. */
  public YamlWriter blankLine() {
    out.append('\n');
    return this;
  }

  /** A {@code # --} documentation comment, wrapped, indented by {@code indent} spaces. */
  public YamlWriter comment(String description, int indent) {
    List<String> lines = wrap(description, COMMENT_WIDTH - indent);
    for (int i = 0; i < lines.size(); i++) {
      out.append(pad(indent)).append(i == 0 ? "# -- " : "# ").append(lines.get(i)).append('\n');
    }
    return this;
  }

  /** A key that opens a nested block ({@code key:} alone on its line). */
  public YamlWriter block(String key, int indent) {
    out.append(pad(indent)).append(key(key)).append(":\n");
    return this;
  }

  /** A key and its value: a scalar, or a map or list in block style. */
  public YamlWriter entry(String key, Object value, int indent) {
    value(pad(indent) + key(key) + ":", value, indent);
    return this;
  }

  /** What was written. */
  public String text() {
    return out.toString();
  }

  /** A plain map, e.g. Chart.yaml. */
  public static String document(Map<String, Object> map) {
    YamlWriter writer = new YamlWriter();
    writer.map(map, 0);
    return writer.out.toString();
  }

  /** One scalar as a YAML flow scalar (strings double-quoted). */
  public static String scalar(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw new IllegalArgumentException("not a scalar: " + value.getClass());
  }

  /**
   * A YAML (and JSON) double-quoted string that every YAML 1.1 and 1.2 reader (Helm's included)
   * reads back as {@code text}: every character {@link UserText} does not carry, and every line
   * break, is written as an escape that both read alike.
   *
   * @throws IllegalArgumentException for an unpaired surrogate, which no UTF-8 file can hold
   */
  public static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            quoted.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("an unpaired surrogate cannot be written: " + text);
          } else if (!UserText.carried(c)) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private void value(String key, Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append(key).append(" {}\n");
      } else {
        out.append(key).append('\n');
        map(map, indent + 2);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append(key).append(" []\n");
      } else {
        out.append(key).append('\n');
        list(list, indent + 2);
      }
    } else {
      out.append(key).append(' ').append(scalar(value)).append('\n');
    }
  }

  private void map(Map<?, ?> map, int indent) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      value(pad(indent) + key(String.valueOf(entry.getKey())) + ":", entry.getValue(), indent);
    }
  }

  private void list(List<?> list, int indent) {
    for (Object item : list) {
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          String prefix = first ? pad(indent) + "- " : pad(indent + 2);
          value(prefix + key(String.valueOf(entry.getKey())) + ":", entry.getValue(), indent + 2);
          first = false;
        }
      } else if (item instanceof List<?> nested && !nested.isEmpty()) {
        out.append(pad(indent)).append("-\n");
        list(nested, indent + 2);
      } else {
        value(pad(indent) + "-", item, indent);
      }
    }
  }

  private static String key(String key) {
    return isPlainKey(key) && !isReserved(key) ? key : quote(key);
  }

  /**
   * Whether {@code key} is {@code [A-Za-z0-9_][A-Za-z0-9_./-]*}. Hand-written rather than a regular
   * expression: every key of every file goes through it, and a loop over ASCII ranges is several
   * times cheaper than a matcher.
   */
  private static boolean isPlainKey(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean word =
          c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
      if (!word && (i == 0 || c != '.' && c != '/' && c != '-')) {
        return false;
      }
    }
    return true;
  }

  /** Whether a plain key would be read as something else than a string (a boolean, a number). */
  private static boolean isReserved(String key) {
    char first = key.charAt(0);
    if (first >= '0' && first <= '9' || first == '.' || first == '+' || first == '-') {
      return true;
    }
    return key.length() <= 5
        && switch (key.toLowerCase(java.util.Locale.ROOT)) {
          case "true", "false", "null", "yes", "no", "on", "off", "~", "y", "n" -> true;
          default -> false;
        };
  }

  private static String pad(int indent) {
    return " ".repeat(indent);
  }

  /** Splits text into lines of at most {@code width} characters at spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
