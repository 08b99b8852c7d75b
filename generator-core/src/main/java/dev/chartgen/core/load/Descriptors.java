package dev.chartgen.core.load;

import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.List;
import java.util.Map;

/**
 * A loaded, valid platform: its shared settings and its modules (sorted by name).
 *
 * @param documents the parsed descriptor of every module and environment file, by source name, for
 *     locating findings
 * @param environments the environment files (environments/*.yaml beside the platform file), sorted
 *     by file name
 */
public record Descriptors(
    Platform platform,
    List<Module> modules,
    Map<String, YamlDocument> documents,
    List<Environment> environments) {

  public Descriptors {
    modules = List.copyOf(modules);
    documents = Map.copyOf(documents);
    environments = List.copyOf(environments);
  }

  /** A platform without environment files. */
  public Descriptors(Platform platform, List<Module> modules, Map<String, YamlDocument> documents) {
    this(platform, modules, documents, List.of());
  }
}
