package dev.chartgen.core.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CIDR blocks as Kubernetes parses them (Go's net.ParseCIDR): IPv4 or IPv6, with a prefix. */
final class Cidrs {

  private static final Pattern IPV4 =
      Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})/([0-9]{1,3})");
  private static final Pattern IPV6 = Pattern.compile("([0-9a-fA-F:.]+)/([0-9]{1,3})");
  private static final Pattern IPV4_TAIL =
      Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
  private static final Pattern GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

  private Cidrs() {}

  /** What is wrong with {@code cidr}, or empty when Kubernetes accepts it. */
  static Optional<String> problem(String cidr) {
    Matcher v4 = IPV4.matcher(cidr);
    if (v4.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (!octet(v4.group(i))) {
          return Optional.of(
              "'" + cidr + "' is not a CIDR block: " + v4.group(i) + " is not between 0 and 255");
        }
      }
      return prefix(cidr, v4.group(5), 32);
    }
    Matcher v6 = IPV6.matcher(cidr);
    if (v6.matches() && cidr.contains(":") && ipv6(v6.group(1))) {
      return prefix(cidr, v6.group(2), 128);
    }
    return Optional.of("'" + cidr + "' is not a CIDR block such as 10.0.0.0/8 or fd00::/8");
  }

  private static boolean octet(String text) {
    return Integer.parseInt(text) <= 255 && (text.length() == 1 || !text.startsWith("0"));
  }

  private static Optional<String> prefix(String cidr, String bits, int max) {
    if (Integer.parseInt(bits) > max || (bits.length() > 1 && bits.startsWith("0"))) {
      return Optional.of("'" + cidr + "' is not a CIDR block: the prefix length is at most " + max);
    }
    return Optional.empty();
  }

  /** Eight groups of up to four hex digits, "::" once for a run of zero groups. */
  private static boolean ipv6(String address) {
    int gap = address.indexOf("::");
    if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String[] parts =
        gap < 0
            ? address.split(":", -1)
            : (address.substring(0, gap) + ":" + address.substring(gap + 2)).split(":", -1);
    int groups = 0;
    String last = parts[parts.length - 1];
    if (last.contains(".")) { // an IPv4 tail, as in ::ffff:10.0.0.0 (IPv4-mapped)
      Matcher v4 = IPV4_TAIL.matcher(last);
      if (!v4.matches()) {
        return false;
      }
      for (int i = 1; i <= 4; i++) {
        if (!octet(v4.group(i))) {
          return false;
        }
      }
      parts = java.util.Arrays.copyOf(parts, parts.length - 1);
      groups = 2;
    }
    for (String part : parts) {
      if (part.isEmpty() && gap >= 0) {
        continue;
      }
      if (!GROUP.matcher(part).matches()) {
        return false;
      }
      groups++;
    }
    return gap < 0 ? groups == 8 : groups < 8;
  }
}
