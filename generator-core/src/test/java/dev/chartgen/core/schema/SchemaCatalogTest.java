package dev.chartgen.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog knows a built-in schema by {@code ID_PREFIX + file name} without parsing it
 * (start-up: the validator reads the text it compiles, and a document is parsed only for a
 * message), so that id must be the one the file declares, and what the catalog gives must be the
 * file as it is.
 */
class SchemaCatalogTest {

  private static final List<String> BUILT_IN =
      List.of(
          "module.schema.json",
          "platform.schema.json",
          "environment.schema.json",
          "conventions.schema.json");

  @Test
  void knowsEachBuiltInSchemaByTheIdItDeclares() {
    SchemaCatalog catalog = SchemaCatalog.builtIn();

    assertThat(catalog.ids())
        .containsExactlyElementsOf(
            BUILT_IN.stream().map(f -> SchemaCatalog.ID_PREFIX + f).toList());
    for (String file : BUILT_IN) {
      String id = SchemaCatalog.ID_PREFIX + file;
      JsonNode document = catalog.document(id);
      assertThat(document.get("$id").asString()).isEqualTo(id);
      assertThat(document)
          .isEqualTo(SchemaCatalog.readResource(SchemaCatalog.RESOURCE_ROOT + file));
      assertThat(catalog.document(id)).as("parsed once").isSameAs(document);
      assertThat(catalog.schema(id)).isSameAs(catalog.schema(id));
    }
  }

  @Test
  void aDocumentGivenAsATreeReplacesTheBuiltInOneOfItsIdAndOthersAreAdded() {
    String module = SchemaCatalog.ID_PREFIX + "module.schema.json";
    JsonNode replacement =
        JsonMapper.builder()
            .build()
            .readTree(
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \""
                    + module
                    + "\", \"type\": \"string\"}");
    JsonNode extra =
        JsonMapper.builder()
            .build()
            .readTree(
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                    + " \"$id\": \"https://example.org/extra.json\", \"type\": \"integer\"}");

    SchemaCatalog catalog =
        SchemaCatalog.withExtra(
            Map.of(module, replacement, "https://example.org/extra.json", extra));

    assertThat(catalog.document(module)).isSameAs(replacement);
    assertThat(catalog.schema(module).validate(JsonMapper.builder().build().readTree("1")))
        .hasSize(1);
    assertThat(catalog.ids()).contains(module, "https://example.org/extra.json").hasSize(5);
    assertThat(
            catalog
                .schema("https://example.org/extra.json")
                .validate(JsonMapper.builder().build().readTree("\"x\"")))
        .hasSize(1);
    assertThat(catalog.document("https://example.org/none.json")).isNull();
    assertThatThrownBy(() -> catalog.schema("https://example.org/none.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown schema https://example.org/none.json");
  }
}
