package dev.chartgen.core.view;

import dev.chartgen.core.model.KeyToPath;
import java.util.List;

/**
 * One pod volume; exactly one source is set.
 *
 * @param claimSuffix a PersistentVolumeClaim of the chart, named {@code <fullname>-<suffix>}
 * @param existingClaim an existing PersistentVolumeClaim
 * @param serviceAccountToken the projected, short-lived ServiceAccount token
 */
public record VolumeView(
    String name,
    EmptyDir emptyDir,
    Files configMap,
    Files secret,
    String claimSuffix,
    String existingClaim,
    HostPath hostPath,
    boolean serviceAccountToken) {

  public record EmptyDir(String medium, String sizeLimit) {}

  public record Files(String name, List<KeyToPath> items, Integer defaultMode, Boolean optional) {
    public Files {
      items = List.copyOf(items);
    }
  }

  public record HostPath(String path, String type) {}

  public static VolumeView emptyDir(String name, String medium, String sizeLimit) {
    return new VolumeView(
        name, new EmptyDir(medium, sizeLimit), null, null, null, null, null, false);
  }
}
