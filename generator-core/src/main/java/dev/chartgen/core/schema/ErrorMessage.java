package dev.chartgen.core.schema;

import com.networknt.schema.Error;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Turns one validator error into a located problem with plain words and a hint. */
final class ErrorMessage {

  private static final int MAX_LISTED = 12;

  private final SchemaCatalog catalog;
  private final YamlDocument document;
  private final Error error;
  private final String pointer;

  ErrorMessage(SchemaCatalog catalog, YamlDocument document, Error error) {
    this.catalog = catalog;
    this.document = document;
    this.error = error;
    this.pointer = error.getInstanceLocation().toString();
  }

  Problem toProblem() {
    Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
    return switch (error.getKeyword()) {
      case "additionalProperties", "unevaluatedProperties" -> unknownProperty();
      case "propertyNames" -> invalidKey();
      case "required" -> {
        String property = error.getProperty();
        yield Problem.at(
            document.locate(pointer),
            SchemaValidator.child(pointer, property),
            "required property '" + property + "' is missing");
      }
      case "dependentRequired" -> {
        // arguments: the missing property, then the present one that needs it
        String missing = arg(args, 0);
        yield Problem.at(
            document.locate(pointer),
            SchemaValidator.child(pointer, missing),
            "required property '"
                + missing
                + "' is missing (needed together with "
                + arg(args, 1)
                + ")");
      }
      case "type" -> typeProblem(arg(args, 1));
      case "enum" -> enumProblem();
      case "const" -> at("must be " + error.getSchemaNode().toString());
      case "pattern", "format" -> patternProblem();
      case "minimum" -> at(value() + " is less than the minimum " + arg(args, 0));
      case "exclusiveMinimum" -> at(value() + " must be greater than " + arg(args, 0));
      case "maximum" -> at(value() + " is greater than the maximum " + arg(args, 0));
      case "exclusiveMaximum" -> at(value() + " must be less than " + arg(args, 0));
      case "minLength" -> at("must be at least " + arg(args, 0) + " characters long");
      case "maxLength" -> at("must be at most " + arg(args, 0) + " characters long");
      case "minItems" -> at("must have at least " + arg(args, 0) + " item(s)");
      case "maxItems" -> at("must have at most " + arg(args, 0) + " item(s)");
      case "uniqueItems" -> at("items must be unique");
      case "minProperties" ->
          at(customMessage().orElse("must have at least " + arg(args, 0) + " entries"));
      case "maxProperties" ->
          at(customMessage().orElse("must have at most " + arg(args, 0) + " entries"));
      case "oneOf", "anyOf" -> unionProblem(args);
      case "not" -> at(value() + " " + customMessage().orElse("is not allowed here"));
      case "false" -> at("is not allowed");
      default -> at(error.getMessage());
    };
  }

  /**
   * One problem for an {@code anyOf} none of whose branches holds, from the error of one branch:
   * the {@code x-message} beside the {@code anyOf}, located at the value.
   */
  static Problem noAlternative(SchemaCatalog catalog, YamlDocument document, Error branch) {
    String pointer = branch.getInstanceLocation().toString();
    String location = branch.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    JsonNode root = catalog.document(hash < 0 ? location : location.substring(0, hash));
    String fragment = hash < 0 ? "" : location.substring(hash + 1);
    int anyOf = fragment.lastIndexOf("/anyOf/");
    JsonNode holder = root == null || anyOf < 0 ? null : root.at(fragment.substring(0, anyOf));
    String message =
        holder != null && holder.has(SchemaCatalog.MESSAGE_KEYWORD)
            ? holder.get(SchemaCatalog.MESSAGE_KEYWORD).asString()
            : "has none of the allowed forms";
    return Problem.at(document.locate(pointer), pointer, message);
  }

  private Problem at(String message) {
    return new Problem(document.locate(pointer), pointer, message, "");
  }

  private Problem unknownProperty() {
    String property = error.getProperty();
    String child = SchemaValidator.child(pointer, property);
    List<String> allowed = allowedProperties();
    String hint = Suggestions.didYouMean(property, allowed);
    if (hint.isEmpty() && !allowed.isEmpty() && allowed.size() <= MAX_LISTED) {
      hint = "allowed here: " + String.join(", ", allowed);
    }
    return new Problem(
        document.locateKey(child), child, "unknown property '" + property + "'", hint);
  }

  /** A key of an open map that its propertyNames schema refuses: at the key, in its words. */
  private Problem invalidKey() {
    String property = error.getProperty();
    if (property == null) {
      return at(error.getMessage());
    }
    String child = SchemaValidator.child(pointer, property);
    JsonNode parent = parentSchema();
    JsonNode names = parent == null ? null : parent.get("propertyNames");
    if (names != null && names.has("$ref")) {
      // "#/$defs/x" in this schema, or "other.schema.json#/$defs/x" beside it
      String ref = names.get("$ref").asString();
      int hash = ref.indexOf('#');
      JsonNode root =
          hash == 0
              ? schemaRoot()
              : catalog.document(SchemaCatalog.ID_PREFIX + ref.substring(0, hash));
      names = root == null ? null : root.at(ref.substring(hash + 1));
    }
    String message =
        names != null && names.has(SchemaCatalog.MESSAGE_KEYWORD)
            ? names.get(SchemaCatalog.MESSAGE_KEYWORD).asString()
            : "is not allowed as a key here";
    return Problem.at(document.locateKey(child), child, "'" + property + "' " + message);
  }

  /** A wrong type; a number or boolean where text belongs is usually a value YAML typed. */
  private Problem typeProblem(String expected) {
    JsonNode value = document.at(pointer);
    String hint =
        expected.equals("string") && (value.isNumber() || value.isBoolean())
            ? "quote it: \""
                + (value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asString())
                + "\""
            : "";
    return new Problem(
        document.locate(pointer),
        pointer,
        "expected " + article(expected) + ", found " + describe(value),
        hint);
  }

  private Problem enumProblem() {
    List<String> allowed = new ArrayList<>();
    error.getSchemaNode().forEach(n -> allowed.add(n.asString()));
    JsonNode value = document.at(pointer);
    String hint = value.isString() ? Suggestions.didYouMean(value.asString(), allowed) : "";
    return new Problem(
        document.locate(pointer),
        pointer,
        describe(document.at(pointer)) + " is not one of " + SchemaValidator.quotedList(allowed),
        hint);
  }

  private Problem patternProblem() {
    String message =
        customMessage().orElse("does not match the pattern " + error.getSchemaNode().asString());
    return at(describe(document.at(pointer)) + " " + message);
  }

  private Problem unionProblem(Object[] args) {
    boolean several = error.getKeyword().equals("oneOf") && !"0".equals(arg(args, 0));
    return at(
        customMessage()
            .orElse(
                several
                    ? "matches more than one of the allowed forms"
                    : "has none of the allowed forms"));
  }

  /** The {@code x-message} annotation next to the failing keyword, if the schema has one. */
  private java.util.Optional<String> customMessage() {
    JsonNode parent = parentSchema();
    return parent != null && parent.has("x-message")
        ? java.util.Optional.of(parent.get("x-message").asString())
        : java.util.Optional.empty();
  }

  private List<String> allowedProperties() {
    JsonNode parent = parentSchema();
    List<String> names = new ArrayList<>();
    if (parent != null && parent.has("properties")) {
      names.addAll(parent.get("properties").propertyNames());
    }
    return names;
  }

  /** The whole schema document the failing keyword is in. */
  private JsonNode schemaRoot() {
    String location = error.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    JsonNode root = catalog.document(hash < 0 ? location : location.substring(0, hash));
    return root == null ? MissingNode.getInstance() : root;
  }

  /** The schema object that holds the failing keyword. */
  private JsonNode parentSchema() {
    String location = error.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    String fragment = hash < 0 ? "" : location.substring(hash + 1);
    JsonNode root = schemaRoot();
    if (root.isMissingNode()) {
      return null;
    }
    int slash = fragment.lastIndexOf('/');
    String parentPointer = slash <= 0 ? "" : fragment.substring(0, slash);
    JsonNode parent = root.at(parentPointer);
    return parent.isMissingNode() ? null : parent;
  }

  private String value() {
    return describe(document.at(pointer));
  }

  /** A short, quoted rendering of a value for messages. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isString()) {
      String text = node.stringValue();
      return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNull()) {
      return "null";
    }
    return node.toString();
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "an object";
      case "array" -> "a list";
      case "integer" -> "an integer";
      case "string" -> "a string";
      case "boolean" -> "a boolean (true or false)";
      case "number" -> "a number";
      default -> type;
    };
  }

  private static String arg(Object[] args, int index) {
    return args.length > index && args[index] != null ? String.valueOf(args[index]) : "";
  }

  Location location() {
    return document.locate(pointer);
  }
}
