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
 * @param when a flag ({@code .Values.flags.<when>}) the variable depends on, or null
 */
public record EnvVarView(
    String name,
    String value,
    String valuesPath,
    KeyRef configMapKey,
    KeyRef secretKey,
    String fieldPath,
    String resource,
    String divisor,
    String when) {

  /** A named key of a ConfigMap or Secret. */
  public record KeyRef(String name, String key, boolean optional) {}

  /** This variable, set only where {@code flag} is on. */
  public EnvVarView when(String flag) {
    return new EnvVarView(
        name, value, valuesPath, configMapKey, secretKey, fieldPath, resource, divisor, flag);
  }

  public static EnvVarView literal(String name, String value) {
    return new EnvVarView(name, value, null, null, null, null, null, null, null);
  }

  public static EnvVarView fromValues(String name, String valuesPath) {
    return new EnvVarView(name, null, valuesPath, null, null, null, null, null, null);
  }

  public static EnvVarView configMap(String name, String configMap, String key, boolean optional) {
    return new EnvVarView(
        name, null, null, new KeyRef(configMap, key, optional), null, null, null, null, null);
  }

  public static EnvVarView secret(String name, String secret, String key, boolean optional) {
    return new EnvVarView(
        name, null, null, null, new KeyRef(secret, key, optional), null, null, null, null);
  }

  public static EnvVarView field(String name, String fieldPath) {
    return new EnvVarView(name, null, null, null, null, fieldPath, null, null, null);
  }

  public static EnvVarView resource(String name, String resource, String divisor) {
    return new EnvVarView(name, null, null, null, null, null, resource, divisor, null);
  }
}
