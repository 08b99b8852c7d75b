package dev.chartgen.core.view;

import dev.chartgen.core.model.KeyToPath;
import java.util.List;

/**
 * One pod volume: its {@link Kind} says which source field is set; the others are null.
 *
 * @param ownConfigMap a ConfigMap of the chart, named {@code <fullname>-<name>} ({@code name} of
 *     the Files is the suffix)
 * @param claimSuffix a PersistentVolumeClaim of the chart, named {@code <fullname>-<suffix>}
 * @param existingClaim an existing PersistentVolumeClaim
 * @param token the projected, short-lived ServiceAccount token
 */
public record VolumeView(
    String name,
    Kind kind,
    EmptyDir emptyDir,
    Files configMap,
    Files ownConfigMap,
    Files secret,
    String claimSuffix,
    String existingClaim,
    HostPath hostPath,
    TokenProjection token) {

  /** The source of a volume; templates {@code <#switch>} on it. */
  public enum Kind {
    EMPTY_DIR,
    CONFIG_MAP,
    OWN_CONFIG_MAP,
    SECRET,
    CHART_CLAIM,
    EXISTING_CLAIM,
    HOST_PATH,
    SERVICE_ACCOUNT_TOKEN
  }

  /**
   * An emptyDir; {@code medium} and {@code sizeLimit} are null when not set.
   *
   * @param plain neither medium nor size limit is set: written as {@code emptyDir: {}}
   */
  public record EmptyDir(String medium, String sizeLimit, boolean plain) {

    /** An emptyDir with the given options; an empty medium is the default medium. */
    public static EmptyDir of(String medium, String sizeLimit) {
      String m = medium == null || medium.isEmpty() ? null : medium;
      return new EmptyDir(m, sizeLimit, m == null && sizeLimit == null);
    }
  }

  public record Files(String name, List<KeyToPath> items, Integer defaultMode, Boolean optional) {
    public Files {
      items = List.copyOf(items);
    }
  }

  public record HostPath(String path, String type) {}

  /** The projected ServiceAccount token: how long a token lives before the kubelet renews it. */
  public record TokenProjection(int expirationSeconds) {}

  public static VolumeView emptyDirVolume(String name, String medium, String sizeLimit) {
    return new VolumeView(
        name,
        Kind.EMPTY_DIR,
        EmptyDir.of(medium, sizeLimit),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static VolumeView configMapVolume(String name, Files files) {
    return new VolumeView(name, Kind.CONFIG_MAP, null, files, null, null, null, null, null, null);
  }

  /** One of the chart's own ConfigMaps; {@code files.name()} is its name suffix. */
  public static VolumeView ownConfigMapVolume(String name, Files files) {
    return new VolumeView(
        name, Kind.OWN_CONFIG_MAP, null, null, files, null, null, null, null, null);
  }

  public static VolumeView secretVolume(String name, Files files) {
    return new VolumeView(name, Kind.SECRET, null, null, null, files, null, null, null, null);
  }

  /** A claim of the chart itself, named {@code <fullname>-<suffix>}. */
  public static VolumeView chartClaimVolume(String name, String suffix) {
    return new VolumeView(name, Kind.CHART_CLAIM, null, null, null, null, suffix, null, null, null);
  }

  public static VolumeView existingClaimVolume(String name, String claim) {
    return new VolumeView(
        name, Kind.EXISTING_CLAIM, null, null, null, null, null, claim, null, null);
  }

  public static VolumeView hostPathVolume(String name, HostPath hostPath) {
    return new VolumeView(name, Kind.HOST_PATH, null, null, null, null, null, null, hostPath, null);
  }

  public static VolumeView serviceAccountTokenVolume(String name, int expirationSeconds) {
    return new VolumeView(
        name,
        Kind.SERVICE_ACCOUNT_TOKEN,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new TokenProjection(expirationSeconds));
  }
}
