package dev.chartgen.core.policy;

import java.util.Locale;

/** How much a finding matters. A build fails on findings at or above a chosen severity. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
