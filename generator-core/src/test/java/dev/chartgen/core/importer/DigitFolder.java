package dev.chartgen.core.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A made-up DIGIT helm folder for importer tests: an environment and charts on DIGIT's common. */
final class DigitFolder {

  private DigitFolder() {}

  /** A helm folder under {@code temp} with the environment {@code dev} and no charts yet. */
  static Path create(Path temp) throws IOException {
    Path from = temp.resolve("helm");
    write(from.resolve("environments/dev.yaml"), "global:\n  domain: shop.example.org\n");
    return from;
  }

  /** Adds the chart {@code name} (depending on common) with {@code values}; returns its folder. */
  static Path chart(Path from, String name, String values) throws IOException {
    Path dir = from.resolve("charts/core-services").resolve(name);
    write(
        dir.resolve("Chart.yaml"),
        "apiVersion: v2\nname: " + name + "\nversion: 0.1.0\ndependencies:\n- name: common\n");
    write(dir.resolve("values.yaml"), values);
    return dir;
  }

  /** Writes {@code text} to {@code file}, creating its folders. */
  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
