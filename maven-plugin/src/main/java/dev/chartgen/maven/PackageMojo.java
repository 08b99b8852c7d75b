package dev.chartgen.maven;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.PackageRequest;
import dev.chartgen.core.PackageResult;
import dev.chartgen.core.text.Words;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Packs the generated charts into a Helm chart repository: one {@code <chart>-<version>.tgz} per
 * chart and an {@code index.yaml}, byte-identical on every run and machine (sorted entries, fixed
 * times and owners, a gzip header without time or name; the index's times come from {@code
 * project.build.outputTimestamp} or {@code SOURCE_DATE_EPOCH}, never the clock). Serve the folder
 * from any static host. With {@code mergeIndex} the versions the host already serves are kept; with
 * {@code ociRegistry} the archives are also pushed with the embedded Helm. With nothing changed
 * since the last packaging (inputs, charts, settings, and the archives and index as written),
 * nothing is packed again.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractIncrementalMojo {

  /** Skip this goal only (see {@code chartgen.skip} for every goal). */
  @Parameter(property = "chartgen.package.skip", defaultValue = "false")
  boolean skipPackage;

  /** Where the archives and index.yaml go. Other files there are left alone. */
  @Parameter(
      property = "chartgen.repositoryDirectory",
      defaultValue = "${project.build.directory}/helm-repo",
      required = true)
  File repositoryDirectory;

  /**
   * The index.yaml the repository serves now: its versions are kept in the new index (as {@code
   * helm repo index --merge}), so a static host keeps serving old versions. A file that is not a
   * Helm repository index, or that publishes a version with other content, fails the build and
   * nothing is written.
   */
  @Parameter(property = "chartgen.mergeIndex")
  File mergeIndex;

  /**
   * The address the archives are served from (e.g. {@code https://example.org/charts}), written
   * before each archive's name in index.yaml. Default: names relative to the index.
   */
  @Parameter(property = "chartgen.repositoryUrl")
  String repositoryUrl;

  /**
   * The time recorded in index.yaml ({@code created}, {@code generated}): ISO 8601 or seconds since
   * 1970. Default: the build's {@code project.build.outputTimestamp}; without it, the {@code
   * SOURCE_DATE_EPOCH} environment variable. Never the clock: without either the goal fails.
   */
  @Parameter(
      property = "chartgen.outputTimestamp",
      defaultValue = "${project.build.outputTimestamp}")
  String outputTimestamp;

  /**
   * An OCI registry to push every archive to after packaging, e.g. {@code
   * oci://registry.example.org/charts}, with the embedded Helm; log in first with {@code helm
   * registry login} (Helm's registry configuration is used). Default: no push.
   */
  @Parameter(property = "chartgen.ociRegistry")
  String ociRegistry;

  /** Push to {@code ociRegistry} over plain HTTP (a local test registry only). */
  @Parameter(property = "chartgen.ociPlainHttp", defaultValue = "false")
  boolean ociPlainHttp;

  @Override
  boolean skipGoal() {
    return skipPackage;
  }

  @Override
  String goal() {
    return "package";
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    Instant timestamp;
    try {
      timestamp =
          PackageRequest.stableTime(outputTimestamp, System.getenv("SOURCE_DATE_EPOCH"))
              .orElseThrow(
                  () ->
                      new MojoFailureException(
                          "chartgen:package needs a stable time for index.yaml, never the clock:"
                              + " set project.build.outputTimestamp (e.g."
                              + " 2026-01-01T00:00:00Z) or SOURCE_DATE_EPOCH"));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    }
    URI registry = null;
    if (ociRegistry != null && !ociRegistry.isBlank()) {
      try {
        registry = new URI(ociRegistry.strip());
      } catch (URISyntaxException e) {
        throw new MojoFailureException("ociRegistry '" + ociRegistry + "' is not an address");
      }
      if (!"oci".equals(registry.getScheme())) {
        throw new MojoFailureException(
            "ociRegistry must start with oci://, e.g. oci://registry.example.org/charts, not '"
                + ociRegistry
                + "'");
      }
    }
    URI target = registry;
    PackageResult result =
        callCore(
            () ->
                Chartgen.create()
                    .packageCharts(
                        new PackageRequest(
                            incremental(request(outputDirectory, null)),
                            repositoryDirectory.toPath(),
                            mergeIndex == null ? null : mergeIndex.toPath(),
                            repositoryUrl,
                            timestamp)));
    getLog()
        .info(
            String.format(
                "chartgen: %s and index.yaml (%s) in %s%s",
                Words.count(result.archives().size(), "chart archive"),
                Words.count(result.versions(), "version"),
                repositoryDirectory.toPath().normalize(),
                result.unchanged() ? " (unchanged since the last packaging)" : ""));
    if (target != null) {
      for (String line :
          callCore(() -> Chartgen.create().push(result.archives(), target, ociPlainHttp))) {
        getLog().info("chartgen: pushed " + line.strip());
      }
    }
  }
}
