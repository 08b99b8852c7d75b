package dev.chartgen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic DIGIT platform of any size from the samples: the platform file and the
 * environment files as they are, then copies of the sample descriptors under new names ({@code
 * <name>-s<n>}, with their ingress paths and route paths suffixed the same way) until the size is
 * reached. Copies keep every reference valid: a copy calls the original modules (which are always
 * there, copy 0), so service hosts, environments and the gateway resolve as in the samples.
 */
public final class SyntheticPlatform {

  private static final Pattern NAME =
      Pattern.compile("(?m)^(metadata:\\n(?:  .*\\n)*?  name: )(\\S+)$");
  private static final Pattern PATHS = Pattern.compile("(?m)^(\\s+paths: \\[)([^\\]]*)(\\])$");
  private static final Pattern ROUTE_PATH = Pattern.compile("(\\{\\s*path: )(/[^,\\s}]*)");

  private SyntheticPlatform() {}

  /**
   * Writes a platform: {@code <samples folder> <target folder> <modules>}, e.g. to build it with
   * Maven (bench/README.md).
   */
  public static void main(String[] args) {
    Layout layout = write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    System.out.println(layout.files().size() + " descriptors in " + layout.descriptors());
  }

  /** Where a written platform is. */
  public record Layout(Path platformFile, Path descriptors, Path output, List<Path> files) {}

  /**
   * Writes a platform of {@code modules} modules into {@code target} (emptied first).
   *
   * @param samples the samples folder (platform.yaml, descriptors/, environments/)
   */
  public static Layout write(Path samples, Path target, int modules) {
    try {
      delete(target);
      Files.createDirectories(target);
      Files.copy(samples.resolve("platform.yaml"), target.resolve("platform.yaml"));
      Path environments = samples.resolve("environments");
      if (Files.isDirectory(environments)) {
        Files.createDirectories(target.resolve("environments"));
        for (Path file : list(environments)) {
          Files.copy(file, target.resolve("environments").resolve(file.getFileName()));
        }
      }
      List<Path> originals = list(samples.resolve("descriptors"));
      Path descriptors = target.resolve("descriptors");
      List<Path> written = new ArrayList<>();
      for (int n = 0; written.size() < modules; n++) {
        for (Path original : originals) {
          if (written.size() == modules) {
            break;
          }
          Path relative = samples.resolve("descriptors").relativize(original);
          String text = Files.readString(original, StandardCharsets.UTF_8);
          Path copy = descriptors.resolve(relative);
          if (n > 0) {
            text = rename(text, "-s" + n);
            String file = relative.getFileName().toString().replace(".yaml", "-s" + n + ".yaml");
            copy = descriptors.resolve(relative).resolveSibling(file);
          }
          Files.createDirectories(copy.getParent());
          Files.writeString(copy, text, StandardCharsets.UTF_8);
          written.add(copy);
        }
      }
      // files descriptors read (spec.configMaps[].files), shared by a module's copies
      try (Stream<Path> files = Files.walk(samples.resolve("descriptors"))) {
        for (Path file :
            files
                .filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().endsWith(".yaml"))
                .sorted()
                .toList()) {
          Path copy = descriptors.resolve(samples.resolve("descriptors").relativize(file));
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
        }
      }
      return new Layout(
          target.resolve("platform.yaml"), descriptors, target.resolve("charts-out"), written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A descriptor's text with its module name and ingress paths suffixed. */
  static String rename(String text, String suffix) {
    Matcher name = NAME.matcher(text);
    if (!name.find()) {
      throw new IllegalArgumentException("no metadata.name in\n" + text);
    }
    String renamed =
        text.substring(0, name.start())
            + name.group(1)
            + name.group(2)
            + suffix
            + text.substring(name.end());
    Matcher paths = PATHS.matcher(renamed);
    StringBuilder out = new StringBuilder();
    while (paths.find()) {
      StringBuilder list = new StringBuilder();
      for (String path : paths.group(2).split(",")) {
        if (list.length() > 0) {
          list.append(", ");
        }
        list.append(path.strip()).append(suffix);
      }
      paths.appendReplacement(
          out, Matcher.quoteReplacement(paths.group(1) + list + paths.group(3)));
    }
    paths.appendTail(out);
    // routes to other modules (ingress.routes: [ { path: /, module: m, port: p } ]): a copy keeps
    // the target (the original module) but serves the path under its own suffix
    Matcher route = ROUTE_PATH.matcher(out.toString());
    StringBuilder routed = new StringBuilder();
    while (route.find()) {
      route.appendReplacement(
          routed, Matcher.quoteReplacement(route.group(1) + route.group(2) + suffix));
    }
    route.appendTail(routed);
    return routed.toString();
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** Deletes a folder tree, if there. */
  public static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
