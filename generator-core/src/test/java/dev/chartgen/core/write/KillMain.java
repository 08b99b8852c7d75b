package dev.chartgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The write a {@link KillTest} kills: {@code KillMain <files> <output> <k>} writes the files listed
 * in {@code <files>} into {@code <output>} with the real, syncing file system; before operation
 * {@code k} (0: none) it prints {@code PAUSED k} and waits to be killed.
 */
public final class KillMain {

  private KillMain() {}

  /** Runs the write; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Map<String, String> files = read(Path.of(args[0]));
    Path output = Path.of(args[1]);
    int pauseAt = Integer.parseInt(args[2]);
    CountingFileOps ops =
        new CountingFileOps(true) {
          @Override
          void before(int k, String operation) {
            if (k == pauseAt) {
              System.out.println("PAUSED " + k + " " + operation);
              System.out.flush();
              while (true) {
                try {
                  Thread.sleep(60_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            }
          }
        };
    System.out.println("START");
    System.out.flush();
    new OutputWriter(output, ops).write(files);
    System.out.println("DONE " + ops.trace().size());
  }

  /** Files as {@code path NUL content NUL ...}. */
  static void write(Path file, Map<String, String> files) throws IOException {
    StringBuilder text = new StringBuilder();
    files.forEach((path, content) -> text.append(path).append('\0').append(content).append('\0'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static Map<String, String> read(Path file) throws IOException {
    String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("\0", -1);
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i + 1 < parts.length; i += 2) {
      files.put(parts[i], parts[i + 1]);
    }
    return files;
  }
}
