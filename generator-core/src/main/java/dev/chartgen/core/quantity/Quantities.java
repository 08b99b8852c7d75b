package dev.chartgen.core.quantity;

import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes quantities and JVM memory options as numbers, for comparisons. */
public final class Quantities {

  private static final Pattern XMX = Pattern.compile("-Xmx([0-9]+)([kKmMgGtT]?)(?:\\s|$)");

  private Quantities() {}

  /**
   * The quantity as a number (bytes, cores), or empty if it is not a valid quantity: parsed by
   * client-java's {@link Quantity}, as Kubernetes parses it ({@code 1e3}, {@code 500u}, {@code .5}
   * included); negative quantities are not resource amounts and count as invalid.
   */
  public static Optional<BigDecimal> parse(String quantity) {
    if (quantity == null || quantity.isBlank() || !quantity.strip().equals(quantity)) {
      return Optional.empty();
    }
    try {
      BigDecimal number = new Quantity(quantity).getNumber();
      return number.signum() < 0 ? Optional.empty() : Optional.of(number);
    } catch (RuntimeException e) { // QuantityFormatException, NumberFormatException
      return Optional.empty();
    }
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
