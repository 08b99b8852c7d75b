package dev.chartgen.core.check;

import dev.chartgen.core.model.ConfigMapSpec;
import dev.chartgen.core.model.KeyToPath;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.schema.Suggestions;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The module's own ConfigMaps ({@code spec.configMaps}) and the volumes that mount them: unique
 * names, keys in data or files but not both, what the API server would refuse (no key, over 1 MiB),
 * no secret-looking text, and every {@code ownConfigMap} reference, item key and subPath naming
 * what the ConfigMap declares.
 */
final class ConfigMapChecks {

  /**
   * The most a ConfigMap's data may hold: the API server refuses more (it adds up the values'
   * bytes).
   */
  static final int MAX_BYTES = 1024 * 1024;

  private final ModuleSpec spec;
  private final ProblemCollector collector;

  ConfigMapChecks(ModuleSpec spec, ProblemCollector collector) {
    this.spec = spec;
    this.collector = collector;
  }

  void run(boolean secretsWaived) {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < spec.configMaps().size(); i++) {
      ConfigMapSpec configMap = spec.configMaps().get(i);
      String at = "/spec/configMaps/" + i;
      Integer earlier = names.putIfAbsent(configMap.name(), i);
      if (earlier != null) {
        collector.value(
            at + "/name",
            "duplicate ConfigMap name '" + configMap.name() + "'",
            "also at /spec/configMaps/" + earlier);
      }
      for (String key : configMap.files().keySet()) {
        if (configMap.data().containsKey(key)) {
          collector.key(
              JsonPointer.child(at + "/files", key),
              "key '" + key + "' is also in data",
              "keep it in data or in files, not both");
        }
      }
      if (configMap.keys().isEmpty()) {
        collector.value(at, "the ConfigMap has no key", "add a key to data or files");
      }
      long bytes =
          configMap.content().values().stream()
              .mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length)
              .sum();
      if (bytes > MAX_BYTES) {
        collector.value(
            at,
            "the data of ConfigMap '"
                + configMap.name()
                + "' is "
                + bytes
                + " bytes: the API server refuses a ConfigMap over 1 MiB ("
                + MAX_BYTES
                + " bytes)",
            "split it into several ConfigMaps, or ship large files in the image");
      }
      if (!secretsWaived) {
        configMap
            .content()
            .forEach(
                (key, text) -> {
                  if (SecretNames.looksSecret(key, text)) {
                    String field = configMap.data().containsKey(key) ? "/data" : "/files";
                    collector.value(
                        JsonPointer.child(at + field, key),
                        "key '"
                            + key
                            + "' looks like a secret: its text must not be written into the chart",
                        "put it in a Secret given at install time and mount it with a secret"
                            + " volume");
                  }
                });
      }
    }
    for (int i = 0; i < spec.volumes().size(); i++) {
      Volume volume = spec.volumes().get(i);
      if (volume.ownConfigMap() != null) {
        mount(volume, "/spec/volumes/" + i);
      }
    }
  }

  /** An ownConfigMap volume names a declared ConfigMap; its item keys and subPath name its keys. */
  private void mount(Volume volume, String at) {
    Volume.OwnConfigSource source = volume.ownConfigMap();
    List<String> declared = spec.configMaps().stream().map(ConfigMapSpec::name).toList();
    Optional<ConfigMapSpec> target =
        spec.configMaps().stream().filter(c -> c.name().equals(source.name())).findFirst();
    if (target.isEmpty()) {
      String hint = Suggestions.didYouMean(source.name(), declared);
      collector.value(
          at + "/ownConfigMap/name",
          "no ConfigMap named '" + source.name() + "' in spec.configMaps",
          !hint.isEmpty()
              ? hint
              : declared.isEmpty()
                  ? "declare it in spec.configMaps, or mount an existing ConfigMap with configMap"
                  : "declared: " + String.join(", ", declared));
      return;
    }
    ConfigMapSpec configMap = target.get();
    for (int j = 0; j < source.items().size(); j++) {
      KeyToPath item = source.items().get(j);
      if (!configMap.keys().contains(item.key())) {
        collector.value(
            at + "/ownConfigMap/items/" + j + "/key",
            "ConfigMap '" + configMap.name() + "' has no key '" + item.key() + "'",
            keysHint(item.key(), configMap));
      }
    }
    if (volume.subPath() != null && source.items().isEmpty()) {
      String first = volume.subPath().split("/", 2)[0];
      if (!configMap.keys().contains(first)) {
        collector.value(
            at + "/subPath",
            "ConfigMap '"
                + configMap.name()
                + "' has no key '"
                + first
                + "': the mount would be an empty folder",
            keysHint(first, configMap));
      }
    }
  }

  private static String keysHint(String key, ConfigMapSpec configMap) {
    String hint = Suggestions.didYouMean(key, configMap.keys());
    return hint.isEmpty() ? "its keys: " + String.join(", ", configMap.keys()) : hint;
  }
}
