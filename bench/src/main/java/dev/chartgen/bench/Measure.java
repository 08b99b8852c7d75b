package dev.chartgen.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Supplier;

/** Wall time, CPU time of the whole process (every thread, GC included) and peak heap of a call. */
public final class Measure {

  private Measure() {}

  /**
   * One measurement.
   *
   * @param wallMillis elapsed time
   * @param cpuMillis CPU time of the process during the call (all threads)
   * @param peakHeapMiB the highest heap use seen during the call (sum of the heap pools' peaks)
   */
  public record Sample(double wallMillis, double cpuMillis, double peakHeapMiB) {
    Sample minus(Sample other) {
      return new Sample(
          Math.max(0, wallMillis - other.wallMillis),
          Math.max(0, cpuMillis - other.cpuMillis),
          peakHeapMiB);
    }
  }

  /** A result and its measurement. */
  public record Timed<T>(T value, Sample sample) {}

  /** Measures {@code work}; a full GC first, so that the peak is the call's own. */
  public static <T> Timed<T> of(Supplier<T> work) {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpu = cpu();
    long start = System.nanoTime();
    T value = work.get();
    long wall = System.nanoTime() - start;
    long cpuUsed = cpu() - cpu;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Timed<>(value, new Sample(wall / 1e6, cpuUsed / 1e6, peak / (1024.0 * 1024.0)));
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
