package dev.chartgen.core.model;

import java.util.Objects;

/**
 * One DIGIT module: the unit that becomes one Helm chart.
 *
 * @param source the descriptor file, as named in messages
 */
public record Module(String source, ModuleMetadata metadata, ModuleSpec spec) {

  public Module {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(spec, "spec");
  }

  public String name() {
    return metadata.name();
  }
}
