package dev.chartgen.core.incremental;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.List;
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
        } else if (contents) {
          digest.add("file").add(Files.readAllBytes(entry));
        } else {
          digest
              .add("file")
              .add(Files.size(entry) + ":" + Files.getLastModifiedTime(entry).toMillis());
        }
      }
    } catch (IOException e) {
      throw new OutputException("cannot read " + root + ": " + e.getMessage(), e);
    }
    return digest;
  }
}
