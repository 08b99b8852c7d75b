package dev.chartgen.core.repo;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.PushCommand;
import dev.chartgen.core.problem.OutputException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes chart archives to an OCI registry with the embedded Helm ({@code helm push}); credentials
 * come from Helm's registry configuration ({@code helm registry login}, or the Docker config).
 */
public final class OciPush {

  private OciPush() {}

  /**
   * Pushes every archive to {@code remote}.
   *
   * @param remote e.g. {@code oci://registry.example.org/charts}
   * @param plainHttp talk HTTP instead of HTTPS (a local test registry)
   * @return what Helm said for each archive
   * @throws IllegalArgumentException when {@code remote} is not an oci:// URI
   * @throws OutputException when a push fails
   */
  public static List<String> push(List<Path> archives, URI remote, boolean plainHttp) {
    if (!"oci".equals(remote.getScheme())) {
      throw new IllegalArgumentException(
          "the registry must be an oci:// address, e.g. oci://registry.example.org/charts, not '"
              + remote
              + "'");
    }
    List<String> results = new ArrayList<>();
    for (Path archive : archives) {
      PushCommand command = Helm.push().withChart(archive).withRemote(remote);
      if (plainHttp) {
        command.plainHttp();
      }
      try {
        results.add(command.call());
      } catch (RuntimeException e) {
        throw new OutputException(
            "helm push " + archive.getFileName() + " to " + remote + " failed: " + e.getMessage(),
            e);
      }
    }
    return List.copyOf(results);
  }
}
