package dev.chartgen.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ConfigMap a DIGIT chart creates with a template of its own and mounts through extraVolumes (the
 * front-ends' nginx script injection, es-curator's config): imported as the module's own ConfigMap
 * (spec.configMaps) when the template is in the import folder and writes the data as it is; else
 * referenced, with a note that names spec.configMaps as the fix.
 */
class ImportConfigMapsTest {

  @TempDir Path temp;

  /** The values of a front-end as DIGIT writes them (frontend/digit-ui/values.yaml). */
  private static final String SHOP_UI =
      "labels:\n  app: shop-ui\n  group: web\n"
          + "ingress:\n  enabled: true\n  context: \"shop-ui\"\n"
          + "image:\n  repository: \"shop-ui\"\n  tag: v1\n"
          + "replicas: \"2\"\nhttpPort: 80\n"
          + "extraVolumes: |\n"
          + "  - name: js-injection\n"
          + "    configMap:\n"
          + "      name: {{ template \"name\" . }}-js-injection\n"
          + "extraVolumeMounts: |\n"
          + "  - mountPath: /etc/nginx/conf.d/sub_filter.conf\n"
          + "    name: js-injection\n"
          + "    subPath: sub_filter.conf\n";

  /** The text nginx gets: quotes, a $variable, and text that looks like a Helm action. */
  private static final String SUB_FILTER =
      "sub_filter '<head>' '<head><script src=\"/shop-ui/globalConfigs.js\"></script>';\n"
          + "sub_filter_once on;\nset $env \"dev\"; # {{ not Helm }}\n";

  /** The chart's own template: a Service document, then the ConfigMap with a block scalar. */
  private static final String TEMPLATE =
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: other\n---\n"
          + "apiVersion: v1\n"
          + "kind: ConfigMap\n"
          + "metadata:\n"
          + "  name: {{ template \"name\" . }}-js-injection\n"
          + "  namespace: {{ .Values.namespace }}\n"
          + "data:\n"
          + "  sub_filter.conf: |\n"
          + "    sub_filter '<head>' '<head><script src=\"/shop-ui/globalConfigs.js\"></script>';\n"
          + "    sub_filter_once on;\n"
          + "    set $env \"dev\"; # {{ \"{{\" }} not Helm }}\n";

  private ImportResult run(Path from) {
    return DigitImporter.run(new ImportRequest(from, "dev", temp.resolve("out"), "1.0"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aConfigMapTheChartsTemplateWritesStaticallyIsImportedLosslessAndRendersTheSameText()
      throws IOException {
    Path from = DigitFolder.create(temp);
    Path dir = DigitFolder.chart(from, "shop-ui", SHOP_UI);
    DigitFolder.write(
        dir.resolve("templates/configmap.yaml"),
        TEMPLATE.replace("{{ \"{{\" }} not Helm }}", "not Helm"));

    ImportResult result = run(from);

    ServiceImport shop = result.services().get(0);
    assertThat(shop.status()).isEqualTo(ServiceImport.Status.IMPORTED);
    assertThat(shop.mapped())
        .contains(
            "volume js-injection: ConfigMap shop-ui-js-injection of the chart's template"
                + " templates/configmap.yaml is the module's own ConfigMap js-injection"
                + " (spec.configMaps, named <fullname>-js-injection)");
    Map<String, Object> spec = (Map<String, Object>) shop.descriptor().get("spec");
    String text = SUB_FILTER.replace(" # {{ not Helm }}", " # not Helm");
    assertThat(spec.get("configMaps"))
        .isEqualTo(
            List.of(Map.of("name", "js-injection", "data", Map.of("sub_filter.conf", text))));
    assertThat(spec.get("volumes"))
        .isEqualTo(
            List.of(
                Map.of(
                    "name", "js-injection",
                    "ownConfigMap", Map.of("name", "js-injection"),
                    "mountPath", "/etc/nginx/conf.d/sub_filter.conf",
                    "subPath", "sub_filter.conf")));

    // the imported project generates a chart whose ConfigMap carries the template's text exactly
    Path to = temp.resolve("out");
    Chartgen.create()
        .generate(
            Request.of(
                    to.resolve("platform.yaml"),
                    to.resolve("descriptors"),
                    to.resolve("charts-out"))
                .withDisplayRoot(to));
    List<RenderedObject> objects =
        new ReleaseRenderer(new HelmRunner())
            .render(to.resolve("charts-out/shop-ui"), "shop-ui", "egov", null, Map.of(), List.of());
    RenderedObject configMap =
        objects.stream()
            .filter(o -> o.kind().equals("ConfigMap") && o.name().equals("shop-ui-js-injection"))
            .findFirst()
            .orElseThrow();
    assertThat(configMap.content().get("data")).isEqualTo(Map.of("sub_filter.conf", text));
    assertThat(StrictValidator.validate(configMap)).isEmpty();
  }

  @Test
  void withoutTheChartsTemplateTheVolumeReferencesItAndTheNoteNamesTheFix() throws IOException {
    Path from = DigitFolder.create(temp);
    DigitFolder.chart(from, "shop-ui", SHOP_UI);

    ServiceImport shop = run(from).services().get(0);

    assertThat(shop.status()).isEqualTo(ServiceImport.Status.WITH_NOTES);
    assertThat(shop.notes())
        .containsExactly(
            "volume js-injection mounts ConfigMap shop-ui-js-injection: the chart's own template"
                + " creates it, and the import folder does not hold that template, so the"
                + " descriptor references it and nothing creates it; fix: declare it in"
                + " spec.configMaps with its data and mount it with ownConfigMap: {name: ...}");
    assertThat(Files.readString(temp.resolve("out/descriptors/web/shop-ui.yaml")))
        .contains("configMap:\n        name: \"shop-ui-js-injection\"\n")
        .doesNotContain("configMaps:");
  }

  @Test
  void aTemplateThatWritesItsDataWithTemplateActionsIsReferencedWithTheReason() throws IOException {
    Path from = DigitFolder.create(temp);
    Path dir = DigitFolder.chart(from, "shop-ui", SHOP_UI);
    DigitFolder.write(dir.resolve("templates/configmap.yaml"), TEMPLATE);

    ServiceImport shop = run(from).services().get(0);

    assertThat(shop.status()).isEqualTo(ServiceImport.Status.WITH_NOTES);
    assertThat(shop.notes())
        .contains(
            "volume js-injection mounts ConfigMap shop-ui-js-injection: the chart's template"
                + " templates/configmap.yaml creates it, but its data is written by template"
                + " actions, so the descriptor references it and nothing creates it; fix: declare"
                + " it in spec.configMaps with its data and mount it with ownConfigMap: {name:"
                + " ...}");
  }
}
