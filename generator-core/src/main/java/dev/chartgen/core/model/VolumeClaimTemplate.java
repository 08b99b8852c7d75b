package dev.chartgen.core.model;

import java.util.List;

/** A StatefulSet claim per pod, mounted at {@code mountPath} in the main container. */
public record VolumeClaimTemplate(
    String name, String size, List<String> accessModes, String storageClass, String mountPath) {

  public VolumeClaimTemplate {
    accessModes = Lists.copy(accessModes);
  }
}
