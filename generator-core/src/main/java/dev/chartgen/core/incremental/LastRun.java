package dev.chartgen.core.incremental;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a goal's last run left in the state folder, so that a build with nothing changed can give
 * its result again without doing the work: the fingerprint of everything the run read, what it said
 * (its result, as lines of text), and the files it wrote (size and modification time). A run is
 * given again only when its fingerprint is the same and every file it wrote is still as written.
 * Stored as text in {@code <name>.run}; a record that cannot be read is treated as none.
 *
 * <p>Hand-written text rather than JSON: reading it is the whole of a no-op goal's work, and
 * loading a JSON library costs more than the rest of it.
 *
 * @param key the fingerprint of every input of the run
 * @param lines what the run said, any text (escaped when stored)
 * @param files the files it wrote, by path relative to the folder they were written in
 */
public record LastRun(String key, List<String> lines, OutputSnapshot files) {

  private static final String FORMAT = "chartgen last run 1";
  private static final String EXTENSION = ".run";

  public LastRun {
    lines = List.copyOf(lines);
  }

  /** The record {@code name} in {@code folder}, if there is a readable one. */
  public static Optional<LastRun> read(Path folder, String name) {
    Path file = folder.resolve(name + EXTENSION);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> stored = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (stored.size() < 2
          || !stored.get(0).equals(FORMAT)
          || !stored.get(1).startsWith("key\t")) {
        return Optional.empty();
      }
      String key = stored.get(1).substring("key\t".length());
      List<String> lines = new ArrayList<>();
      Map<String, String> files = new TreeMap<>();
      for (String line : stored.subList(2, stored.size())) {
        if (line.startsWith("line\t")) {
          lines.add(unescape(line.substring("line\t".length())));
        } else if (line.startsWith("file\t")) {
          String[] parts = line.split("\t", 3);
          files.put(unescape(parts[2]), parts[1]);
        } else {
          return Optional.empty();
        }
      }
      return Optional.of(new LastRun(key, lines, new OutputSnapshot(files)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether this run may be given again: the same fingerprint, and every file it wrote still as
   * written in {@code root}.
   */
  public boolean repeats(String currentKey, Path root) {
    return key.equals(currentKey) && files.matches(root);
  }

  /** Writes this record into {@code folder} (created when missing), replacing the file whole. */
  public void write(Path folder, String name) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    text.append("key\t").append(key).append('\n');
    lines.forEach(line -> text.append("line\t").append(escape(line)).append('\n'));
    files
        .files()
        .forEach(
            (path, stamp) ->
                text.append("file\t").append(stamp).append('\t').append(escape(path)).append('\n'));
    Path file = folder.resolve(name + EXTENSION);
    try {
      Files.createDirectories(folder);
      Path temporary = folder.resolve(name + EXTENSION + ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Removes the record {@code name} from {@code folder}, if there (before a run that may fail). */
  public static void forget(Path folder, String name) {
    Path file = folder.resolve(name + EXTENSION);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new OutputException("cannot remove " + file + ": " + e.getMessage(), e);
    }
  }

  /** One line of text with its backslashes, line breaks and tabs escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      out.append(
          switch (next) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case '\\' -> '\\';
            default -> throw new IllegalArgumentException("not an escape: \\" + next);
          });
    }
    return out.toString();
  }
}
