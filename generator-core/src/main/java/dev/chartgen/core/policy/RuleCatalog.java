package dev.chartgen.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metadata of the Java rules and of the linter's own rules, as data ({@value #RESOURCE}): the
 * same fields a JSON Schema rule declares in its {@code x-rule}, plus title and why. A Java rule's
 * code names only its id.
 */
final class RuleCatalog {

  /** The rules' metadata inside the core jar. */
  static final String RESOURCE = "dev/chartgen/rules/java-rules.json";

  private static final List<String> FIELDS =
      List.of("id", "title", "severity", "family", "checks", "message", "hint", "why");

  private static final Map<String, Rule> RULES = read();

  private RuleCatalog() {}

  /**
   * The rule with this id.
   *
   * @throws IllegalStateException when the catalog does not declare it: a fault of chartgen
   */
  static Rule rule(String id) {
    Rule rule = RULES.get(id);
    if (rule == null) {
      throw new IllegalStateException(RESOURCE + " declares no rule " + id);
    }
    return rule;
  }

  /** Every id the catalog declares. */
  static java.util.Set<String> ids() {
    return RULES.keySet();
  }

  private static Map<String, Rule> read() {
    JsonNode root;
    try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource " + RESOURCE);
      }
      root = JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Rule> rules = new TreeMap<>();
    for (JsonNode meta : root.get("rules")) {
      for (String field : FIELDS) {
        if (!meta.has(field)) {
          throw new IllegalStateException(RESOURCE + ": a rule has no " + field + ": " + meta);
        }
      }
      List<Integer> checks = new ArrayList<>();
      meta.get("checks").forEach(n -> checks.add(n.asInt()));
      Rule rule =
          new Rule(
              meta.get("id").asString(),
              meta.get("title").asString(),
              Severity.parse(meta.get("severity").asString()),
              meta.get("family").asString(),
              checks,
              meta.get("message").asString(),
              meta.get("hint").asString(),
              meta.get("why").asString());
      if (rules.put(rule.id(), rule) != null) {
        throw new IllegalStateException(RESOURCE + " declares " + rule.id() + " twice");
      }
    }
    return rules;
  }
}
