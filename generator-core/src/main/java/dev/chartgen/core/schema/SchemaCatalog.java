package dev.chartgen.core.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas chartgen ships (the top-level {@code schemas/} folder, packaged into the core
 * jar) plus any a user adds, each known by its {@code $id}. Built once, shared, thread-safe.
 */
public final class SchemaCatalog {

  /** Resource folder of the built-in schemas inside the core jar. */
  public static final String RESOURCE_ROOT = "dev/chartgen/schemas/";

  /** Prefix of every built-in schema's {@code $id}. */
  public static final String ID_PREFIX = "https://chartgen.dev/schemas/v1/";

  /** Built-in descriptor schemas, by file name. */
  public static final List<String> DESCRIPTOR_SCHEMAS =
      List.of("module.schema.json", "platform.schema.json", "environment.schema.json");

  /** The schema of conventions (built-in, and a platform file's {@code spec.conventions}). */
  public static final String CONVENTIONS_SCHEMA = "conventions.schema.json";

  private static final List<String> ALL_SCHEMAS =
      java.util.stream.Stream.concat(
              DESCRIPTOR_SCHEMAS.stream(), java.util.stream.Stream.of(CONVENTIONS_SCHEMA))
          .toList();

  /** Schema annotation holding a readable message for the keywords beside it. */
  public static final String MESSAGE_KEYWORD = "x-message";

  /** Policy schema annotation describing the rule (id, severity, target…). */
  public static final String RULE_KEYWORD = "x-rule";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The {@code $id} of every document, built-in ones first. */
  private final Set<String> ids;

  /** The built-in schemas' text, by {@code $id}: handed to the validator as read. */
  private final Map<String, String> builtInText;

  /** Documents given as trees ({@link #withExtra}), by {@code $id}. */
  private final Map<String, JsonNode> extra;

  /** Trees of the built-in documents, parsed when a message needs one. */
  private final Map<String, JsonNode> parsed = new ConcurrentHashMap<>();

  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  private SchemaCatalog(Map<String, String> builtInText, Map<String, JsonNode> extra) {
    this.extra = Map.copyOf(extra);
    Map<String, String> text = new LinkedHashMap<>(builtInText);
    text.keySet().removeAll(extra.keySet()); // a document given as a tree replaces a built-in one
    this.builtInText = Map.copyOf(text);
    Set<String> all = new LinkedHashSet<>(builtInText.keySet());
    all.addAll(extra.keySet());
    this.ids = Collections.unmodifiableSet(all);
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    // 2020-12 plus x-message, the message chartgen shows when a keyword next to it fails
    Dialect dialect =
        Dialect.builder(Dialects.getDraft202012())
            .keyword(new AnnotationKeyword(MESSAGE_KEYWORD))
            .keyword(new AnnotationKeyword(RULE_KEYWORD))
            .build();
    // Start-up: the validator reads each schema it compiles from its text when it first needs it
    // (the built-in ones as read from the jar, never parsed and written out again here), and a
    // schema no goal uses is never read.
    this.registry =
        SchemaRegistry.withDefaultDialect(
            dialect, builder -> builder.schemaRegistryConfig(config).schemas(this::source));
  }

  /** The text of the document with this {@code $id}, or null when the catalog has none. */
  private String source(String id) {
    String text = builtInText.get(id);
    if (text != null) {
      return text;
    }
    JsonNode node = extra.get(id);
    return node == null ? null : node.toString();
  }

  private static volatile SchemaCatalog shared;

  /**
   * The built-in schemas, built once per JVM and shared (a catalog is immutable and compiles each
   * schema once, on first use): every goal of a build reuses the compiled schemas.
   */
  public static SchemaCatalog shared() {
    SchemaCatalog catalog = shared;
    if (catalog == null) {
      synchronized (SchemaCatalog.class) {
        catalog = shared;
        if (catalog == null) {
          catalog = builtIn();
          shared = catalog;
        }
      }
    }
    return catalog;
  }

  /** The built-in schemas, in a new catalog. */
  public static SchemaCatalog builtIn() {
    return withExtra(Map.of());
  }

  /**
   * The built-in schemas plus {@code extra} documents, keyed by {@code $id}. A built-in schema is
   * known by {@link #ID_PREFIX} and its file name, the {@code $id} it declares (a test keeps the
   * two equal), so that it is not parsed to learn it.
   */
  public static SchemaCatalog withExtra(Map<String, JsonNode> extra) {
    Map<String, String> builtIn = new LinkedHashMap<>();
    for (String name : ALL_SCHEMAS) {
      builtIn.put(ID_PREFIX + name, readResourceText(RESOURCE_ROOT + name));
    }
    return new SchemaCatalog(builtIn, extra);
  }

  /** Reads a JSON schema file, for {@link #withExtra}. */
  public static JsonNode readFile(Path file) {
    try {
      return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OutputException("cannot read schema " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a JSON resource bundled with chartgen. */
  public static JsonNode readResource(String resource) {
    return JSON.readTree(readResourceText(resource));
  }

  private static String readResourceText(String resource) {
    try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code $id} of a schema document, or the built-in id derived from its file name. */
  public static String idOf(JsonNode schema, String fileName) {
    JsonNode id = schema.get("$id");
    return id != null && id.isString() ? id.stringValue() : ID_PREFIX + fileName;
  }

  /** The compiled schema with this {@code $id}. */
  public Schema schema(String id) {
    return compiled.computeIfAbsent(
        id,
        key -> {
          if (!ids.contains(key)) {
            throw new IllegalArgumentException("unknown schema " + key);
          }
          return registry.getSchema(com.networknt.schema.SchemaLocation.of(key));
        });
  }

  /** The {@code $id} of every document in the catalog. */
  public java.util.Set<String> ids() {
    return ids;
  }

  /**
   * The raw JSON of the schema document with this {@code $id}, for messages and hints (a built-in
   * one is parsed on first use), or null when the catalog has none.
   */
  public JsonNode document(String id) {
    JsonNode node = extra.get(id);
    if (node != null) {
      return node;
    }
    String text = builtInText.get(id);
    return text == null ? null : parsed.computeIfAbsent(id, key -> JSON.readTree(text));
  }
}
