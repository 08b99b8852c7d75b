package dev.chartgen.core.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SemVer 2 version as Helm orders charts: major, minor, patch, then a pre-release sorts before
 * its release. Build metadata is kept but does not order.
 *
 * @param preRelease the part after {@code -}, or empty
 * @param build the part after {@code +}, or empty
 */
public record SemVer(int major, int minor, int patch, String preRelease, String build)
    implements Comparable<SemVer> {

  private static final Pattern FORMAT =
      Pattern.compile(
          "(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})"
              + "(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?");

  public SemVer {
    preRelease = preRelease == null ? "" : preRelease;
    build = build == null ? "" : build;
  }

  /** The version {@code text} stands for, or empty when it is not a SemVer version. */
  public static Optional<SemVer> parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new SemVer(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            m.group(4),
            m.group(5)));
  }

  /** The next version: the given part raised by one, lower parts reset, no pre-release. */
  public SemVer bump(Bump part) {
    return switch (part) {
      case MAJOR -> new SemVer(major + 1, 0, 0, "", "");
      case MINOR -> new SemVer(major, minor + 1, 0, "", "");
      case PATCH ->
          preRelease.isEmpty()
              ? new SemVer(major, minor, patch + 1, "", "")
              : new SemVer(major, minor, patch, "", "");
    };
  }

  @Override
  public int compareTo(SemVer other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, other.patch);
    }
    if (c == 0 && !preRelease.equals(other.preRelease)) {
      if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
        return preRelease.isEmpty() ? 1 : -1;
      }
      c = preRelease.compareTo(other.preRelease);
    }
    return c;
  }

  @Override
  public String toString() {
    return major
        + "."
        + minor
        + "."
        + patch
        + (preRelease.isEmpty() ? "" : "-" + preRelease)
        + (build.isEmpty() ? "" : "+" + build);
  }

  /** Which part of the version a change of content raises. */
  public enum Bump {
    MAJOR,
    MINOR,
    PATCH;

    /** The part named {@code text} (major, minor or patch), PATCH when null. */
    public static Bump of(String text) {
      return text == null ? PATCH : valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
