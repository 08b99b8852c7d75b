package dev.chartgen.core.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the output folder held when chartgen last wrote it: each of its files' size and modification
 * time, by path relative to the folder. A file edited, removed or replaced since then no longer
 * matches, and the chart it belongs to is generated again.
 */
public record OutputSnapshot(Map<String, String> files) {

  public OutputSnapshot {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /**
   * The current state of {@code paths} in {@code root} ("missing" for a path that is not a file).
   */
  public static OutputSnapshot of(Path root, Collection<String> paths) {
    Map<String, String> files = new TreeMap<>();
    for (String path : paths) {
      files.put(path, stamp(root.resolve(path)));
    }
    return new OutputSnapshot(files);
  }

  private static String stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return "missing";
      }
      return attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "missing";
    }
  }

  /** Whether every file recorded here is still as recorded in {@code root}. */
  public boolean matches(Path root) {
    return files.entrySet().stream()
        .allMatch(e -> e.getValue().equals(stamp(root.resolve(e.getKey()))));
  }

  /** The files under {@code folder/}, when each is still as recorded in {@code root}. */
  public Optional<Map<String, String>> unchangedUnder(Path root, String folder) {
    Map<String, String> mine = new TreeMap<>();
    String prefix = folder + "/";
    for (Map.Entry<String, String> entry : files.entrySet()) {
      if (entry.getKey().startsWith(prefix)) {
        if (!entry.getValue().equals(stamp(root.resolve(entry.getKey())))) {
          return Optional.empty();
        }
        mine.put(entry.getKey(), entry.getValue());
      }
    }
    return mine.isEmpty() ? Optional.empty() : Optional.of(mine);
  }
}
