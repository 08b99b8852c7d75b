package dev.chartgen.core.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Kubernetes versions chartgen checks charts against. */
public final class KubeVersions {

  /**
   * The newest minor both the embedded Helm (3.21, client-go 0.35) and the client models
   * (client-java 27, Kubernetes 1.35) know.
   */
  public static final int NEWEST_MINOR = 35;

  /** How many minors the default window spans. */
  public static final int WINDOW = 5;

  private KubeVersions() {}

  private static final Pattern VERSION =
      Pattern.compile("v?1\\.(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*))?");

  private static final Comparator<List<Integer>> NEWEST_FIRST =
      Comparator.<List<Integer>, Integer>comparing(v -> v.get(0))
          .thenComparing(v -> v.get(1))
          .reversed();

  /**
   * The versions a user asked for, as Helm takes them: trimmed, without a leading v, with a patch
   * (1.33 is 1.33.0), newest first, each once; blank entries are ignored.
   *
   * @return the versions, or the default window when none is given
   * @throws IllegalArgumentException naming every entry that is not a Kubernetes 1.x version
   *     chartgen knows
   */
  public static List<String> parse(List<String> given) {
    TreeMap<List<Integer>, String> versions = new TreeMap<>(NEWEST_FIRST);
    List<String> wrong = new ArrayList<>();
    for (String entry : given == null ? List.<String>of() : given) {
      String text = entry == null ? "" : entry.strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = VERSION.matcher(text);
      if (!m.matches()) {
        wrong.add("'" + text + "' is not a Kubernetes version such as 1.33 or 1.33.2");
        continue;
      }
      int minor = Integer.parseInt(m.group(1));
      int patch = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (minor > NEWEST_MINOR) {
        wrong.add(
            "'"
                + text
                + "' is newer than the embedded Helm and Kubernetes models know (1."
                + NEWEST_MINOR
                + ")");
        continue;
      }
      versions.put(List.of(minor, patch), "1." + minor + "." + patch);
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException("kubeVersions: " + String.join("; ", wrong));
    }
    return versions.isEmpty() ? defaultWindow() : List.copyOf(versions.values());
  }

  /** The five newest supported minors, newest first: 1.35.0 … 1.31.0. */
  public static List<String> defaultWindow() {
    List<String> versions = new ArrayList<>();
    for (int minor = NEWEST_MINOR; minor > NEWEST_MINOR - WINDOW; minor--) {
      versions.add("1." + minor + ".0");
    }
    return versions;
  }
}
