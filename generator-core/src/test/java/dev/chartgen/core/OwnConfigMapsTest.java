package dev.chartgen.core;

import static dev.chartgen.core.load.DescriptorFixture.MODULE;
import static dev.chartgen.core.load.DescriptorFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's own ConfigMaps (spec.configMaps): created by the chart with the text exactly as
 * written (nginx syntax, Helm-looking text, quotes, several lines), mounted by ownConfigMap
 * volumes, changed per environment (the pods roll), and every mistake located at once.
 */
class OwnConfigMapsTest {

  /** nginx script injection as DIGIT's front-ends configure it, with text Helm must not touch. */
  static final String SUB_FILTER =
      "sub_filter '<head>' '<head><script src=\"/{{ .Release.Name }}/globalConfigs.js\">"
          + "</script>';\n"
          + "sub_filter_once on;\n"
          + "set $tenant \"pb\";  # {{ braces }}, a $variable, 'single' and \"double\" quotes\n"
          + "{{- if .Values.x }}\\n{{ end }}\n";

  private static final String CONFIG_MAPS =
      "  configMaps:\n"
          + "    - name: js-injection\n"
          + "      data:\n"
          + "        sub_filter.conf: "
          + dev.chartgen.core.text.YamlWriter.quote(SUB_FILTER)
          + "\n"
          + "    - name: site\n"
          + "      files:\n"
          + "        default.conf: web/default.conf\n"
          + "        settings.yaml: web/settings.yaml\n"
          + "  volumes:\n"
          + "    - name: js-injection\n"
          + "      ownConfigMap: { name: js-injection }\n"
          + "      mountPath: /etc/nginx/conf.d/sub_filter.conf\n"
          + "      subPath: sub_filter.conf\n"
          + "    - name: site\n"
          + "      ownConfigMap: { name: site, items: [ { key: default.conf, path: a/default.conf"
          + " } ] }\n"
          + "      mountPath: /etc/site\n";

  /** A file's text: a $variable, a Helm action, quotes, a tab, non-ASCII, no final line end. */
  static final String DEFAULT_CONF =
      "server {\n\tlisten 8080;  # {{ .Release.Namespace }} \"q\" 'q' $uri \u00e9\u4e2d\n}";

  @TempDir Path work;

  private DescriptorFixture fixture() throws IOException {
    DescriptorFixture fixture = new DescriptorFixture(work).module(MODULE + CONFIG_MAPS);
    Path web = work.resolve("descriptors/web");
    Files.createDirectories(web);
    Files.writeString(web.resolve("default.conf"), DEFAULT_CONF, StandardCharsets.UTF_8);
    // a YAML file a descriptor lists as data is data, not a descriptor
    Files.writeString(web.resolve("settings.yaml"), "not: [a descriptor\n", StandardCharsets.UTF_8);
    return fixture;
  }

  private Request request() {
    return Request.of(
            work.resolve("platform.yaml"), work.resolve("descriptors"), work.resolve("out"))
        .withDisplayRoot(work);
  }

  @Test
  void theTextArrivesInTheRenderedConfigMapExactlyAndTheChartLintsClean() throws IOException {
    fixture();
    Chartgen chartgen = Chartgen.create();
    chartgen.generate(request());

    List<RenderedObject> objects =
        new ReleaseRenderer(new HelmRunner())
            .render(work.resolve("out/egov-user"), "shop", "egov", null, Map.of(), List.of());

    RenderedObject injection = object(objects, "ConfigMap", "shop-egov-user-js-injection");
    assertThat(injection.content().get("data")).isEqualTo(Map.of("sub_filter.conf", SUB_FILTER));
    RenderedObject site = object(objects, "ConfigMap", "shop-egov-user-site");
    assertThat(site.content().get("data"))
        .isEqualTo(Map.of("default.conf", DEFAULT_CONF, "settings.yaml", "not: [a descriptor\n"));
    assertThat(StrictValidator.validate(injection)).isEmpty();
    assertThat(StrictValidator.validate(site)).isEmpty();

    RenderedObject deployment = object(objects, "Deployment", "shop-egov-user");
    assertThat(StrictValidator.validate(deployment)).isEmpty();
    assertThat(volumes(deployment))
        .contains(
            Map.of(
                "name", "js-injection", "configMap", Map.of("name", "shop-egov-user-js-injection")),
            Map.of(
                "name",
                "site",
                "configMap",
                Map.of(
                    "name",
                    "shop-egov-user-site",
                    "items",
                    List.of(Map.of("key", "default.conf", "path", "a/default.conf")))));
    assertThat(podAnnotations(deployment)).containsKey("checksum/config");

    LintReport report =
        chartgen.lint(new LintRequest(request(), List.of("1.34.0"), Severity.INFO, null, null));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void anEnvironmentChangesTheTextAndThePodsRoll() throws IOException {
    String prod = "server { listen 9090; }  # {{ .Values.prod }} $prod\n";
    fixture()
        .environment(
            "prod.yaml",
            "apiVersion: chartgen/v1\nkind: Environment\nmetadata:\n  name: prod\nspec:\n"
                + "  modules:\n    egov-user:\n      configMaps:\n        site:\n          data:\n"
                + "            default.conf: "
                + dev.chartgen.core.text.YamlWriter.quote(prod)
                + "\n");
    Chartgen.create().generate(request());
    Path chart = work.resolve("out/egov-user");
    Path prodValues = work.resolve("out/environments/prod/egov-user.yaml");
    assertThat(Files.readString(prodValues))
        .contains("configMaps:\n  site:\n    default.conf: ")
        .doesNotContain("sub_filter");

    ReleaseRenderer renderer = new ReleaseRenderer(new HelmRunner());
    List<RenderedObject> defaults =
        renderer.render(chart, "shop", "egov", null, Map.of(), List.of());
    List<RenderedObject> inProd =
        renderer.render(chart, "shop", "egov", null, Map.of(), List.of(prodValues));

    assertThat(object(inProd, "ConfigMap", "shop-egov-user-site").content().get("data"))
        .isEqualTo(Map.of("default.conf", prod, "settings.yaml", "not: [a descriptor\n"));
    assertThat(object(inProd, "ConfigMap", "shop-egov-user-js-injection").content().get("data"))
        .isEqualTo(Map.of("sub_filter.conf", SUB_FILTER));
    String before =
        podAnnotations(object(defaults, "Deployment", "shop-egov-user")).get("checksum/config");
    String after =
        podAnnotations(object(inProd, "Deployment", "shop-egov-user")).get("checksum/config");
    assertThat(before).matches("[0-9a-f]{64}");
    assertThat(after).matches("[0-9a-f]{64}").isNotEqualTo(before);
  }

  @Test
  void everyMistakeIsLocatedAtOnce() throws IOException {
    DescriptorFixture fixture = fixture();
    String broken =
        edit(
            edit(
                edit(
                    edit(
                        MODULE + CONFIG_MAPS,
                        "      mountPath: /etc/site\n",
                        "      mountPath: /etc/site\n"
                            + "    - name: extra\n"
                            + "      ownConfigMap: { name: js-injektion }\n"),
                    "path: a/default.conf",
                    "path: a/default.conf }, { key: defualt.conf, path: b"),
                "        settings.yaml: web/settings.yaml\n",
                "        settings.yaml: web/settings.yaml\n"
                    + "        missing.conf: web/missing.conf\n"
                    + "        latin1.conf: web/latin1.conf\n"
                    + "        crlf.conf: web/crlf.conf\n"
                    + "        outside.conf: web/outside.conf\n"
                    + "      data:\n"
                    + "        default.conf: twice\n"
                    + "        db-password: hunter2\n"
                    + "    - name: site\n"
                    + "      data: { big: x }\n"),
            "      subPath: sub_filter.conf",
            "      subPath: sub_filter.cnf");
    fixture.module(broken);
    Path web = work.resolve("descriptors/web");
    Files.write(web.resolve("latin1.conf"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
    Files.writeString(web.resolve("crlf.conf"), "a\r\nb\n");
    Files.writeString(work.resolve("secret.conf"), "outside\n");
    Files.createSymbolicLink(web.resolve("outside.conf"), work.resolve("secret.conf"));

    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:31:9: /spec/configMaps/1/files/default.conf: key"
                + " 'default.conf' is also in data (keep it in data or in files, not both)",
            "descriptors/egov-user.yaml:33:23: /spec/configMaps/1/files/missing.conf: file"
                + " descriptors/web/missing.conf does not exist (create it, or correct the path:"
                + " it is relative to the descriptor's folder)",
            "descriptors/egov-user.yaml:34:22: /spec/configMaps/1/files/latin1.conf: file"
                + " descriptors/web/latin1.conf is not UTF-8 text (a ConfigMap's data is text)"
                + " (save it as UTF-8; binary files do not belong in a ConfigMap's data)",
            "descriptors/egov-user.yaml:35:20: /spec/configMaps/1/files/crlf.conf: file"
                + " descriptors/web/crlf.conf:1:2: character U+000D (carriage return) is not"
                + " allowed in descriptor text (ConfigMap data is carried exactly, so it follows"
                + " the rules of descriptor text) (save the file with \\n line ends, or drop the"
                + " \\r escape)",
            "descriptors/egov-user.yaml:36:23: /spec/configMaps/1/files/outside.conf:"
                + " 'web/outside.conf' is a link that leads out of the descriptor's folder (copy"
                + " the file beside the descriptor or in a folder below it)",
            "descriptors/egov-user.yaml:39:22: /spec/configMaps/1/data/db-password: key"
                + " 'db-password' looks like a secret: its text must not be written into the chart"
                + " (put it in a Secret given at install time and mount it with a secret volume)",
            "descriptors/egov-user.yaml:40:13: /spec/configMaps/2/name: duplicate ConfigMap name"
                + " 'site' (also at /spec/configMaps/1)",
            "descriptors/egov-user.yaml:46:16: /spec/volumes/0/subPath: ConfigMap 'js-injection'"
                + " has no key 'sub_filter.cnf': the mount would be an empty folder (did you mean"
                + " 'sub_filter.conf'?)",
            "descriptors/egov-user.yaml:48:96: /spec/volumes/1/ownConfigMap/items/1/key: ConfigMap"
                + " 'site' has no key 'defualt.conf' (did you mean 'default.conf'?)",
            "descriptors/egov-user.yaml:51:29: /spec/volumes/2/ownConfigMap/name: no ConfigMap"
                + " named 'js-injektion' in spec.configMaps (did you mean 'js-injection'?)");
  }

  @Test
  void aConfigMapOverOneMebibyteIsRefused() throws IOException {
    DescriptorFixture fixture = fixture();
    Files.writeString(work.resolve("descriptors/web/default.conf"), "x".repeat(1024 * 1024 + 1));

    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:29:7: /spec/configMaps/1: the data of ConfigMap 'site' is"
                + " 1048596 bytes: the API server refuses a ConfigMap over 1 MiB (1048576 bytes)"
                + " (split it into several ConfigMaps, or ship large files in the image)");
  }

  @Test
  void anEnvironmentNamingAnUnknownConfigMapOrKeyIsLocated() throws IOException {
    DescriptorFixture fixture = fixture();
    fixture.environment(
        "prod.yaml",
        "apiVersion: chartgen/v1\nkind: Environment\nmetadata:\n  name: prod\nspec:\n"
            + "  modules:\n    egov-user:\n      configMaps:\n"
            + "        sites:\n          data: { default.conf: x }\n"
            + "        site:\n          data: { default.cnf: x, settings.yaml: \"a: b\" }\n");

    assertThat(fixture.problems())
        .containsExactly(
            "environments/prod.yaml:9:9: /spec/modules/egov-user/configMaps/sites: module"
                + " 'egov-user' has no ConfigMap 'sites' in spec.configMaps"
                + " (descriptors/egov-user.yaml) (did you mean 'site'?)",
            "environments/prod.yaml:12:19: /spec/modules/egov-user/configMaps/site/data/default.cnf:"
                + " ConfigMap 'site' of module 'egov-user' has no key 'default.cnf': an environment"
                + " changes the text of declared keys only (did you mean 'default.conf'?)");
  }

  @Test
  void aSecretLookingTextAnEnvironmentGivesIsLocatedAtTheEnvironmentFile() throws IOException {
    DescriptorFixture fixture = fixture();
    fixture.module(
        MODULE
            + CONFIG_MAPS.replace(
                "        settings.yaml: web/settings.yaml\n",
                "        settings.yaml: web/settings.yaml\n      data: { api-token: \"\" }\n"));
    fixture.environment(
        "prod.yaml",
        "apiVersion: chartgen/v1\nkind: Environment\nmetadata:\n  name: prod\nspec:\n"
            + "  modules:\n    egov-user:\n      configMaps:\n"
            + "        site:\n          data: { api-token: abc123 }\n");

    assertThat(fixture.problems())
        .containsExactly(
            "environments/prod.yaml:10:30: /spec/modules/egov-user/configMaps/site/data/api-token:"
                + " key 'api-token' looks like a secret: its text must not be written into the"
                + " chart (put it in a Secret given at install time and mount it with a secret"
                + " volume)");
  }

  private static RenderedObject object(List<RenderedObject> objects, String kind, String name) {
    return objects.stream()
        .filter(o -> o.kind().equals(kind) && o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + objects));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> template(RenderedObject workload) {
    return (Map<String, Object>)
        ((Map<String, Object>) workload.content().get("spec")).get("template");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> volumes(RenderedObject workload) {
    return (List<Map<String, Object>>)
        ((Map<String, Object>) template(workload).get("spec")).get("volumes");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> podAnnotations(RenderedObject workload) {
    return (Map<String, String>)
        ((Map<String, Object>) template(workload).get("metadata")).get("annotations");
  }
}
