package dev.chartgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the {@code ROW} lines of every run in a folder ({@link ScaleBench}'s output) and prints one
 * Markdown table per platform size: the median of each stage for each label (e.g. before and
 * after), and the ratio of the second label to the first.
 *
 * <p>Arguments: {@code <folder of run outputs> <first label> <second label>}.
 */
public final class Summary {

  private Summary() {}

  /** Prints the summary; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    String before = args[1];
    String after = args[2];
    // size -> stage -> label -> samples (wall, cpu, heap)
    Map<Integer, Map<String, Map<String, List<double[]>>>> runs = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.startsWith("ROW\t")) {
            continue;
          }
          String[] f = line.split("\t");
          runs.computeIfAbsent(Integer.parseInt(f[2]), k -> new LinkedHashMap<>())
              .computeIfAbsent(f[3], k -> new LinkedHashMap<>())
              .computeIfAbsent(f[1], k -> new ArrayList<>())
              .add(
                  new double[] {
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])
                  });
        }
      }
    }
    runs.forEach(
        (size, stages) -> {
          System.out.printf(Locale.ROOT, "%n### %,d modules%n%n", size);
          System.out.printf(
              "| stage | %1$s wall ms | %2$s wall ms | wall %2$s/%1$s | %1$s CPU ms | %2$s CPU ms"
                  + " | CPU %2$s/%1$s | %1$s peak heap MiB | %2$s peak heap MiB |%n",
              before, after);
          System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
          stages.forEach(
              (stage, labels) -> {
                double[] b = median(labels.get(before));
                double[] a = median(labels.get(after));
                System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    stage,
                    num(b, 0, "%.0f"),
                    num(a, 0, "%.0f"),
                    ratio(b, a, 0),
                    num(b, 1, "%.0f"),
                    num(a, 1, "%.0f"),
                    ratio(b, a, 1),
                    num(b, 2, "%.0f"),
                    num(a, 2, "%.0f"));
              });
        });
  }

  private static String ratio(double[] before, double[] after, int index) {
    return before == null || after == null || before[index] == 0
        ? "-"
        : String.format(Locale.ROOT, "%.3f", after[index] / before[index]);
  }

  private static String num(double[] values, int index, String format) {
    return values == null ? "-" : String.format(Locale.ROOT, format, values[index]);
  }

  /** The median of each column, or null when there are no samples. */
  private static double[] median(List<double[]> samples) {
    if (samples == null || samples.isEmpty()) {
      return null;
    }
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      int column = i;
      List<Double> sorted =
          samples.stream().map(s -> s[column]).sorted(Comparator.naturalOrder()).toList();
      int n = sorted.size();
      out[i] = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
    return out;
  }
}
