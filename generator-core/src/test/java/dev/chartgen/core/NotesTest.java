package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.verify.HelmRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's string in NOTES.txt is printed by Helm at install time, never evaluated: ingress paths
 * with template syntax are refused at load (they are no Prefix paths), and what is printed is
 * escaped by {@code HelmTextFormat} all the same.
 */
class NotesTest {

  private static final String HOSTILE_PATH = "/x{{ .Release.Name }}{{ fail \"boom\" }}{{{-";

  @TempDir Path work;

  @Test
  void anIngressPathWithHelmActionsIsRefusedWhereItIsWritten() {
    DescriptorFixture fixture =
        new DescriptorFixture(work)
            .module(
                DescriptorFixture.MODULE
                    + "  ingress:\n    paths: [/user, '"
                    + HOSTILE_PATH.replace("'", "''")
                    + "']\n");

    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:26:20: /spec/ingress/paths/1: '"
                + HOSTILE_PATH
                + "' is not a Prefix Ingress path: '/', then letters, digits and '-', '.', '_',"
                + " '~', '/', without '//' or a '.' or '..' segment");
  }

  @Test
  void theIngressPathsArePrintedInTheInstallNotes() {
    new DescriptorFixture(work)
        .module(DescriptorFixture.MODULE + "  ingress:\n    paths: [/user, /user/v2.0_x~y-z]\n");
    Chartgen.create()
        .generate(
            Request.of(
                    work.resolve("platform.yaml"),
                    work.resolve("descriptors"),
                    work.resolve("charts"))
                .withDisplayRoot(work));

    String output =
        new Helm(work.resolve("charts/egov-user"))
            .install()
            .withName("hostile")
            .withNamespace("egov")
            .withKubeVersion(HelmRunner.DEFAULT_KUBE_VERSION)
            .clientOnly()
            .dryRun()
            .call()
            .getOutput();

    assertThat(output)
        .contains("NOTES:")
        .contains("https://digit.example.org/user\n")
        .contains("https://digit.example.org/user/v2.0_x~y-z\n");
  }
}
