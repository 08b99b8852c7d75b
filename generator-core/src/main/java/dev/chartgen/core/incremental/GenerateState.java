package dev.chartgen.core.incremental;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last successful {@code generate} left in the state folder: the fingerprint of all its
 * inputs, each module's own fingerprint, and the output folder's snapshot after the write. Stored
 * as text in {@value #FILE} (a state that cannot be read is treated as none: the run does all the
 * work and writes a new one).
 *
 * @param run the fingerprint of every input of the run
 * @param modules each module's fingerprint (what its chart depends on), by module name
 * @param output the output folder as written
 */
public record GenerateState(String run, Map<String, String> modules, OutputSnapshot output) {

  /** The state file's name inside the state folder. */
  public static final String FILE = "generate.state";

  private static final String FORMAT = "chartgen generate state 1";

  public GenerateState {
    modules = java.util.Collections.unmodifiableMap(new TreeMap<>(modules));
  }

  /** The state in {@code folder}, if there is a readable one. */
  public static Optional<GenerateState> read(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
        return Optional.empty();
      }
      String run = null;
      Map<String, String> modules = new TreeMap<>();
      Map<String, String> files = new TreeMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] parts = line.split("\t", 3);
        switch (parts[0]) {
          case "run" -> run = parts[1];
          case "module" -> modules.put(parts[1], parts[2]);
          case "file" -> files.put(parts[2], parts[1]);
          default -> {
            return Optional.empty();
          }
        }
      }
      return run == null
          ? Optional.empty()
          : Optional.of(new GenerateState(run, modules, new OutputSnapshot(files)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes this state into {@code folder} (created when missing), replacing the file whole. */
  public void write(Path folder) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    text.append("run\t").append(run).append('\n');
    modules.forEach(
        (name, key) -> text.append("module\t").append(name).append('\t').append(key).append('\n'));
    output
        .files()
        .forEach(
            (path, stamp) ->
                text.append("file\t").append(stamp).append('\t').append(path).append('\n'));
    try {
      Files.createDirectories(folder);
      Path temporary = folder.resolve(FILE + ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(
          temporary,
          folder.resolve(FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new OutputException("cannot write " + folder.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes the state file from {@code folder}, if there (before a write that may fail half-way).
   */
  public static void forget(Path folder) {
    try {
      Files.deleteIfExists(folder.resolve(FILE));
    } catch (IOException e) {
      throw new OutputException("cannot remove " + folder.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }
}
