package dev.chartgen.core.importer;

import java.util.Locale;

/** DIGIT's global flag names as chartgen flag names (camelCase). */
final class Flags {

  private Flags() {}

  /**
   * The chartgen flag for DIGIT's global value {@code global}: words split at '-', '_' and '.'
   * joined in camelCase ({@code serializers-timezone-in-ist} becomes {@code
   * serializersTimezoneInIst}).
   */
  static String name(String global) {
    StringBuilder out = new StringBuilder();
    for (String word : global.split("[-_.]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (out.isEmpty()) {
        out.append(Character.isDigit(lower.charAt(0)) ? "f" + lower : lower);
      } else {
        out.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
      }
    }
    String flag = out.toString().replaceAll("[^a-zA-Z0-9]", "");
    if (flag.isEmpty()) {
      flag = "flag";
    }
    return flag.length() > 63 ? flag.substring(0, 63) : flag;
  }
}
