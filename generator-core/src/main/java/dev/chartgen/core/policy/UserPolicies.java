package dev.chartgen.core.policy;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.yaml.YamlDocument;
import dev.chartgen.core.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A user's folder of JSON Schema policies, read and checked before any of them is applied: each
 * file must be JSON with a {@code title} and an {@value SchemaCatalog#RULE_KEYWORD} annotation
 * naming an id, a severity, a family, a target, a message and a hint. Every mistake of every file
 * is reported at once, located ({@code file:line:column: /pointer: message}), as bad input.
 */
final class UserPolicies {

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");
  private static final Set<String> TARGETS = Set.of("object", "podSpec", "container");
  private static final List<String> TEXTS = List.of("family", "message", "hint");

  private UserPolicies() {}

  /**
   * The schemas of {@code folder} by id.
   *
   * @param displayRoot file names in messages are relative to it
   * @param taken rule ids already defined (built-in rules): a user's rule may not reuse one
   * @throws DescriptorException listing every mistake of every file
   */
  static Map<String, JsonNode> read(Path folder, Path displayRoot, Set<String> taken) {
    List<Problem> problems = new ArrayList<>();
    Map<String, JsonNode> documents = new LinkedHashMap<>();
    Map<String, String> ids = new LinkedHashMap<>();
    String shownFolder = display(folder, displayRoot);
    if (!Files.isDirectory(folder)) {
      throw new DescriptorException(
          List.of(
              Problem.at(
                  dev.chartgen.core.problem.Location.of(shownFolder),
                  "",
                  "the policy folder does not exist")));
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
    } catch (IOException e) {
      throw new OutputException("cannot read policies in " + folder + ": " + e.getMessage(), e);
    }
    for (Path file : files) {
      String shown = display(file, displayRoot);
      YamlDocument document;
      try {
        document = YamlParser.parse(shown, Files.readString(file, StandardCharsets.UTF_8));
      } catch (DescriptorException e) {
        problems.addAll(e.problems());
        continue;
      } catch (IOException e) {
        throw new OutputException("cannot read " + file + ": " + e.getMessage(), e);
      }
      int before = problems.size();
      check(document, problems);
      if (problems.size() > before) {
        continue;
      }
      String id = document.at("/" + SchemaCatalog.RULE_KEYWORD + "/id").asString();
      if (taken.contains(id) || ids.containsKey(id)) {
        problems.add(
            new Problem(
                document.locate("/" + SchemaCatalog.RULE_KEYWORD + "/id"),
                "/" + SchemaCatalog.RULE_KEYWORD + "/id",
                "rule id '"
                    + id
                    + "' is already taken by "
                    + (taken.contains(id) ? "a built-in rule" : ids.get(id)),
                "give the rule an id of its own"));
        continue;
      }
      ids.put(id, shown);
      documents.put(
          SchemaCatalog.idOf(document.root(), "policies/user/" + file.getFileName()),
          document.root());
    }
    if (!problems.isEmpty()) {
      throw new DescriptorException(problems);
    }
    return documents;
  }

  private static void check(YamlDocument document, List<Problem> problems) {
    JsonNode root = document.root();
    if (!root.isObject()) {
      problems.add(Problem.at(document.locate(""), "", "a policy must be a JSON Schema object"));
      return;
    }
    if (!root.path("title").isString()) {
      problems.add(
          new Problem(
              document.locate(""),
              "/title",
              "a policy needs a title (one line: what must hold)",
              "add \"title\": \"...\""));
    }
    String at = "/" + SchemaCatalog.RULE_KEYWORD;
    JsonNode meta = document.at(at);
    if (!meta.isObject()) {
      problems.add(
          new Problem(
              meta.isMissingNode() ? document.locate("") : document.locate(at),
              at,
              meta.isMissingNode()
                  ? "the policy has no " + SchemaCatalog.RULE_KEYWORD + " annotation"
                  : SchemaCatalog.RULE_KEYWORD + " must be an object",
              "add \""
                  + SchemaCatalog.RULE_KEYWORD
                  + "\": {\"id\": ..., \"severity\": ..., \"family\":"
                  + " ..., \"target\": ..., \"message\": ..., \"hint\": ...} (see schemas/policies)"));
      return;
    }
    JsonNode id = meta.path("id");
    if (!id.isString() || !ID.matcher(id.asString()).matches()) {
      problems.add(missingOrWrong(document, at + "/id", "a rule id such as ACME001"));
    }
    oneOf(document, at + "/severity", SEVERITIES, problems);
    oneOf(document, at + "/target", TARGETS, problems);
    for (String key : TEXTS) {
      if (!meta.path(key).isString() || meta.path(key).asString().isBlank()) {
        problems.add(missingOrWrong(document, at + "/" + key, "a text"));
      }
    }
    if (meta.has("kinds") && !allOf(meta.get("kinds"), JsonNode::isString)) {
      problems.add(missingOrWrong(document, at + "/kinds", "a list of Kubernetes kinds"));
    }
    if (meta.has("checks") && !allOf(meta.get("checks"), JsonNode::isInt)) {
      problems.add(missingOrWrong(document, at + "/checks", "a list of numbers"));
    }
  }

  private static void oneOf(
      YamlDocument document, String pointer, Set<String> allowed, List<Problem> problems) {
    JsonNode value = document.at(pointer);
    if (!value.isString() || !allowed.contains(value.asString())) {
      problems.add(
          missingOrWrong(
              document,
              pointer,
              "one of " + String.join(", ", allowed.stream().sorted().toList())));
    }
  }

  private static boolean allOf(JsonNode list, java.util.function.Predicate<JsonNode> test) {
    if (!list.isArray()) {
      return false;
    }
    for (JsonNode item : list) {
      if (!test.test(item)) {
        return false;
      }
    }
    return true;
  }

  private static Problem missingOrWrong(YamlDocument document, String pointer, String expected) {
    boolean missing = document.at(pointer).isMissingNode();
    return Problem.at(
        document.locate(pointer), pointer, (missing ? "is required: " : "must be ") + expected);
  }

  private static String display(Path file, Path displayRoot) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = displayRoot == null ? Path.of("").toAbsolutePath() : displayRoot.toAbsolutePath();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
