package dev.chartgen.core.pointer;

/** RFC 6901 JSON pointers, built one token at a time. */
public final class JsonPointer {

  private JsonPointer() {}

  /** {@code base} followed by the escaped property name or index {@code token}. */
  public static String child(String base, String token) {
    return base + "/" + escape(token);
  }

  /** {@code base} followed by an array index. */
  public static String child(String base, int index) {
    return base + "/" + index;
  }

  /** The pointer of the parent, or "" for the root. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The last token, unescaped. */
  public static String lastToken(String pointer) {
    return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
  }

  /** The tokens of {@code pointer}, unescaped; none for the root pointer "". */
  public static java.util.List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(pointer.substring(1).split("/", -1))
        .map(JsonPointer::unescape)
        .toList();
  }

  /** One token escaped: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** One token unescaped: {@code ~1} as {@code /}, then {@code ~0} as {@code ~}. */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
