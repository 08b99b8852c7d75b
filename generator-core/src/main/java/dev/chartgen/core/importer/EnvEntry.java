package dev.chartgen.core.importer;

import java.util.List;

/**
 * One imported environment variable.
 *
 * @param name the variable's name
 * @param value a literal (String) or a descriptor source object (Map)
 * @param guard a global flag the entry depends on ({@code global:<flag>}), {@link
 *     TemplateText#TRACING}, or null
 * @param line its line in the values file
 * @param inlined the values keys (top level) whose value was written into it
 */
record EnvEntry(String name, Object value, String guard, int line, List<String> inlined) {
  EnvEntry {
    inlined = List.copyOf(inlined);
  }

  /** Whether the value is a literal text. */
  boolean literal() {
    return value instanceof String;
  }
}
