package dev.chartgen.core.model;

/** Where an environment variable's value comes from. */
public sealed interface EnvValue {

  /** A literal value (numbers and booleans are written as text). */
  record Literal(String value) implements EnvValue {}

  /**
   * A key of a shared ConfigMap.
   *
   * @param configMap the ConfigMap; null for the platform's shared one ({@code egov-config})
   */
  record ConfigKey(String configMap, String key, Boolean optional) implements EnvValue {}

  /** A key of a Secret. The value never appears in the chart. */
  record SecretKey(String secret, String key, Boolean optional) implements EnvValue {}

  /** The base URL of another module of the platform, e.g. {@code http://egov-user.egov:8080/}. */
  record ServiceHost(String module) implements EnvValue {}

  /** A field of the pod, e.g. {@code status.hostIP} or {@code metadata.namespace}. */
  record FieldRef(String fieldPath) implements EnvValue {}

  /** A resource limit or request of the container, e.g. {@code limits.memory}. */
  record ResourceField(String resource, String divisor) implements EnvValue {}

  /**
   * A variable set only in environments where a flag is on ({@code when: <flag>}).
   *
   * @param flag the flag's name, as environment files define it
   * @param value where the value comes from when the flag is on (never another Conditional)
   */
  record Conditional(String flag, EnvValue value) implements EnvValue {}

  /** The value's source, whether or not it is conditional. */
  default EnvValue source() {
    return this instanceof Conditional conditional ? conditional.value() : this;
  }

  /** The flag this variable depends on, or null. */
  default String flag() {
    return this instanceof Conditional conditional ? conditional.flag() : null;
  }
}
