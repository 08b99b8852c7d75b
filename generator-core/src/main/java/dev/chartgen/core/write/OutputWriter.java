package dev.chartgen.core.write;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes rendered files into the output folder: only changed files, each replaced atomically (a
 * reader never sees half a file), and files chartgen wrote before but no longer produces removed
 * last. What chartgen owns is listed in a manifest ({@value #MANIFEST}), so files others put in the
 * folder are never touched.
 */
public final class OutputWriter {

  /** The manifest of files chartgen owns, inside the output folder. */
  public static final String MANIFEST = ".chartgen-manifest";

  private final Path root;

  public OutputWriter(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** What a write did, by path relative to the output folder (sorted). */
  public record Outcome(List<String> written, List<String> unchanged, List<String> removed) {
    public Outcome {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      removed = List.copyOf(removed);
    }
  }

  /** Makes the output folder hold exactly {@code files} (among the files chartgen owns). */
  public Outcome write(Map<String, String> files) {
    try {
      Files.createDirectories(root);
      Set<String> previous = readManifest();
      List<String> written = new ArrayList<>();
      List<String> unchanged = new ArrayList<>();
      for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
        Path target = resolve(file.getKey());
        byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
          unchanged.add(file.getKey());
        } else {
          replace(target, content);
          written.add(file.getKey());
        }
      }
      List<String> removed = new ArrayList<>();
      for (String old : previous) {
        if (!files.containsKey(old)) {
          Path stale = resolve(old);
          if (Files.deleteIfExists(stale)) {
            removed.add(old);
          }
          pruneEmptyParents(stale.getParent());
        }
      }
      String manifest = String.join("\n", new TreeSet<>(files.keySet())) + "\n";
      Path manifestFile = root.resolve(MANIFEST);
      if (!Files.isRegularFile(manifestFile)
          || !Files.readString(manifestFile, StandardCharsets.UTF_8).equals(manifest)) {
        replace(manifestFile, manifest.getBytes(StandardCharsets.UTF_8));
      }
      return new Outcome(written, unchanged, removed);
    } catch (IOException e) {
      throw new OutputException("cannot write " + root + ": " + e.getMessage(), e);
    }
  }

  private Set<String> readManifest() throws IOException {
    Path manifest = root.resolve(MANIFEST);
    Set<String> paths = new TreeSet<>();
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          paths.add(line.strip());
        }
      }
    }
    return paths;
  }

  private Path resolve(String relative) {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new OutputException("refusing to write outside " + root + ": " + relative, null);
    }
    return target;
  }

  private static void replace(Path target, byte[] content) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".chartgen-", ".tmp");
    try {
      Files.write(temp, content);
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void pruneEmptyParents(Path folder) throws IOException {
    Path current = folder;
    while (current != null && current.startsWith(root) && !current.equals(root)) {
      try {
        Files.deleteIfExists(current);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
      current = current.getParent();
    }
  }
}
