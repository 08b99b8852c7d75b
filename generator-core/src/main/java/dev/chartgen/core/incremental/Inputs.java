package dev.chartgen.core.incremental;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Fingerprints of what a run reads: chartgen itself (its version and its code), and folders and
 * files of the user's, byte for byte.
 */
public final class Inputs {

  private static volatile String tool;

  private Inputs() {}

  /**
   * chartgen's own fingerprint: its version and, since a snapshot build changes without a new
   * version, the size and modification time of every file of its code (the core jar, or the class
   * folder in a development build).
   */
  public static String tool() {
    String known = tool;
    if (known == null) {
      Digest digest = Digest.start().add(Inputs.class.getPackage().getImplementationVersion());
      try {
        CodeSource source = Inputs.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
          Path code = Path.of(source.getLocation().toURI());
          tree(digest, code, false);
        }
      } catch (URISyntaxException | IllegalArgumentException e) {
        digest.add("unknown code location");
      }
      known = digest.hex();
      tool = known;
    }
    return known;
  }

  /**
   * Adds a file or a folder tree to {@code digest}: every entry's path relative to {@code root},
   * its kind, and its content ({@code contents}) or its size and modification time; a missing root
   * is recorded as missing. Symbolic links are not followed (a link's target is recorded).
   */
  public static Digest tree(Digest digest, Path root, boolean contents) {
    if (root == null) {
      return digest.add("none");
    }
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return digest.add("missing " + root);
    }
    if (!contents) {
      return stamps(digest, root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> entries = walk.sorted(Comparator.comparing(Path::toString)).toList();
      for (Path entry : entries) {
        digest.add(root.relativize(entry).toString().replace('\\', '/'));
        if (Files.isSymbolicLink(entry)) {
          digest.add("link").add(Files.readSymbolicLink(entry).toString());
        } else if (Files.isDirectory(entry)) {
          digest.add("folder");
        } else if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          digest.add("other"); // a FIFO or a device: never opened (a FIFO would block)
        } else {
          digest.add("file").add(Files.readAllBytes(entry));
        }
      }
    } catch (IOException e) {
      throw new OutputException("cannot read " + root + ": " + e.getMessage(), e);
    }
    return digest;
  }

  /**
   * {@link #tree} without contents: each entry's kind, size and modification time, read with one
   * call per entry (the attributes the walk reads anyway), so that a no-op build can fingerprint a
   * folder of thousands of charts' files in milliseconds. The same entries, in the same order, as
   * {@link #tree} with contents.
   */
  private static Digest stamps(Digest digest, Path root) {
    Map<String, String> entries = new TreeMap<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
              entries.put(name(root, folder), "folder");
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              String stamp;
              if (attributes.isSymbolicLink()) {
                stamp = "link\u0000" + Files.readSymbolicLink(file);
              } else if (!attributes.isRegularFile()) {
                stamp = "other";
              } else {
                stamp =
                    "file\u0000"
                        + attributes.size()
                        + ":"
                        + attributes.lastModifiedTime().toMillis();
              }
              entries.put(name(root, file), stamp);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new OutputException("cannot read " + root + ": " + e.getMessage(), e);
    }
    entries.forEach((name, stamp) -> digest.add(name).add(stamp));
    return digest;
  }

  private static String name(Path root, Path entry) {
    return root.relativize(entry).toString().replace('\\', '/');
  }
}
