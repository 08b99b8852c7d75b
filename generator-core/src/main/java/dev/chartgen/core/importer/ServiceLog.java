package dev.chartgen.core.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What happened to one service's values: keys used, keys dropped (with reasons), rewrites, and
 * mappings that render what DIGIT renders.
 */
final class ServiceLog {

  private final Set<String> used = new LinkedHashSet<>();
  private final Map<String, String> dropped = new TreeMap<>();
  private final Set<String> lossless = new TreeSet<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> mapped = new ArrayList<>();

  /** {@code key} (dotted path) was carried into the descriptor. */
  void use(String key) {
    used.add(key);
  }

  /** {@code key} was not carried over, for {@code reason}: what it did is lost or changed. */
  void drop(String key, String reason) {
    if (!used.contains(key)) {
      dropped.putIfAbsent(key, reason);
    }
  }

  /**
   * {@code key} was not carried over, for {@code reason}, and nothing is lost: nothing read it, or
   * what it says is carried elsewhere (platform.yaml, the environment file).
   */
  void dropLossless(String key, String reason) {
    if (!used.contains(key) && !dropped.containsKey(key)) {
      dropped.put(key, reason);
      lossless.add(key);
    }
  }

  /** A rewrite worth telling: a value inlined, a condition resolved, a safe fix, an action. */
  void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  /**
   * A mapping that renders what DIGIT renders (or differs only by chartgen's documented
   * conventions, the same for every module): listed in the report, not a rewrite.
   */
  void mapped(String note) {
    if (!mapped.contains(note)) {
      mapped.add(note);
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

  List<String> mapped() {
    return List.copyOf(mapped);
  }

  Map<String, String> dropped() {
    return new TreeMap<>(dropped);
  }

  /** Whether nothing was rewritten and every dropped key lost nothing. */
  boolean lossless() {
    return notes.isEmpty() && lossless.containsAll(dropped.keySet());
  }
}
