package dev.chartgen.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Folder trees as test data: snapshots, copies, deletion (the one copy of a tree the tests use).
 */
public final class Trees {

  private Trees() {}

  /**
   * Every file below {@code root} (links as their target path) by '/'-separated relative path,
   * outside the work folder.
   */
  static Map<String, String> visible(Path root) {
    Map<String, String> files = new TreeMap<>();
    all(root)
        .forEach(
            (path, content) -> {
              if (!path.startsWith(OutputWriter.WORK_FOLDER + "/")) {
                files.put(path, content);
              }
            });
    return files;
  }

  /** Every file below {@code root}, the work folder included. */
  static Map<String, String> all(Path root) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file :
          walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String content =
            Files.isSymbolicLink(file)
                ? "-> " + Files.readSymbolicLink(file)
                : Files.readString(file);
        files.put(relative(root, file), content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String relative(Path root, Path file) {
    List<String> names = new ArrayList<>();
    root.relativize(file).forEach(name -> names.add(name.toString()));
    return String.join("/", names);
  }

  /** The files of {@code snapshot} in unit {@code unit}. */
  static Map<String, String> unit(Map<String, String> snapshot, String unit) {
    Map<String, String> files = new TreeMap<>();
    snapshot.forEach(
        (path, content) -> {
          if (path.equals(unit) || path.startsWith(unit + "/")) {
            files.put(path, content);
          }
        });
    return files;
  }

  /** Copies the tree {@code from} to {@code to}, links as links, with modification times. */
  public static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path root, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = root.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
