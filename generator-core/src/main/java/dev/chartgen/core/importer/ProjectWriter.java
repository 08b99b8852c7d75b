package dev.chartgen.core.importer;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes the imported project: first into a hidden folder beside the target, then moved into place,
 * so a failed import leaves no half-written project.
 */
final class ProjectWriter {

  private final Path to;

  ProjectWriter(Path to) {
    this.to = to.toAbsolutePath().normalize();
  }

  void write(Map<String, String> files) {
    Path parent = to.getParent();
    Path staging = parent.resolve("." + to.getFileName() + ".chartgen-import");
    try {
      Files.createDirectories(parent);
      deleteTree(staging);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = staging.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
      if (Files.isDirectory(to)) {
        Files.delete(to); // empty: checked before anything was written
      }
      Files.move(staging, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        deleteTree(staging);
      } catch (IOException ignored) {
        // the original failure is the one to report
      }
      throw new OutputException("cannot write the imported project to " + to + ": " + e, e);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
