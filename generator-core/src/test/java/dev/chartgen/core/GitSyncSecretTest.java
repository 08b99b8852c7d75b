package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.verify.HelmRunner;
import dev.chartgen.core.verify.ReleaseRenderer;
import dev.chartgen.core.verify.RenderedObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git-sync init container reads DIGIT's git-creds Secret as cluster-configs writes it: data
 * keys {@code ssh} and {@code known_hosts}. (It used to ask for {@code known-hosts}, which the
 * Secret does not have, so every git-sync pod failed to mount its volume.) The golden chart
 * deployment-java-spring holds the same volume byte for byte; this renders it with Helm.
 */
class GitSyncSecretTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TempDir Path temp;

  @Test
  void theGitSyncPodMountsKnownHostsFromTheSecretsKnownHostsKey() {
    Map<String, Object> volume = gitSecretVolume(GOLDEN.resolve("platform/platform.yaml"));
    assertThat(volume)
        .isEqualTo(
            Map.of(
                "name",
                "git-secret",
                "secret",
                Map.of(
                    "secretName",
                    "git-creds",
                    "defaultMode",
                    288,
                    "items",
                    List.of(
                        Map.of("key", "ssh", "path", "ssh"),
                        Map.of("key", "known_hosts", "path", "known_hosts")))));
  }

  @Test
  void theSecretsNameAndKeysArePlatformSettings() throws IOException {
    Path platform = temp.resolve("platform.yaml");
    String golden =
        Files.readString(GOLDEN.resolve("platform/platform.yaml"), StandardCharsets.UTF_8);
    Files.writeString(
        platform,
        golden.replaceFirst(
            "(?m)^spec:\n",
            "spec:\n  gitSync:\n    secret: config-repo\n    sshKey: id_ed25519\n    knownHostsKey: hosts\n"),
        StandardCharsets.UTF_8);
    Map<String, Object> secret = map(gitSecretVolume(platform).get("secret"));
    assertThat(secret.get("secretName")).isEqualTo("config-repo");
    assertThat(secret.get("items"))
        .isEqualTo(
            List.of(
                Map.of("key", "id_ed25519", "path", "ssh"),
                Map.of("key", "hosts", "path", "known_hosts")));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> gitSecretVolume(Path platform) {
    Path out = temp.resolve("charts-" + platform.getParent().getFileName());
    Chartgen.create()
        .generate(
            Request.of(platform, GOLDEN.resolve("deployment-java-spring/descriptors"), out)
                .withDisplayRoot(temp));
    List<RenderedObject> objects =
        new ReleaseRenderer(new HelmRunner())
            .render(out.resolve("egov-user"), "egov-user", "egov", null, Map.of(), List.of());
    RenderedObject deployment =
        objects.stream().filter(o -> o.kind().equals("Deployment")).findFirst().orElseThrow();
    Map<String, Object> pod =
        map(map(map(deployment.content().get("spec")).get("template")).get("spec"));
    List<Object> init = (List<Object>) pod.get("initContainers");
    Map<String, Object> gitSync =
        init.stream()
            .map(GitSyncSecretTest::map)
            .filter(c -> "git-sync".equals(c.get("name")))
            .findFirst()
            .orElseThrow();
    assertThat((List<Object>) gitSync.get("volumeMounts"))
        .anySatisfy(
            m ->
                assertThat(map(m))
                    .containsEntry("name", "git-secret")
                    .containsEntry("mountPath", "/etc/git-secret"));
    assertThat((List<Object>) gitSync.get("env"))
        .anySatisfy(
            e ->
                assertThat(map(e))
                    .containsEntry("name", "GIT_SSH_KNOWN_HOSTS_FILE")
                    .containsEntry("value", "/etc/git-secret/known_hosts"));
    return ((List<Object>) pod.get("volumes"))
        .stream()
            .map(GitSyncSecretTest::map)
            .filter(v -> "git-secret".equals(v.get("name")))
            .findFirst()
            .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }
}
