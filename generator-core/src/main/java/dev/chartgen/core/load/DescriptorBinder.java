package dev.chartgen.core.load;

import dev.chartgen.core.model.AppType;
import dev.chartgen.core.model.EnvValue;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.ModuleMetadata;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.yaml.RecordCreators;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Binds schema-valid descriptor trees to the immutable model. Runs after schema validation passed,
 * so shapes are known; unknown properties still fail here, to catch drift between schema and model
 * in tests. A descriptor that broke the schema is bound leniently, only to check it further.
 */
final class DescriptorBinder {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(
              new SimpleModule("chartgen")
                  .addDeserializer(EnvValue.class, new EnvValueDeserializer())
                  .addDeserializer(AppType.class, new AppTypeDeserializer()))
          .addModule(RecordCreators.module())
          .build();

  /** For descriptors that broke the schema: reads what it can, ignoring unknown properties. */
  private static final JsonMapper LENIENT =
      MAPPER.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private DescriptorBinder() {}

  /**
   * @throws UnreadableValue when a schema-valid value still does not fit the model (a number beyond
   *     the range of its field)
   */
  static Module module(String source, JsonNode root) {
    ModuleMetadata metadata = read(root, "metadata", ModuleMetadata.class);
    ModuleSpec spec = read(root, "spec", ModuleSpec.class);
    return new Module(source, metadata, spec);
  }

  /**
   * Binds a descriptor that broke the schema, as far as it can be read: unknown properties are
   * ignored, and a value that does not fit the model leaves nothing.
   */
  static Optional<Module> lenientModule(String source, JsonNode root) {
    try {
      ModuleMetadata metadata = LENIENT.treeToValue(root.get("metadata"), ModuleMetadata.class);
      ModuleSpec spec = LENIENT.treeToValue(root.get("spec"), ModuleSpec.class);
      if (metadata == null || metadata.name() == null || spec == null) {
        return Optional.empty();
      }
      return Optional.of(new Module(source, metadata, spec));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * @throws UnreadableValue as {@link #module}
   */
  static Platform platform(String source, JsonNode root) {
    String name = root.get("metadata").get("name").asString();
    Platform.Spec spec = read(root, "spec", Platform.Spec.class);
    return new Platform(source, name, spec);
  }

  /**
   * @throws UnreadableValue as {@link #module}
   */
  static Environment environment(String source, JsonNode root) {
    String name = root.get("metadata").get("name").asString();
    Environment.Spec spec = root.has("spec") ? read(root, "spec", Environment.Spec.class) : null;
    return new Environment(source, name, spec);
  }

  private static <T> T read(JsonNode root, String field, Class<T> type) {
    try {
      return MAPPER.treeToValue(root.get(field), type);
    } catch (JacksonException e) {
      String pointer = JsonPointer.child("", field);
      for (JacksonException.Reference reference : e.getPath()) {
        if (reference.getPropertyName() != null) {
          pointer = JsonPointer.child(pointer, reference.getPropertyName());
        } else if (reference.getIndex() >= 0) {
          pointer = JsonPointer.child(pointer, reference.getIndex());
        }
      }
      Class<?> target =
          e instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
      throw new UnreadableValue(pointer, e.getOriginalMessage(), target, e);
    }
  }

  /** A value the schema let through that the model cannot hold; located by its pointer. */
  static final class UnreadableValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final transient Class<?> target;

    /**
     * @param target the Java type the value did not fit (int, long…), or null when unknown
     */
    UnreadableValue(String pointer, String message, Class<?> target, Throwable cause) {
      super(message, cause);
      this.pointer = pointer;
      this.target = target;
    }

    String pointer() {
      return pointer;
    }

    /** What is wrong with the value, in the words of a problem line. */
    String problem(JsonNode value) {
      if (value.isIntegralNumber() && (target == int.class || target == Integer.class)) {
        return value.bigIntegerValue().signum() > 0
            ? value + " is too large: at most " + Integer.MAX_VALUE
            : value + " is too small: at least " + Integer.MIN_VALUE;
      }
      if (value.isIntegralNumber() && (target == long.class || target == Long.class)) {
        return value.bigIntegerValue().signum() > 0
            ? value + " is too large: at most " + Long.MAX_VALUE
            : value + " is too small: at least " + Long.MIN_VALUE;
      }
      return "cannot be read: " + getMessage().lines().findFirst().orElse("");
    }
  }

  /** A literal (text, number, boolean) or an object naming the value's source. */
  private static final class EnvValueDeserializer extends ValueDeserializer<EnvValue> {
    @Override
    public EnvValue deserialize(JsonParser parser, DeserializationContext context) {
      JsonNode node = context.readTree(parser);
      if (node.isObject() && node.has("when")) {
        return new EnvValue.Conditional(text(node, "when"), source(node));
      }
      return source(node);
    }

    private static EnvValue source(JsonNode node) {
      if (node.has("value")) {
        return new EnvValue.Literal(literal(node.get("value")));
      }
      if (!node.isObject()) {
        return new EnvValue.Literal(literal(node));
      }
      Boolean optional = node.has("optional") ? node.get("optional").asBoolean() : null;
      if (node.has("secret")) {
        return new EnvValue.SecretKey(text(node, "secret"), text(node, "key"), optional);
      }
      if (node.has("config")) {
        return new EnvValue.ConfigKey(text(node, "configMap"), text(node, "config"), optional);
      }
      if (node.has("serviceHost")) {
        return new EnvValue.ServiceHost(text(node, "serviceHost"));
      }
      if (node.has("fieldRef")) {
        return new EnvValue.FieldRef(text(node, "fieldRef"));
      }
      return new EnvValue.ResourceField(text(node, "resourceField"), text(node, "divisor"));
    }

    private static String literal(JsonNode node) {
      if (node.isBigDecimal()) {
        return node.decimalValue().toPlainString();
      }
      return node.isNull() ? "" : node.asString();
    }

    private static String text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? null : value.asString();
    }
  }

  private static final class AppTypeDeserializer extends ValueDeserializer<AppType> {
    @Override
    public AppType deserialize(JsonParser parser, DeserializationContext context) {
      return AppType.fromId(parser.getString());
    }
  }
}
