package dev.chartgen.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DIGIT's hand-provisioned disk (persistence.aws.volumeId, as wordpress has it): the claim the
 * extraVolumes mount becomes a claim of the chart bound to a PersistentVolume on that disk.
 */
class ImportDiskTest {

  @TempDir Path temp;

  private static final String WORDPRESS =
      "labels:\n  app: wordpress\n  group: web\n"
          + "image:\n  repository: wordpress\n  tag: v1\nreplicas: \"1\"\nhttpPort: 80\n"
          + "persistence:\n  enabled: true\n  aws:\n    volumeId: \"vol-02b9bae47bacc586b\"\n"
          + "    zone: ap-south-1a\n  storageClassName: default\n  accessMode: ReadWriteOnce\n"
          + "  dataDirSize: 10Gi\n  volumeMode: Filesystem\n"
          + "extraVolumeMounts: |\n  - mountPath: /var/www/html\n    name: wordpress-data\n"
          + "    subPath: html\n"
          + "extraVolumes: |\n  - name: wordpress-data\n    persistentVolumeClaim:\n"
          + "      claimName: wordpress-data\n";

  @Test
  @SuppressWarnings("unchecked")
  void theVolumeIdBecomesTheClaimsDiskAndTheProjectValidates() throws IOException {
    Path from = DigitFolder.create(temp);
    DigitFolder.chart(from, "wordpress", WORDPRESS);

    ImportResult result =
        DigitImporter.run(new ImportRequest(from, "dev", temp.resolve("out"), "1.0"));

    ServiceImport wordpress = result.services().get(0);
    Map<String, Object> spec = (Map<String, Object>) wordpress.descriptor().get("spec");
    assertThat(spec.get("volumes"))
        .isEqualTo(
            List.of(
                Map.of(
                    "name", "wordpress-data",
                    "persistentVolumeClaim",
                        Map.of(
                            "size", "10Gi",
                            "accessModes", List.of("ReadWriteOnce"),
                            "disk",
                                Map.of(
                                    "driver", "ebs.csi.aws.com",
                                    "volumeHandle", "vol-02b9bae47bacc586b",
                                    "zone", "ap-south-1a")),
                    "mountPath", "/var/www/html",
                    "subPath", "html")));
    assertThat(wordpress.status()).isEqualTo(ServiceImport.Status.WITH_NOTES);
    assertThat(wordpress.notes())
        .contains(
            "persistence: the pre-made disk vol-02b9bae47bacc586b is bound through a"
                + " PersistentVolume the chart creates (volume wordpress-data:"
                + " persistentVolumeClaim.disk, CSI driver ebs.csi.aws.com); the claim is"
                + " <fullname>-wordpress-data instead of wordpress-data, and"
                + " persistence.storageClassName is not used (a static volume has no class)");
    Path to = temp.resolve("out");
    assertThat(
            Chartgen.create()
                .validate(
                    Request.of(
                            to.resolve("platform.yaml"),
                            to.resolve("descriptors"),
                            to.resolve("charts-out"))
                        .withDisplayRoot(to))
                .modules())
        .hasSize(1);
  }
}
