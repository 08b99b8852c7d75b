package dev.chartgen.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for characters in a user's text: which characters chartgen carries exactly into
 * everything it writes (YAML, Helm templates, Markdown, XML), and which it refuses when it reads a
 * descriptor.
 *
 * <p>Carried: tab, line feed, and every printable character of YAML 1.1 and YAML 1.2 alike
 * (U+0020–U+007E, U+00A0–U+D7FF except U+2028 and U+2029, U+E000–U+FFFD except U+FEFF, and U+10000
 * upwards as proper surrogate pairs). Refused, with a located problem: the other C0 controls (NUL
 * and carriage return included), DEL, the C1 controls (NEL included), the line and paragraph
 * separators U+2028 and U+2029 (YAML 1.1 readers such as Helm's treat them as line breaks and fold
 * the spaces around them), the byte order mark U+FEFF inside text, U+FFFE/U+FFFF, and unpaired
 * surrogates (they have no UTF-8 form).
 */
public final class UserText {

  private UserText() {}

  /** Whether {@code codePoint} is carried exactly; see the class comment. */
  public static boolean carried(int codePoint) {
    return codePoint == '\t'
        || codePoint == '\n'
        || (codePoint >= 0x20 && codePoint <= 0x7e)
        || (codePoint >= 0xa0 && codePoint <= 0xd7ff && codePoint != 0x2028 && codePoint != 0x2029)
        || (codePoint >= 0xe000 && codePoint <= 0xfffd && codePoint != 0xfeff)
        || (codePoint >= 0x10000 && codePoint <= 0x10ffff);
  }

  /**
   * Why {@code text} cannot be carried: its first refused character, named and placed; empty when
   * every character is carried.
   */
  public static Optional<String> refusal(String text) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      boolean unpaired = Character.isSurrogate(text.charAt(i)) && Character.charCount(c) == 1;
      if (unpaired || !carried(c)) {
        return Optional.of(
            "character "
                + name(c, unpaired)
                + " at position "
                + (text.codePointCount(0, i) + 1)
                + " is not allowed in descriptor text");
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /** The hint that goes with a {@link #refusal}. */
  public static String hint(String text) {
    int first = text.codePoints().filter(c -> !carried(c)).findFirst().orElse(' ');
    if (first == '\r') {
      return "save the file with \\n line ends, or drop the \\r escape";
    }
    if (first == 0x2028 || first == 0x2029 || first == 0x85) {
      return "YAML 1.1 readers such as Helm read it as a line break; write \\n or a space";
    }
    return "remove it: YAML 1.1 readers such as Helm cannot carry it unchanged";
  }

  private static String name(int c, boolean unpaired) {
    String code = String.format(Locale.ROOT, "U+%04X", c);
    if (unpaired) {
      return code + " (an unpaired surrogate)";
    }
    String name =
        switch (c) {
          case 0 -> "NUL";
          case '\r' -> "carriage return";
          case 0x7f -> "DEL";
          case 0x85 -> "NEL, next line";
          case 0x2028 -> "line separator";
          case 0x2029 -> "paragraph separator";
          case 0xfeff -> "byte order mark";
          default -> c < 0xa0 ? "a control character" : "a non-character";
        };
    return code + " (" + name + ")";
  }
}
