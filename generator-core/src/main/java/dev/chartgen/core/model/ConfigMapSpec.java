package dev.chartgen.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ConfigMap of the module's own: the chart creates it as {@code <fullname>-<name>}, with its data
 * in values.yaml (so an environment can change it).
 *
 * @param data keys and their text, as written in the descriptor
 * @param files keys whose text is read from a file, by path relative to the descriptor's folder
 * @param fileData the text of each key of {@code files}, once the loader has read the files; empty
 *     before
 */
public record ConfigMapSpec(
    String name,
    Map<String, String> data,
    Map<String, String> files,
    Map<String, String> fileData) {

  public ConfigMapSpec {
    data = Lists.copy(data);
    files = Lists.copy(files);
    fileData = Lists.copy(fileData);
  }

  /** The same ConfigMap with the text read from its files. */
  public ConfigMapSpec withFileData(Map<String, String> read) {
    return new ConfigMapSpec(name, data, files, read);
  }

  /** The same ConfigMap with these keys' text replaced (an environment's overrides). */
  public ConfigMapSpec withText(Map<String, String> replaced) {
    Map<String, String> d = new java.util.LinkedHashMap<>(data);
    Map<String, String> f = new java.util.LinkedHashMap<>(fileData);
    replaced.forEach(
        (key, text) -> {
          if (d.containsKey(key)) {
            d.put(key, text);
          } else if (f.containsKey(key) || files.containsKey(key)) {
            f.put(key, text);
          }
        });
    return new ConfigMapSpec(name, d, files, f);
  }

  /** Every key the ConfigMap declares, in data or files. */
  public java.util.Set<String> keys() {
    java.util.Set<String> keys = new java.util.TreeSet<>(data.keySet());
    keys.addAll(files.keySet());
    return keys;
  }

  /** The ConfigMap's data: the written keys and the files' text, sorted by key. */
  public Map<String, String> content() {
    Map<String, String> content = new TreeMap<>(fileData);
    content.putAll(data);
    return Collections.unmodifiableMap(content);
  }
}
