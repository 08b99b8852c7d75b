package dev.chartgen.core.yaml;

/** RFC 6901 JSON pointers, built one token at a time. */
public final class Pointer {

  private Pointer() {}

  /** {@code base} followed by the escaped property name or index {@code token}. */
  public static String child(String base, String token) {
    return base + "/" + token.replace("~", "~0").replace("/", "~1");
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
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}
