package dev.chartgen.core.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What happened to one service's values: keys used, keys dropped (with reasons), rewrites. */
final class ServiceLog {

  private final Set<String> used = new LinkedHashSet<>();
  private final Map<String, String> dropped = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();

  /** {@code key} (dotted path) was carried into the descriptor. */
  void use(String key) {
    used.add(key);
  }

  /** {@code key} was not carried over, for {@code reason}. */
  void drop(String key, String reason) {
    if (!used.contains(key)) {
      dropped.putIfAbsent(key, reason);
    }
  }

  /** A rewrite worth telling. */
  void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  boolean isUsed(String key) {
    return used.contains(key);
  }

  boolean isAccounted(String key) {
    return used.contains(key) || dropped.containsKey(key);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  Map<String, String> dropped() {
    return new TreeMap<>(dropped);
  }
}
