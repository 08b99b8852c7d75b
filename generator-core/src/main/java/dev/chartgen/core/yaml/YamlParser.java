package dev.chartgen.core.yaml;

import dev.chartgen.core.pointer.JsonPointer;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.text.UserText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses one YAML document (YAML 1.2 core schema) into a JSON tree, remembering where every node
 * starts. Duplicate keys are reported, not silently overwritten.
 */
public final class YamlParser {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_ALIASES = 50;

  /** Integers that YAML 1.1 (Helm, kubectl) and YAML 1.2 read differently: 0777, 0o17. */
  private static final Pattern AMBIGUOUS_INT = Pattern.compile("[-+]?0[0-9]+|0o[0-7]+");

  /** Far deeper than any descriptor; deeper input is a recursive alias or an attack. */
  static final int MAX_DEPTH = 64;

  private static final Pattern CONTEXT = Pattern.compile("while (?:parsing|scanning) an? (.+)");

  private final String source;
  private final Map<String, Location> valueLocations = new HashMap<>();
  private final Map<String, Location> keyLocations = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings;
  private final List<Problem> textProblems = new ArrayList<>();

  private YamlParser(String source, List<Problem> warnings) {
    this.source = source;
    this.warnings = warnings;
  }

  /**
   * Parses {@code content}.
   *
   * @param source the file name to use in locations and messages
   * @throws DescriptorException on a syntax error, more than one document, or duplicate keys
   */
  public static YamlDocument parse(String source, String content) {
    return new YamlParser(source, null).run(content);
  }

  /**
   * Parses {@code content} as Helm reads other people's values files: a duplicate key keeps its
   * last value, as Helm does, and is added to {@code warnings} instead of refused.
   *
   * @throws DescriptorException on a syntax error or more than one document
   */
  public static YamlDocument parseLenient(String source, String content, List<Problem> warnings) {
    return new YamlParser(source, warnings).run(content);
  }

  private YamlDocument run(String content) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(source)
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(true)
            .setAllowNonScalarKeys(true) // refused below, with their location
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setUseMarks(true)
            .build();
    Node document;
    try {
      Iterator<Node> documents = new Compose(settings).composeAllFromString(content).iterator();
      if (!documents.hasNext()) {
        throw new DescriptorException(
            List.of(Problem.at(new Location(source, 1, 1), "", "the file is empty")));
      }
      document = documents.next();
      if (documents.hasNext()) {
        Node second = documents.next();
        throw new DescriptorException(
            List.of(
                Problem.at(
                    location(second),
                    "",
                    "a descriptor file holds exactly one YAML document; split it into one file per"
                        + " document")));
      }
    } catch (MarkedYamlEngineException e) {
      throw new DescriptorException(List.of(syntaxProblem(e)));
    } catch (ReaderException e) {
      // a character YAML does not allow anywhere (NUL, C1 controls…): say where it is
      String text = new String(Character.toChars(e.getCodePoint()));
      throw new DescriptorException(
          List.of(
              new Problem(
                  at(content, e.getPosition()),
                  "",
                  "invalid YAML: "
                      + UserText.refusal(text)
                          .orElse("character not allowed in YAML")
                          .replace(" at position 1", ""),
                  UserText.hint(text))));
    } catch (YamlEngineException e) {
      throw new DescriptorException(
          List.of(Problem.at(Location.of(source), "", "invalid YAML: " + e.getMessage())));
    } catch (StackOverflowError e) {
      // the YAML library descends recursively and has no nesting limit of its own
      throw new DescriptorException(List.of(tooDeep(new Location(source, 1, 1), "")));
    }
    JsonNode root = convert(document, "", 0);
    if (!problems.isEmpty()) {
      throw new DescriptorException(problems);
    }
    return new YamlDocument(source, root, valueLocations, keyLocations, textProblems);
  }

  /** The line and column of the {@code position}-th code point of {@code content}. */
  private Location at(String content, int position) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < content.length() && seen < position; seen++) {
      int c = content.codePointAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return new Location(source, line, column);
  }

  private Problem syntaxProblem(MarkedYamlEngineException e) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    Location at =
        mark.map(m -> new Location(source, m.getLine() + 1, m.getColumn() + 1))
            .orElse(Location.of(source));
    String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
    String context = e.getContext() == null || e.getContext().isBlank() ? null : e.getContext();
    String message =
        "invalid YAML: " + (context == null ? problem : context.trim() + ", " + problem.trim());
    // the parser stops where it noticed the mistake, often lines after an unclosed [ { or quote:
    // say where that construct starts
    String hint =
        e.getContextMark()
            .filter(c -> context != null)
            .filter(c -> mark.isEmpty() || !samePlace(c, mark.get()))
            .map(
                c ->
                    subject(context)
                        + " starts at line "
                        + (c.getLine() + 1)
                        + ", column "
                        + (c.getColumn() + 1))
            .orElse("");
    return new Problem(at, "", message, hint);
  }

  private static boolean samePlace(Mark a, Mark b) {
    return a.getLine() == b.getLine() && a.getColumn() == b.getColumn();
  }

  /** "while parsing a flow sequence" becomes "the flow sequence". */
  private static String subject(String context) {
    Matcher m = CONTEXT.matcher(context.trim());
    return m.matches() ? "the " + m.group(1) : "it";
  }

  private JsonNode convert(Node node, String pointer, int depth) {
    valueLocations.put(pointer, location(node));
    if (depth > MAX_DEPTH && !(node instanceof ScalarNode)) {
      problems.add(tooDeep(location(node), pointer));
      return NODES.nullNode();
    }
    if (node instanceof MappingNode mapping) {
      return convertMapping(mapping, pointer, depth);
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), JsonPointer.child(pointer, i), depth + 1));
      }
      return array;
    }
    ScalarNode scalar = (ScalarNode) node;
    refuseCharacters(scalar.getValue(), location(node), pointer);
    if (Tag.INT.equals(scalar.getTag()) && AMBIGUOUS_INT.matcher(scalar.getValue()).matches()) {
      problems.add(
          new Problem(
              location(node),
              pointer,
              "'"
                  + scalar.getValue()
                  + "' is "
                  + yaml11(scalar.getValue())
                  + " to YAML 1.1 tools such as Helm and kubectl, and "
                  + integer(scalar.getValue())
                  + " to YAML 1.2",
              "quote it to keep the text, or write the number without leading zeros"));
    }
    return scalar(scalar);
  }

  /** The one rule for user text ({@link UserText}): a refused character is a located problem. */
  private void refuseCharacters(String text, Location at, String pointer) {
    UserText.refusal(text)
        .ifPresent(why -> textProblems.add(new Problem(at, pointer, why, UserText.hint(text))));
  }

  /** What YAML 1.1 makes of an {@link #AMBIGUOUS_INT}. */
  private static String yaml11(String text) {
    String digits = text.replaceFirst("^[-+]", "");
    if (digits.matches("0[0-7]+")) {
      BigInteger octal = new BigInteger(digits, 8);
      return "the octal number " + (text.startsWith("-") ? octal.negate() : octal);
    }
    return "text";
  }

  private static Problem tooDeep(Location location, String pointer) {
    return Problem.at(
        location,
        pointer,
        "nested more than " + MAX_DEPTH + " levels deep (is an alias inside itself?)");
  }

  private JsonNode convertMapping(MappingNode mapping, String pointer, int depth) {
    ObjectNode object = NODES.objectNode();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        problems.add(Problem.at(location(keyNode), pointer, "keys must be plain strings"));
        continue;
      }
      String key = keyScalar.getValue();
      String child = JsonPointer.child(pointer, key);
      refuseCharacters(key, location(keyNode), child);
      if (object.has(key) && warnings != null) {
        warnings.add(
            new Problem(
                location(keyNode),
                child,
                "duplicate key '" + key + "': the last value is kept, as Helm does",
                "first defined at line " + keyLocations.get(child).line()));
        keyLocations.put(child, location(keyNode));
        object.set(key, convert(tuple.getValueNode(), child, depth + 1));
        continue;
      }
      if (object.has(key)) {
        problems.add(
            new Problem(
                location(keyNode),
                child,
                "duplicate key '" + key + "'",
                "first defined at line " + keyLocations.get(child).line()));
        continue;
      }
      keyLocations.put(child, location(keyNode));
      object.set(key, convert(tuple.getValueNode(), child, depth + 1));
    }
    return object;
  }

  private static JsonNode scalar(ScalarNode node) {
    String text = node.getValue();
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return NODES.booleanNode(text.equalsIgnoreCase("true"));
    }
    if (Tag.INT.equals(tag)) {
      return integer(text);
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return NODES.numberNode(new BigDecimal(text));
      } catch (NumberFormatException e) {
        return NODES.stringNode(text); // .inf and .nan stay text
      }
    }
    return NODES.stringNode(text);
  }

  private static JsonNode integer(String text) {
    String digits = text.startsWith("+") ? text.substring(1) : text;
    BigInteger value;
    if (digits.startsWith("0x")) {
      value = new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0o")) {
      value = new BigInteger(digits.substring(2), 8);
    } else {
      value = new BigInteger(digits);
    }
    return value.bitLength() < 32
        ? NODES.numberNode(value.intValue())
        : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }

  private Location location(Node node) {
    return node.getStartMark()
        .map(m -> new Location(source, m.getLine() + 1, m.getColumn() + 1))
        .orElse(Location.of(source));
  }
}
