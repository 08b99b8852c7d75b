package dev.chartgen.core.lint;

import java.util.ArrayList;
import java.util.List;

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

  /** The five newest supported minors, newest first: 1.35.0 … 1.31.0. */
  public static List<String> defaultWindow() {
    List<String> versions = new ArrayList<>();
    for (int minor = NEWEST_MINOR; minor > NEWEST_MINOR - WINDOW; minor--) {
      versions.add("1." + minor + ".0");
    }
    return versions;
  }
}
