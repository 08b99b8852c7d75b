package dev.chartgen.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The descriptor schemas serve editors as much as the validator: every property documented (so
 * yaml-language-server shows it), and no object open to typos.
 */
class DescriptorSchemasTest {

  @ParameterizedTest
  @ValueSource(strings = {"module.schema.json", "platform.schema.json"})
  void everyPropertyIsDocumentedAndEveryObjectClosed(String file) {
    JsonNode schema = SchemaCatalog.readResource(SchemaCatalog.RESOURCE_ROOT + file);
    List<String> undocumented = new ArrayList<>();
    List<String> open = new ArrayList<>();

    walk(schema, "", undocumented, open);

    assertThat(schema.get("$id").asString()).isEqualTo(SchemaCatalog.ID_PREFIX + file);
    assertThat(undocumented).as("properties without a description").isEmpty();
    assertThat(open).as("objects that accept any property").isEmpty();
  }

  private static void walk(
      JsonNode node, String path, List<String> undocumented, List<String> open) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, undocumented, open);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("properties")) {
      for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
        if (!property.getValue().has("description")) {
          undocumented.add(path + "/properties/" + property.getKey());
        }
      }
      if (!node.has("additionalProperties")) {
        open.add(path);
      }
    }
    for (Map.Entry<String, JsonNode> child : node.properties()) {
      walk(child.getValue(), path + "/" + child.getKey(), undocumented, open);
    }
  }
}
