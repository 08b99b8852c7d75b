package dev.chartgen.core.quantity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes quantities and JVM memory options as numbers, for comparisons. */
public final class Quantities {

  private static final Pattern QUANTITY =
      Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$");
  private static final Pattern XMX = Pattern.compile("-Xmx([0-9]+)([kKmMgGtT]?)(?:\\s|$)");
  private static final Map<String, BigDecimal> SUFFIX =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("m", new BigDecimal("0.001")),
          Map.entry("k", BigDecimal.valueOf(1000L)),
          Map.entry("M", BigDecimal.valueOf(1000L * 1000)),
          Map.entry("G", BigDecimal.valueOf(1000L * 1000 * 1000)),
          Map.entry("T", BigDecimal.valueOf(1000L * 1000 * 1000 * 1000)),
          Map.entry("P", BigDecimal.valueOf(1000L * 1000 * 1000 * 1000 * 1000)),
          Map.entry("E", BigDecimal.valueOf(1000L * 1000 * 1000 * 1000 * 1000 * 1000)),
          Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
          Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
          Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
          Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
          Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
          Map.entry("Ei", BigDecimal.valueOf(1L << 60)));

  private Quantities() {}

  /** The quantity as a number (bytes, cores), or empty if it is not a valid quantity. */
  public static Optional<BigDecimal> parse(String quantity) {
    if (quantity == null) {
      return Optional.empty();
    }
    Matcher m = QUANTITY.matcher(quantity);
    if (!m.matches()) {
      return Optional.empty();
    }
    String suffix = m.group(2) == null ? "" : m.group(2);
    return Optional.of(new BigDecimal(m.group(1)).multiply(SUFFIX.get(suffix)));
  }

  /** The maximum heap of JVM options ({@code -Xmx512m}) in bytes, if set; the last one wins. */
  public static Optional<BigDecimal> maxHeap(String jvmOptions) {
    if (jvmOptions == null) {
      return Optional.empty();
    }
    Matcher m = XMX.matcher(jvmOptions);
    String digits = null;
    String suffix = null;
    while (m.find()) { // the JVM takes the last -Xmx
      digits = m.group(1);
      suffix = m.group(2);
    }
    if (digits == null) {
      return Optional.empty();
    }
    long unit =
        switch (suffix.toLowerCase(java.util.Locale.ROOT)) {
          case "k" -> 1L << 10;
          case "m" -> 1L << 20;
          case "g" -> 1L << 30;
          case "t" -> 1L << 40;
          default -> 1L;
        };
    return Optional.of(new BigDecimal(digits).multiply(BigDecimal.valueOf(unit)));
  }
}
