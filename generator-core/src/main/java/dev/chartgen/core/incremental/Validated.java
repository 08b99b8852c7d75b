package dev.chartgen.core.incremental;

import dev.chartgen.core.load.DescriptorLoader;
import dev.chartgen.core.load.Descriptors;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Descriptors already validated, so that the goals of one build (validate, generate, lint, check,
 * package) validate them once: Maven keeps a plugin's classes for the whole build.
 *
 * <p>The key is a fingerprint of everything validation reads, taken on every call: chartgen itself,
 * the platform file, the descriptor folder and the environments folder byte for byte (symbolic
 * links followed, as the loader reads them, FIFOs and devices never opened), the paths that decide
 * messages, and whether the output folder is inside the descriptor folder. Any changed input gives
 * another key, so it is validated again; a key that cannot be taken (an unreadable file) means no
 * reuse. Only valid descriptors are kept (a failure is reported again by validating again), a few
 * of the latest, in this JVM.
 *
 * <p>Between builds, a goal that keeps incremental state ({@code generate}, {@code lint}, {@code
 * package}) also {@linkplain #record records} the key of the inputs it found valid in its state
 * folder, so that the next build's {@code validate} goal, which writes nothing itself, can say the
 * same inputs are valid without loading them ({@link #recorded}).
 */
public final class Validated {

  private static final int KEPT = 4;

  /** The latest validated descriptors, by key, oldest first. */
  private static final Map<String, Descriptors> MEMORY = new LinkedHashMap<>();

  private Validated() {}

  /**
   * The fingerprint of what validating these inputs reads, or empty when a file cannot be read
   * (then nothing is reused).
   */
  public static Optional<String> key(
      Path platformFile, Path descriptorDirectory, Path outputDirectory, Path displayRoot) {
    try {
      Digest digest =
          Digest.start()
              .add("chartgen validate key 1")
              .add(Inputs.tool())
              .add(absolute(platformFile))
              .add(absolute(descriptorDirectory))
              // the loader reads the output folder only to refuse it inside the descriptor
              // folder (lexically): only that answer decides, so every goal's output path agrees
              .add(
                  outputDirectory == null
                      ? "none"
                      : String.valueOf(inside(outputDirectory, descriptorDirectory)))
              .add(displayRoot == null ? "none" : absolute(displayRoot));
      Path parent = platformFile.toAbsolutePath().normalize().getParent();
      followed(digest, platformFile);
      followed(digest, descriptorDirectory);
      followed(
          digest, parent == null ? null : parent.resolve(DescriptorLoader.ENVIRONMENTS_FOLDER));
      return Optional.of(digest.hex());
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The descriptors validated in this JVM under {@code key}, if they are still kept. */
  public static synchronized Optional<Descriptors> recall(String key) {
    return Optional.ofNullable(MEMORY.get(key));
  }

  /** Keeps valid {@code descriptors} under {@code key} (the oldest beyond a few are dropped). */
  public static synchronized void remember(String key, Descriptors descriptors) {
    MEMORY.remove(key);
    MEMORY.put(key, descriptors);
    while (MEMORY.size() > KEPT) {
      MEMORY.remove(MEMORY.keySet().iterator().next());
    }
  }

  /** The record's name in a state folder ({@link LastRun}). */
  private static final String RECORD = "validate";

  /**
   * Records in {@code stateFolder} that the inputs of {@code key} are valid and hold {@code
   * modules} module descriptors (nothing is written when that is already recorded).
   */
  public static void record(Path stateFolder, String key, int modules) {
    if (recorded(stateFolder, key).isEmpty()) {
      new LastRun(key, java.util.List.of(String.valueOf(modules)), new OutputSnapshot(Map.of()))
          .write(stateFolder, RECORD);
    }
  }

  /**
   * How many module descriptors the inputs of {@code key} hold, when {@code stateFolder} records
   * them valid.
   */
  public static java.util.OptionalInt recorded(Path stateFolder, String key) {
    Optional<LastRun> last = LastRun.read(stateFolder, RECORD);
    if (last.isEmpty() || !last.get().key().equals(key) || last.get().lines().size() != 1) {
      return java.util.OptionalInt.empty();
    }
    try {
      return java.util.OptionalInt.of(Integer.parseInt(last.get().lines().get(0)));
    } catch (NumberFormatException e) {
      return java.util.OptionalInt.empty();
    }
  }

  /** As the loader judges it. */
  private static boolean inside(Path candidate, Path folder) {
    return candidate.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
  }

  private static String absolute(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  /**
   * Adds a file or folder tree, following symbolic links as the loader does: every entry's path and
   * its content, in the order of their paths. One walk whose attributes say what each entry is (the
   * loader's rules: a folder, a regular file, or anything else, never opened), and names cut from
   * the path's text: every goal of a build does this, mostly before the JIT has compiled it.
   */
  private static void followed(Digest digest, Path root) throws IOException {
    if (root == null) {
      digest.add("none");
      return;
    }
    if (!Files.exists(root)) {
      digest.add("missing");
      return;
    }
    Map<String, Path> files = new TreeMap<>();
    String prefix = root.toString();
    int cut = prefix.length() + (prefix.endsWith(root.getFileSystem().getSeparator()) ? 0 : 1);
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            files.put(name(folder), null);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            // a FIFO, a device, a broken link: never opened (a FIFO would block); the loader
            // refuses it, so these inputs are never found valid
            files.put(name(file), attributes.isRegularFile() ? file : OTHER);
            return FileVisitResult.CONTINUE;
          }

          private String name(Path entry) {
            String text = entry.toString();
            String name = text.length() <= cut ? "" : text.substring(cut);
            return File.separatorChar == '/' ? name : name.replace(File.separatorChar, '/');
          }
        });
    for (Map.Entry<String, Path> entry : files.entrySet()) {
      digest.add(entry.getKey());
      if (entry.getValue() == null) {
        digest.add("folder");
      } else if (entry.getValue() == OTHER) {
        digest.add("other");
      } else {
        digest.add("file").add(Files.readAllBytes(entry.getValue()));
      }
    }
  }

  /** Marks an entry that is neither a folder nor a regular file. */
  private static final Path OTHER = Path.of("");
}
