package dev.chartgen.core.model;

import java.util.List;

/**
 * A pod volume, mounted into the main container when {@code mountPath} is set. Exactly one source
 * is set.
 */
public record Volume(
    String name,
    String mountPath,
    String subPath,
    Boolean readOnly,
    EmptyDir emptyDir,
    ConfigSource configMap,
    OwnConfigSource ownConfigMap,
    ConfigSource secret,
    Claim persistentVolumeClaim,
    HostPath hostPath) {

  /** A scratch folder that lives as long as the pod. */
  public record EmptyDir(String medium, String sizeLimit) {}

  /** Files from a ConfigMap or Secret that exists in the namespace. */
  public record ConfigSource(
      String name, List<KeyToPath> items, Integer defaultMode, Boolean optional) {
    public ConfigSource {
      items = Lists.copy(items);
    }
  }

  /**
   * Files from one of the module's own ConfigMaps ({@code spec.configMaps}), which the chart
   * creates.
   *
   * @param name the ConfigMap's name in {@code spec.configMaps}
   */
  public record OwnConfigSource(String name, List<KeyToPath> items, Integer defaultMode) {
    public OwnConfigSource {
      items = Lists.copy(items);
    }
  }

  /**
   * A PersistentVolumeClaim: created by the chart ({@code size}…) or an existing one.
   *
   * @param keep keep the claim on {@code helm uninstall} (default true: data is never lost by
   *     accident)
   * @param disk a disk that exists already, which the claim is bound to through a PersistentVolume
   *     the chart creates, or null
   */
  public record Claim(
      String size,
      List<String> accessModes,
      String storageClass,
      String existingClaim,
      Boolean keep,
      Disk disk) {
    public Claim {
      accessModes = Lists.copy(accessModes);
    }

    /** The same claim on {@code disk}. */
    public Claim withDisk(Disk disk) {
      return new Claim(size, accessModes, storageClass, existingClaim, keep, disk);
    }

    public boolean keepOnUninstall() {
      return keep == null || keep;
    }
  }

  /**
   * A disk that exists already (a cloud disk made by hand or by infrastructure code), reached
   * through its CSI driver.
   *
   * @param driver the CSI driver, e.g. ebs.csi.aws.com
   * @param volumeHandle the disk's ID as the driver knows it
   * @param fsType its filesystem; default ext4
   * @param zone the zone it can be attached in, or null
   */
  public record Disk(String driver, String volumeHandle, String fsType, String zone) {

    /** The filesystem, ext4 unless set. */
    public String filesystem() {
      return fsType == null ? "ext4" : fsType;
    }

    /** The same disk with another ID or zone (an environment's); null keeps the current one. */
    public Disk with(String handle, String inZone) {
      return new Disk(
          driver, handle != null ? handle : volumeHandle, fsType, inZone != null ? inZone : zone);
    }
  }

  /** The same volume with this claim. */
  public Volume withClaim(Claim claim) {
    return new Volume(
        name,
        mountPath,
        subPath,
        readOnly,
        emptyDir,
        configMap,
        ownConfigMap,
        secret,
        claim,
        hostPath);
  }

  /**
   * A folder of the node. Only with a written reason: it breaks pod isolation.
   *
   * @param type DirectoryOrCreate, Directory, File…; default Directory
   * @param reason why the module needs it; shown in the chart README and the lint report
   */
  public record HostPath(String path, String type, String reason) {}

  /** Whether the main container sees this volume read-only. HostPath is read-only by default. */
  public boolean mountedReadOnly() {
    if (readOnly != null) {
      return readOnly;
    }
    return hostPath != null || configMap != null || ownConfigMap != null || secret != null;
  }
}
