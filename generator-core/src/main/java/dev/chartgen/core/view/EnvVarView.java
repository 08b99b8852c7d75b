package dev.chartgen.core.view;

/**
 * One environment variable: its {@link Kind} says which source field is set; the others are null.
 *
 * @param kind where the value comes from
 * @param value a literal ({@link Kind#LITERAL})
 * @param valuesPath a Helm values path whose value is quoted in, e.g. {@code .Values.java.heap}
 *     ({@link Kind#VALUES})
 * @param configMapKey a key of a ConfigMap ({@link Kind#CONFIG_MAP_KEY})
 * @param secretKey a key of a Secret ({@link Kind#SECRET_KEY})
 * @param fieldPath a pod field ({@link Kind#FIELD})
 * @param resource a container resource, with {@code divisor} ({@link Kind#RESOURCE_FIELD})
 * @param when a flag ({@code .Values.flags.<when>}) the variable depends on, or null
 */
public record EnvVarView(
    String name,
    Kind kind,
    String value,
    String valuesPath,
    KeyRef configMapKey,
    KeyRef secretKey,
    String fieldPath,
    String resource,
    String divisor,
    String when) {

  /** Where an environment variable's value comes from; templates {@code <#switch>} on it. */
  public enum Kind {
    LITERAL,
    VALUES,
    CONFIG_MAP_KEY,
    SECRET_KEY,
    FIELD,
    RESOURCE_FIELD
  }

  /** A named key of a ConfigMap or Secret. */
  public record KeyRef(String name, String key, boolean optional) {}

  /** This variable, set only where {@code flag} is on. */
  public EnvVarView when(String flag) {
    return new EnvVarView(
        name, kind, value, valuesPath, configMapKey, secretKey, fieldPath, resource, divisor, flag);
  }

  public static EnvVarView literal(String name, String value) {
    return new EnvVarView(name, Kind.LITERAL, value, null, null, null, null, null, null, null);
  }

  public static EnvVarView fromValues(String name, String valuesPath) {
    return new EnvVarView(name, Kind.VALUES, null, valuesPath, null, null, null, null, null, null);
  }

  public static EnvVarView configMap(String name, String configMap, String key, boolean optional) {
    return new EnvVarView(
        name,
        Kind.CONFIG_MAP_KEY,
        null,
        null,
        new KeyRef(configMap, key, optional),
        null,
        null,
        null,
        null,
        null);
  }

  public static EnvVarView secret(String name, String secret, String key, boolean optional) {
    return new EnvVarView(
        name,
        Kind.SECRET_KEY,
        null,
        null,
        null,
        new KeyRef(secret, key, optional),
        null,
        null,
        null,
        null);
  }

  public static EnvVarView field(String name, String fieldPath) {
    return new EnvVarView(name, Kind.FIELD, null, null, null, null, fieldPath, null, null, null);
  }

  public static EnvVarView resourceField(String name, String resource, String divisor) {
    return new EnvVarView(
        name, Kind.RESOURCE_FIELD, null, null, null, null, null, resource, divisor, null);
  }
}
