package dev.chartgen.core.verify;

import com.networknt.schema.Error;
import dev.chartgen.core.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict parsing of the custom resources chartgen renders, which the Kubernetes client models do
 * not know (client-java has classes for Kubernetes' own kinds only; a custom resource maps to a
 * dynamic object that accepts anything). Each is checked against a schema of its own that admits
 * the fields chartgen writes, typed as the resource's CRD types them, and nothing else.
 * Hand-written on purpose: the Prometheus Operator's CRD schema is thousands of lines and is not
 * published as a library, and a narrow schema catches what matters here (an unknown field, a wrong
 * type, a malformed duration) with a message naming the field.
 */
final class CustomResources {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ROOT = "dev/chartgen/kubernetes/";

  /** Schema file by apiVersion/kind. */
  private static final Map<String, String> SCHEMAS =
      Map.of("monitoring.coreos.com/v1/ServiceMonitor", "servicemonitor.schema.json");

  private static volatile SchemaCatalog catalog;

  private CustomResources() {}

  /** Whether {@code object} is a custom resource checked here. */
  static boolean knows(RenderedObject object) {
    return SCHEMAS.containsKey(object.apiVersion() + "/" + object.kind());
  }

  /** Every problem of {@code object}, each {@code <field>: <what is wrong>}. */
  static List<String> validate(RenderedObject object) {
    String file = SCHEMAS.get(object.apiVersion() + "/" + object.kind());
    String id = SchemaCatalog.ID_PREFIX + "kubernetes/" + file;
    List<String> problems = new ArrayList<>();
    for (Error error : catalog().schema(id).validate(JSON.valueToTree(object.content()))) {
      String at = error.getInstanceLocation().toString();
      problems.add((at.isEmpty() ? "/" : at) + ": " + error.getMessage());
    }
    return problems;
  }

  private static SchemaCatalog catalog() {
    SchemaCatalog built = catalog;
    if (built == null) {
      synchronized (CustomResources.class) {
        built = catalog;
        if (built == null) {
          Map<String, JsonNode> documents = new java.util.LinkedHashMap<>();
          for (String file : SCHEMAS.values()) {
            JsonNode schema = SchemaCatalog.readResource(ROOT + file);
            documents.put(SchemaCatalog.idOf(schema, "kubernetes/" + file), schema);
          }
          built = SchemaCatalog.withExtra(documents);
          catalog = built;
        }
      }
    }
    return built;
  }
}
