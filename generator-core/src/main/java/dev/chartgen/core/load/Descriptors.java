package dev.chartgen.core.load;

import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.List;
import java.util.Map;

/**
 * A loaded, valid platform: its shared settings and its modules (sorted by name).
 *
 * @param documents the parsed descriptor of every module, by source name, for locating findings
 */
public record Descriptors(
    Platform platform, List<Module> modules, Map<String, YamlDocument> documents) {

  public Descriptors {
    modules = List.copyOf(modules);
    documents = Map.copyOf(documents);
  }
}
