package dev.chartgen.core;

import static dev.chartgen.core.load.DescriptorFixture.MODULE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.lint.LintReport;
import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import dev.chartgen.core.verify.StrictValidator;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.util.Yaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim bound to a PersistentVolume the chart creates on a disk that exists already (DIGIT's
 * hand-provisioned cloud volumes), through the disk's CSI driver; the disk's ID set per
 * environment.
 */
class PremadeDiskTest {

  private static final String DISK =
      "  replicas: 1\n"
          + "  volumes:\n"
          + "    - name: data\n"
          + "      persistentVolumeClaim:\n"
          + "        size: 10Gi\n"
          + "        disk: { driver: ebs.csi.aws.com, volumeHandle: vol-0dev, zone: ap-south-1a }\n"
          + "      mountPath: /data\n"
          + "  waivers:\n"
          + "    - { rule: CG023, reason: a ReadWriteOnce disk is attached to one pod only }\n";

  private static final String PROD =
      "apiVersion: chartgen/v1\nkind: Environment\nmetadata:\n  name: prod\nspec:\n"
          + "  modules:\n    egov-user:\n      disks:\n        data: { volumeHandle: vol-0prod }\n";

  @TempDir Path work;

  private Request request() {
    return Request.of(
            work.resolve("platform.yaml"), work.resolve("descriptors"), work.resolve("out"))
        .withDisplayRoot(work);
  }

  @Test
  void theVolumeIsCreatedOnTheDiskBoundToTheClaimAndEachEnvironmentGivesItsDisk() throws Exception {
    new DescriptorFixture(work).module(MODULE + DISK).environment("prod.yaml", PROD);
    Chartgen chartgen = Chartgen.create();
    chartgen.generate(request());
    Path chart = work.resolve("out/egov-user");
    ReleaseRenderer renderer = new ReleaseRenderer(new HelmRunner());

    List<RenderedObject> objects =
        renderer.render(chart, "user", "egov", null, Map.of(), List.of());

    RenderedObject pvObject = object(objects, "PersistentVolume");
    RenderedObject pvcObject = object(objects, "PersistentVolumeClaim");
    assertThat(StrictValidator.validate(pvObject)).isEmpty();
    assertThat(StrictValidator.validate(pvcObject)).isEmpty();
    V1PersistentVolume pv = Yaml.loadAs(Yaml.dump(pvObject.content()), V1PersistentVolume.class);
    V1PersistentVolumeClaim pvc =
        Yaml.loadAs(Yaml.dump(pvcObject.content()), V1PersistentVolumeClaim.class);
    // cluster-scoped: unique per namespace and release
    assertThat(pv.getMetadata().getName()).isEqualTo("egov-user-egov-user-data");
    assertThat(pv.getMetadata().getNamespace()).isNull();
    assertThat(pv.getMetadata().getAnnotations()).containsEntry("helm.sh/resource-policy", "keep");
    assertThat(pvc.getMetadata().getAnnotations()).containsEntry("helm.sh/resource-policy", "keep");
    assertThat(pv.getSpec().getPersistentVolumeReclaimPolicy()).isEqualTo("Retain");
    assertThat(pv.getSpec().getStorageClassName()).isEmpty();
    assertThat(pv.getSpec().getCapacity().get("storage").toSuffixedString()).isEqualTo("10Gi");
    assertThat(pv.getSpec().getCsi().getDriver()).isEqualTo("ebs.csi.aws.com");
    assertThat(pv.getSpec().getCsi().getVolumeHandle()).isEqualTo("vol-0dev");
    assertThat(pv.getSpec().getCsi().getFsType()).isEqualTo("ext4");
    assertThat(pv.getSpec().getClaimRef().getNamespace()).isEqualTo("egov");
    assertThat(pv.getSpec().getClaimRef().getName()).isEqualTo(pvc.getMetadata().getName());
    assertThat(
            pv.getSpec()
                .getNodeAffinity()
                .getRequired()
                .getNodeSelectorTerms()
                .get(0)
                .getMatchExpressions()
                .get(0)
                .getValues())
        .containsExactly("ap-south-1a");
    assertThat(pvc.getSpec().getStorageClassName()).isEmpty();
    assertThat(pvc.getSpec().getVolumeName()).isEqualTo(pv.getMetadata().getName());
    assertThat(pvc.getSpec().getResources().getRequests().get("storage").toSuffixedString())
        .isEqualTo("10Gi");

    // the environment's disk
    List<RenderedObject> inProd =
        renderer.render(
            chart,
            "user",
            "egov",
            null,
            Map.of(),
            List.of(work.resolve("out/environments/prod/egov-user.yaml")));
    assertThat(object(inProd, "PersistentVolume").content())
        .extracting(c -> ((Map<?, ?>) ((Map<?, ?>) c.get("spec")).get("csi")).get("volumeHandle"))
        .isEqualTo("vol-0prod");

    // a cluster-scoped volume on a declared disk is no finding (CG038 exempts cluster-scoped
    // objects from the release namespace; CG047 accepts the empty storage class)
    LintReport report =
        chartgen.lint(new LintRequest(request(), List.of("1.34.0"), Severity.INFO, null, null));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void misusesAndAnUnknownEnvironmentDiskAreLocated() {
    DescriptorFixture fixture =
        new DescriptorFixture(work)
            .module(
                MODULE
                    + DISK.replace(
                        "        size: 10Gi\n",
                        "        storageClass: gp3\n        existingClaim: x\n"))
            .environment("prod.yaml", PROD.replace("        data: {", "        dta: {"));

    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:29:9: /spec/volumes/0/persistentVolumeClaim/storageClass:"
                + " a claim on a pre-made disk has no storage class: it is bound to the chart's"
                + " PersistentVolume (remove storageClass)",
            "descriptors/egov-user.yaml:31:9: /spec/volumes/0/persistentVolumeClaim/disk: a disk is"
                + " bound to a claim the chart creates, not to an existing claim (remove"
                + " existingClaim and give the size, or remove disk)");

    // environments are checked against valid modules
    fixture.module(MODULE + DISK);
    assertThat(fixture.problems())
        .containsExactly(
            "environments/prod.yaml:9:9: /spec/modules/egov-user/disks/dta: module 'egov-user' has"
                + " no volume 'dta' whose claim is on a pre-made disk (descriptors/egov-user.yaml)"
                + " (did you mean 'data'?)");
  }

  private static RenderedObject object(List<RenderedObject> objects, String kind) {
    return objects.stream().filter(o -> o.kind().equals(kind)).findFirst().orElseThrow();
  }
}
