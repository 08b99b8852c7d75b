package dev.chartgen.core.incremental;

import dev.chartgen.core.problem.OutputException;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
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
   * folder of thousands of charts' files in milliseconds. Every goal of a build with nothing
   * changed does this on the charts folder, mostly in a JVM that has not compiled it yet, so the
   * per-entry work is kept small: names cut from the path's text instead of {@code
   * Path.relativize}, one text of all entries sorted once and digested as one part ({@code name NUL
   * stamp NUL} each: no name or stamp holds a NUL, so the text is unambiguous) instead of two parts
   * per entry.
   */
  private static Digest stamps(Digest digest, Path root) {
    List<String> entries = new ArrayList<>();
    String prefix = root.toString();
    int cut = prefix.length() + (prefix.endsWith(root.getFileSystem().getSeparator()) ? 0 : 1);
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
              entries.add(name(folder) + "\u0000d\u0000");
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              String name = name(file);
              if (attributes.isSymbolicLink()) {
                entries.add(name + "\u0000l" + Files.readSymbolicLink(file) + '\u0000');
              } else if (!attributes.isRegularFile()) {
                entries.add(name + "\u0000o\u0000");
              } else {
                entries.add(
                    name
                        + "\u0000f"
                        + attributes.size()
                        + ':'
                        + attributes.lastModifiedTime().toMillis()
                        + '\u0000');
              }
              return FileVisitResult.CONTINUE;
            }

            private String name(Path entry) {
              String text = entry.toString();
              String name = text.length() <= cut ? "" : text.substring(cut);
              return File.separatorChar == '/' ? name : name.replace(File.separatorChar, '/');
            }
          });
    } catch (IOException e) {
      throw new OutputException("cannot read " + root + ": " + e.getMessage(), e);
    }
    Collections.sort(entries);
    StringBuilder text = new StringBuilder(entries.size() * 64);
    entries.forEach(text::append);
    return digest.add("stamps").add(text.toString());
  }

  private static String name(Path root, Path entry) {
    return root.relativize(entry).toString().replace('\\', '/');
  }
}
