package dev.chartgen.core.view;

/**
 * One environment variable; exactly one source field is set.
 *
 * @param value a literal
 * @param valuesPath a Helm values path whose value is quoted in, e.g. {@code .Values.java.heap}
 * @param configMapKey a key of a ConfigMap
 * @param secretKey a key of a Secret
 * @param fieldPath a pod field
 * @param resource a container resource, with {@code divisor}
 */
public record EnvVarView(
    String name,
    String value,
    String valuesPath,
    KeyRef configMapKey,
    KeyRef secretKey,
    String fieldPath,
    String resource,
    String divisor) {

  /** A named key of a ConfigMap or Secret. */
  public record KeyRef(String name, String key, boolean optional) {}

  public static EnvVarView literal(String name, String value) {
    return new EnvVarView(name, value, null, null, null, null, null, null);
  }

  public static EnvVarView fromValues(String name, String valuesPath) {
    return new EnvVarView(name, null, valuesPath, null, null, null, null, null);
  }

  public static EnvVarView configMap(String name, String configMap, String key, boolean optional) {
    return new EnvVarView(
        name, null, null, new KeyRef(configMap, key, optional), null, null, null, null);
  }

  public static EnvVarView secret(String name, String secret, String key, boolean optional) {
    return new EnvVarView(
        name, null, null, null, new KeyRef(secret, key, optional), null, null, null);
  }

  public static EnvVarView field(String name, String fieldPath) {
    return new EnvVarView(name, null, null, null, null, fieldPath, null, null);
  }

  public static EnvVarView resource(String name, String resource, String divisor) {
    return new EnvVarView(name, null, null, null, null, null, resource, divisor);
  }
}
