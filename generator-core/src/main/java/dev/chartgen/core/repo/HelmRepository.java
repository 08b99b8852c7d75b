package dev.chartgen.core.repo;

import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a Helm chart repository in memory (archives and index), then writes it. */
public final class HelmRepository {

  /** The index file's name. */
  public static final String INDEX = "index.yaml";

  private HelmRepository() {}

  /**
   * A repository in memory.
   *
   * @param archives archive bytes by file name ({@code <chart>-<version>.tgz})
   * @param index the index of those archives (merged with an older index when one was given)
   */
  public record Built(Map<String, byte[]> archives, HelmIndex index) {
    public Built {
      archives = java.util.Collections.unmodifiableMap(new TreeMap<>(archives));
    }
  }

  /**
   * Packs each chart and indexes the archives.
   *
   * @param charts each chart's files (path inside the chart folder to bytes), by chart name
   * @param created the time recorded for each version
   * @param baseUrl prefix of the archive URLs in the index (e.g. https://example.org/charts/), or
   *     empty for URLs relative to the index
   */
  public static Built build(
      Map<String, Map<String, byte[]>> charts, Instant created, String baseUrl) {
    Map<String, byte[]> archives = new TreeMap<>();
    Map<String, List<Map<String, Object>>> entries = new TreeMap<>();
    String prefix =
        baseUrl == null || baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    for (Map.Entry<String, Map<String, byte[]>> chart : new TreeMap<>(charts).entrySet()) {
      String name = chart.getKey();
      byte[] chartYaml = chart.getValue().get("Chart.yaml");
      @SuppressWarnings("unchecked")
      Map<String, Object> metadata =
          (Map<String, Object>)
              HelmIndex.plain(
                  YamlParser.parse(
                          name + "/Chart.yaml", new String(chartYaml, StandardCharsets.UTF_8))
                      .root());
      Map<String, byte[]> files = new TreeMap<>();
      chart.getValue().forEach((path, bytes) -> files.put(name + "/" + path, bytes));
      byte[] archive = TarGz.of(files);
      String fileName = name + "-" + metadata.get("version") + ".tgz";
      archives.put(fileName, archive);
      Map<String, Object> entry = new LinkedHashMap<>(metadata);
      entry.put("created", HelmIndex.time(created));
      entry.put("digest", sha256(archive));
      entry.put("urls", List.of((prefix == null ? "" : prefix) + fileName));
      entries.put(name, List.of(entry));
    }
    return new Built(archives, new HelmIndex(entries));
  }

  /**
   * Writes the archives and the index into {@code folder}, each file replaced atomically, the index
   * last. Other files in the folder are left alone.
   *
   * @return the files written, by path
   */
  public static List<Path> write(Path folder, Built built, Instant generated) {
    try {
      Files.createDirectories(folder);
      List<Path> written = new java.util.ArrayList<>();
      for (Map.Entry<String, byte[]> archive : built.archives().entrySet()) {
        written.add(replace(folder.resolve(archive.getKey()), archive.getValue()));
      }
      written.add(
          replace(
              folder.resolve(INDEX),
              built.index().write(generated).getBytes(StandardCharsets.UTF_8)));
      return List.copyOf(written);
    } catch (IOException e) {
      throw new OutputException(
          "cannot write the chart repository " + folder + ": " + e.getMessage(), e);
    }
  }

  private static Path replace(Path target, byte[] content) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), ".chartgen-", ".tmp");
    try {
      Files.write(temp, content);
      try {
        // served as is by a static host: readable by all, like any published file
        Files.setPosixFilePermissions(
            temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its default permissions apply
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  /** The SHA-256 of {@code bytes} in hex, as index.yaml's digest. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
