package dev.chartgen.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.values.Values;
import dev.chartgen.core.values.ValuesYaml;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

  @Test
  void quotesEveryStringSoYamlNeverGuessesItsType() {
    assertThat(YamlWriter.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(YamlWriter.scalar("0123")).isEqualTo("\"0123\"");
    assertThat(YamlWriter.scalar("a \"b\" \\ c\n")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\"");
    assertThat(YamlWriter.scalar(2)).isEqualTo("2");
    assertThat(YamlWriter.scalar(true)).isEqualTo("true");
    assertThat(YamlWriter.scalar(new BigDecimal("1.10"))).isEqualTo("1.10");
  }

  @Test
  void documentsEveryValueWithAComment() {
    String yaml =
        ValuesYaml.write(
            "Header",
            Values.group(
                "root",
                v ->
                    v.integer("replicaCount", "Pods to run.", 2, Map.of())
                        .group("image", "The image.", i -> i.string("tag", "Its tag.", "v1"))
                        .stringMap("annotations", "Extra annotations.", Map.of())));

    assertThat(yaml)
        .isEqualTo(
            """
            # Header

            # -- Pods to run.
            replicaCount: 2

            # -- The image.
            image:
              # -- Its tag.
              tag: "v1"

            # -- Extra annotations.
            annotations: {}
            """);
  }

  @Test
  void writesNestedMapsAndListsInBlockStyleWithSafeKeys() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("app.kubernetes.io/name", "x");
    map.put("on", true);
    map.put("list", List.of(Map.of("key", "a"), "b"));
    assertThat(YamlWriter.document(map))
        .isEqualTo(
            """
            app.kubernetes.io/name: "x"
            "on": true
            list:
              - key: "a"
              - "b"
            """);
  }
}
