package dev.chartgen.core.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import.
 *
 * @param from a DIGIT-DevOps {@code deploy-as-code/helm} folder (charts, environments, release
 *     files, cluster-configs)
 * @param environment the environment whose file ({@code environments/<name>.yaml}) is imported
 * @param to the new project's folder: must not exist or be empty
 * @param pluginVersion the chartgen plugin version the new project's pom.xml uses
 */
public record ImportRequest(Path from, String environment, Path to, String pluginVersion) {

  public ImportRequest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(pluginVersion, "pluginVersion");
  }
}
