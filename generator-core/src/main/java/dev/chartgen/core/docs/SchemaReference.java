package dev.chartgen.core.docs;

import dev.chartgen.core.render.TemplateEngine;
import dev.chartgen.core.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The descriptor reference (docs/descriptor.md), written from the JSON Schemas themselves, so the
 * documentation and the validation can never disagree.
 */
public final class SchemaReference {

  private final JsonNode module;
  private final JsonNode platform;
  private final JsonNode environment;
  private final JsonNode conventions;

  private SchemaReference(
      JsonNode module, JsonNode platform, JsonNode environment, JsonNode conventions) {
    this.module = module;
    this.platform = platform;
    this.environment = environment;
    this.conventions = conventions;
  }

  public static SchemaReference builtIn() {
    return new SchemaReference(
        SchemaCatalog.readResource(SchemaCatalog.RESOURCE_ROOT + "module.schema.json"),
        SchemaCatalog.readResource(SchemaCatalog.RESOURCE_ROOT + "platform.schema.json"),
        SchemaCatalog.readResource(SchemaCatalog.RESOURCE_ROOT + "environment.schema.json"),
        SchemaCatalog.readResource(SchemaCatalog.RESOURCE_ROOT + SchemaCatalog.CONVENTIONS_SCHEMA));
  }

  /** What the page prints: one section per descriptor kind. */
  public record Page(List<Section> sections) {
    public Page {
      sections = List.copyOf(sections);
    }
  }

  /** One descriptor kind: its schema's description and a row per field. */
  public record Section(String title, String description, List<Row> rows) {
    public Section {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One field.
   *
   * @param required "yes" or empty
   */
  public record Row(String path, String type, String required, String description) {}

  /** The page's content. */
  public Page page() {
    return new Page(
        List.of(
            section("Module descriptor (`kind: Module`)", module),
            section("Platform file (`kind: Platform`)", platform),
            section(
                "Environment file (`kind: Environment`, `environments/<name>.yaml`)",
                environment)));
  }

  /** The whole reference page as Markdown, from the template {@code docs/descriptor.md.ftl}. */
  public String markdown() {
    return new TemplateEngine(null).render("docs/descriptor.md.ftl", page());
  }

  private Section section(String title, JsonNode schema) {
    List<String[]> cells = new ArrayList<>();
    walk(schema, schema, "", false, cells, new HashSet<>());
    List<Row> rows = new ArrayList<>();
    for (String[] row : cells) {
      rows.add(new Row(row[0], row[1], row[2], row[3]));
    }
    return new Section(title, schema.get("description").asString(), rows);
  }

  private void walk(
      JsonNode root,
      JsonNode node,
      String path,
      boolean required,
      List<String[]> rows,
      Set<String> seen) {
    JsonNode schema = resolve(root, node);
    if (!path.isEmpty()) {
      String description =
          node.has("description")
              ? node.get("description").asString()
              : schema.has("description") ? schema.get("description").asString() : "";
      rows.add(new String[] {path, type(root, node), required ? "yes" : "", cell(description)});
    }
    if (schema.has("properties")) {
      Set<String> requiredNames = new HashSet<>();
      if (schema.has("required")) {
        schema.get("required").forEach(n -> requiredNames.add(n.asString()));
      }
      for (String name : schema.get("properties").propertyNames()) {
        String child = path.isEmpty() ? name : path + "." + name;
        String ref =
            schema.get("properties").get(name).has("$ref")
                ? schema.get("properties").get(name).get("$ref").asString()
                : null;
        if (ref != null && !seen.add(ref + "@" + child)) {
          continue;
        }
        walk(
            root,
            schema.get("properties").get(name),
            child,
            requiredNames.contains(name),
            rows,
            seen);
      }
    }
    if (schema.has("items") && schema.get("items").isObject()) {
      JsonNode items = resolve(root, schema.get("items"));
      if (items.has("properties")) {
        for (String name : items.get("properties").propertyNames()) {
          Set<String> requiredNames = new HashSet<>();
          if (items.has("required")) {
            items.get("required").forEach(n -> requiredNames.add(n.asString()));
          }
          walk(
              root,
              items.get("properties").get(name),
              path + "[]." + name,
              requiredNames.contains(name),
              rows,
              seen);
        }
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isObject()) {
      JsonNode value = resolve(root, additional);
      if (value.has("then")) {
        value = resolve(root, value.get("then"));
      }
      if (value.has("properties")) {
        for (String name : value.get("properties").propertyNames()) {
          walk(
              root, value.get("properties").get(name), path + ".<name>." + name, false, rows, seen);
        }
      }
    }
  }

  /**
   * Follows local {@code $ref}s and refs into the module, platform, environment and conventions
   * schemas.
   */
  private JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode current = node;
    JsonNode document = root;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asString();
      int hash = ref.indexOf('#');
      String pointer = hash < 0 ? "" : ref.substring(hash + 1);
      if (ref.startsWith("module.schema.json")) {
        document = module;
      } else if (ref.startsWith("platform.schema.json")) {
        document = platform;
      } else if (ref.startsWith("environment.schema.json")) {
        document = environment;
      } else if (ref.startsWith(SchemaCatalog.CONVENTIONS_SCHEMA)) {
        document = conventions;
      }
      JsonNode target = document.at(pointer);
      // a local ref inside a part of another schema (the module's, or the conventions')
      if (target.isMissingNode() && hash == 0) {
        target = module.at(pointer).isMissingNode() ? conventions.at(pointer) : module.at(pointer);
      }
      current = target;
    }
    return current;
  }

  private String type(JsonNode root, JsonNode node) {
    JsonNode schema = resolve(root, node);
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(v -> values.add(v.asString().isEmpty() ? "\"\"" : v.asString()));
      return "one of: " + String.join(", ", values);
    }
    if (schema.has("const")) {
      return "`" + schema.get("const").asString() + "`";
    }
    JsonNode type = schema.get("type");
    if (type == null) {
      return schema.has("properties") ? "object" : "any";
    }
    if (type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asString()));
      return String.join(" or ", types);
    }
    String text = type.asString();
    if (text.equals("array") && schema.has("items")) {
      JsonNode items = resolve(root, schema.get("items"));
      return "list of " + (items.has("properties") ? "objects" : type(root, schema.get("items")));
    }
    if (text.equals("object")
        && schema.has("additionalProperties")
        && schema.get("additionalProperties").isObject()) {
      return "map";
    }
    return text;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
