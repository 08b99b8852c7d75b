package dev.chartgen.core.lint;

import dev.chartgen.core.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Which apiVersions Kubernetes deprecated or removed, and when (the Kubernetes deprecation guide,
 * kept as data in dev/chartgen/kubernetes/api-lifecycle.json).
 */
public final class ApiLifecycle {

  private record Entry(
      String apiVersion, List<String> kinds, int deprecated, int removed, String replacement) {}

  private final List<Entry> entries;

  private ApiLifecycle(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static ApiLifecycle builtIn() {
    JsonNode root = SchemaCatalog.readResource("dev/chartgen/kubernetes/api-lifecycle.json");
    List<Entry> entries = new ArrayList<>();
    for (JsonNode api : root.get("apis")) {
      List<String> kinds = new ArrayList<>();
      api.get("kinds").forEach(k -> kinds.add(k.asString()));
      entries.add(
          new Entry(
              api.get("apiVersion").asString(),
              kinds,
              minor(api.get("deprecated").asString()),
              minor(api.get("removed").asString()),
              api.get("replacement").asString()));
    }
    return new ApiLifecycle(entries);
  }

  /** Why {@code apiVersion/kind} cannot be used on Kubernetes 1.{@code minor}, if it cannot. */
  public Optional<String> problem(String apiVersion, String kind, int minor) {
    for (Entry entry : entries) {
      if (!entry.apiVersion().equals(apiVersion)
          || (!entry.kinds().isEmpty() && !entry.kinds().contains(kind))) {
        continue;
      }
      if (entry.removed() > 0 && minor >= entry.removed()) {
        return Optional.of(
            apiVersion
                + " "
                + kind
                + " was removed in Kubernetes 1."
                + entry.removed()
                + "; use "
                + entry.replacement());
      }
      if (entry.deprecated() > 0 && minor >= entry.deprecated()) {
        return Optional.of(
            apiVersion
                + " "
                + kind
                + " is deprecated since Kubernetes 1."
                + entry.deprecated()
                + "; use "
                + entry.replacement());
      }
    }
    return Optional.empty();
  }

  /** The minor number of "1.25", or 0 for "". */
  static int minor(String version) {
    if (version.isEmpty()) {
      return 0;
    }
    String[] parts = version.split("\\.");
    return Integer.parseInt(parts[1]);
  }
}
