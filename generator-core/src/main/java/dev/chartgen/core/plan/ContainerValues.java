package dev.chartgen.core.plan;

import dev.chartgen.core.model.Resources;
import java.util.List;

/**
 * The values block of one container: where it lives in values.yaml, its image and resources.
 *
 * @param path keys below {@code .Values}; empty for the main container
 */
record ContainerValues(
    List<String> path, String container, ResolvedImage image, Resources resources) {

  ContainerValues {
    path = List.copyOf(path);
  }

  /** The Helm expression of the block, e.g. {@code .Values.dbMigration}. */
  String helmPath() {
    return path.isEmpty() ? ".Values" : ".Values." + String.join(".", path);
  }

  /** camelCase of a DNS label, for values keys: gateway-kubernetes-discovery → gatewayKube… */
  static String key(String name) {
    StringBuilder key = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }
}
