package dev.chartgen.core.verify;

import java.util.Map;
import java.util.Objects;

/**
 * One Kubernetes object rendered by Helm.
 *
 * @param source the template it came from, e.g. egov-user/templates/deployment.yaml
 * @param content the object as plain JSON-like Java values (maps, lists, strings, numbers…)
 */
public record RenderedObject(String source, Map<String, Object> content) {

  public RenderedObject {
    Objects.requireNonNull(source, "source");
    content = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(content));
  }

  public String apiVersion() {
    return text("apiVersion");
  }

  public String kind() {
    return text("kind");
  }

  public String name() {
    return metadata("name");
  }

  public String namespace() {
    return metadata("namespace");
  }

  /** kind/name, e.g. Deployment/egov-user. */
  public String id() {
    return kind() + "/" + name();
  }

  private String text(String key) {
    Object value = content.get(key);
    return value == null ? "" : value.toString();
  }

  private String metadata(String key) {
    Object metadata = content.get("metadata");
    if (metadata instanceof Map<?, ?> map && map.get(key) != null) {
      return map.get(key).toString();
    }
    return "";
  }
}
