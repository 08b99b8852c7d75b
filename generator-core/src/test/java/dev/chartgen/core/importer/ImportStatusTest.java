package dev.chartgen.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service is {@code imported} only when nothing was rewritten and no dropped key did anything;
 * mappings that render what DIGIT renders are listed, not counted as rewrites.
 */
class ImportStatusTest {

  @TempDir Path temp;

  private static final String VALUES =
      "image:\n  repository: shop\n  tag: v1\nreplicas: \"2\"\nunused-key: \"x\"\n";

  private Path from() throws IOException {
    return DigitFolder.create(temp);
  }

  private ServiceImport only(Path from) {
    ImportResult result =
        DigitImporter.run(new ImportRequest(from, "dev", temp.resolve("out"), "1.0"));
    assertThat(result.services()).hasSize(1);
    return result.services().get(0);
  }

  @Test
  void aKeyNothingReadsLosesNothingWhenTheChartOnlyRendersCommonTemplates() throws IOException {
    Path from = from();
    Path dir = DigitFolder.chart(from, "shop", VALUES);
    DigitFolder.write(
        dir.resolve("templates/deployment.yaml"), "{{- template \"common.deployment\" . -}}\n");

    ServiceImport shop = only(from);

    assertThat(shop.status()).isEqualTo(ServiceImport.Status.IMPORTED);
    assertThat(shop.dropped()).containsKey("unused-key");
    assertThat(shop.dropped().get("unused-key")).contains("no templates of its own");
  }

  @Test
  void aKeyTheChartsOwnTemplateMayReadMakesItANote() throws IOException {
    Path from = from();
    Path dir = DigitFolder.chart(from, "shop", VALUES);
    DigitFolder.write(
        dir.resolve("templates/configmap.yaml"),
        "apiVersion: v1\nkind: ConfigMap\ndata:\n  x: {{ index .Values \"unused-key\" }}\n");

    ServiceImport shop = only(from);

    assertThat(shop.status()).isEqualTo(ServiceImport.Status.WITH_NOTES);
    assertThat(shop.dropped().get("unused-key")).contains("the chart's own templates may read it");
  }

  @Test
  void anInlinedValueIsARewrite() throws IOException {
    Path from = from();
    DigitFolder.chart(
        from,
        "shop",
        VALUES.replace("unused-key", "shop-mode")
            + "env: |\n  - name: MODE\n    value: {{ index .Values \"shop-mode\" | quote }}\n");

    ServiceImport shop = only(from);

    assertThat(shop.status()).isEqualTo(ServiceImport.Status.WITH_NOTES);
    assertThat(shop.notes()).containsExactly("env MODE: inlined values key(s) shop-mode");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMigrationOfAnotherDatabaseKeepsItsOwnUrlAndDropsWhatTheConventionSets() throws IOException {
    Path from = from();
    DigitFolder.chart(
        from,
        "shop",
        VALUES.replace("unused-key: \"x\"\n", "")
            + "initContainers:\n  dbMigration:\n    enabled: true\n    schemaTable: shop_schema\n"
            + "    env: |\n"
            + "      - name: \"DB_URL\"\n        valueFrom:\n          configMapKeyRef:\n"
            + "            name: egov-config\n            key: shop-db-url\n"
            + "      - name: \"SCHEMA_TABLE\"\n"
            + "        value: {{ .Values.initContainers.dbMigration.schemaTable | quote }}\n"
            + "      - name: \"FLYWAY_USER\"\n        valueFrom:\n          secretKeyRef:\n"
            + "            name: db\n            key: flyway-username\n");

    ServiceImport shop = only(from);

    Map<String, Object> spec = (Map<String, Object>) shop.descriptor().get("spec");
    Map<String, Object> migration = (Map<String, Object>) spec.get("dbMigration");
    assertThat(migration.get("env")).isEqualTo(Map.of("DB_URL", Map.of("config", "shop-db-url")));
    assertThat(shop.status()).isEqualTo(ServiceImport.Status.IMPORTED);
    assertThat(shop.mapped())
        .contains(
            "db-migration env DB_URL: the migration's own value replaces chartgen's convention"
                + " (dbMigration.env)");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBlockOnAGlobalValueBecomesAWhenFlagThatTheEnvironmentFileDefines() throws IOException {
    Path from = temp.resolve("helm");
    DigitFolder.write(
        from.resolve("environments/dev.yaml"),
        "global:\n  domain: shop.example.org\n  serializers-timezone-in-ist: true\n");
    DigitFolder.chart(
        from,
        "shop",
        VALUES.replace("unused-key: \"x\"\n", "")
            + "env: |\n"
            + "  {{- if index .Values \"global\" \"serializers-timezone-in-ist\" }}\n"
            + "  - name: KAFKA_SERIALIZER\n    value: \"ist\"\n"
            + "  {{- end }}\n");

    ServiceImport shop = only(from);

    Map<String, Object> spec = (Map<String, Object>) shop.descriptor().get("spec");
    assertThat(spec.get("env"))
        .isEqualTo(
            Map.of("KAFKA_SERIALIZER", Map.of("value", "ist", "when", "serializersTimezoneInIst")));
    assertThat(shop.status()).isEqualTo(ServiceImport.Status.IMPORTED);
    assertThat(Files.readString(temp.resolve("out/environments/dev.yaml")))
        .contains("  flags:\n    serializersTimezoneInIst: true\n");
  }
}
