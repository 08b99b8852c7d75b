package dev.chartgen.core.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest of a chart's content: SHA-256 over every file's path and bytes, in path order, with
 * the {@code version:} line of {@code Chart.yaml} left out, so that a chart's version never feeds
 * back into the digest that decides it.
 */
public final class ChartDigest {

  /** The chart file that carries the version. */
  public static final String CHART_FILE = "Chart.yaml";

  /** How the version line of Chart.yaml starts (written by chartgen at the top level). */
  public static final String VERSION_KEY = "version: ";

  private ChartDigest() {}

  /**
   * The digest of one chart, as {@code sha256:<hex>}.
   *
   * @param files the chart's files by path relative to the chart folder
   */
  public static String of(Map<String, String> files) {
    MessageDigest sha = sha256();
    for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
      String content =
          file.getKey().equals(CHART_FILE) ? withoutVersion(file.getValue()) : file.getValue();
      byte[] path = file.getKey().getBytes(StandardCharsets.UTF_8);
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      sha.update((path.length + ":").getBytes(StandardCharsets.US_ASCII));
      sha.update(path);
      sha.update((":" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      sha.update(bytes);
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  /** Chart.yaml without its top-level version line. */
  static String withoutVersion(String chartYaml) {
    StringBuilder out = new StringBuilder();
    for (String line : chartYaml.split("\n", -1)) {
      if (!line.startsWith(VERSION_KEY)) {
        out.append(line).append('\n');
      }
    }
    return out.substring(0, Math.max(0, out.length() - 1));
  }

  /** Chart.yaml with its top-level version line set to {@code version}. */
  static String withVersion(String chartYaml, String quotedVersion) {
    StringBuilder out = new StringBuilder();
    String[] lines = chartYaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i].startsWith(VERSION_KEY) ? VERSION_KEY + quotedVersion : lines[i]);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The version the top-level version line of Chart.yaml names, unquoted, or null. */
  static String versionOf(String chartYaml) {
    for (String line : chartYaml.split("\n", -1)) {
      if (line.startsWith(VERSION_KEY)) {
        String value = line.substring(VERSION_KEY.length()).strip();
        return value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
            ? value.substring(1, value.length() - 1)
            : value;
      }
    }
    return null;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
