package dev.chartgen.core.model;

/**
 * DIGIT's Java Spring Boot conventions.
 *
 * @param heap JVM options, passed as JAVA_OPTS (e.g. "-Xmx256m -Xms256m")
 * @param args application arguments, passed as JAVA_ARGS
 * @param debug JAVA_ENABLE_DEBUG (default false)
 * @param tracing whether to add the Jaeger tracing env set (default true)
 * @param datasourceUrlKey the key of the shared ConfigMap holding the JDBC URL (default db-url)
 */
public record JavaSettings(
    String heap, String args, Boolean debug, Boolean tracing, String datasourceUrlKey) {

  public static final JavaSettings DEFAULTS = new JavaSettings(null, null, null, null, null);

  public JavaSettings {
    heap = Lists.orEmpty(heap);
    args = Lists.orEmpty(args);
  }

  public boolean debugEnabled() {
    return Boolean.TRUE.equals(debug);
  }

  public boolean tracingEnabled() {
    return tracing == null || tracing;
  }

  public String datasourceUrlKeyOrDefault() {
    return datasourceUrlKey == null ? "db-url" : datasourceUrlKey;
  }
}
