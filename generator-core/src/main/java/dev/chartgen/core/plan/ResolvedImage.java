package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.model.Image;
import dev.chartgen.core.model.Platform;

/**
 * An image reference split the way values.yaml holds it: registry, repository, tag, digest, pull
 * policy. Bare names get the platform registry; Docker Hub names get docker.io, so every reference
 * is fully qualified.
 */
public record ResolvedImage(
    String registry, String repository, String tag, String digest, String pullPolicy) {

  public static ResolvedImage of(Image image, Platform platform) {
    String repository = image.repository();
    String registry;
    int slash = repository.indexOf('/');
    if (slash < 0) {
      registry = platform.spec().registry();
    } else {
      String first = repository.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        repository = repository.substring(slash + 1);
      } else {
        registry = "docker.io";
      }
    }
    return new ResolvedImage(
        registry,
        repository,
        image.tag() == null ? "" : image.tag(),
        image.digest() == null ? "" : image.digest(),
        Defaults.pullPolicy(image));
  }

  /** The full reference, e.g. docker.io/egovio/egov-user:v1.2.8 or …@sha256:…. */
  public String reference() {
    String name = registry + "/" + repository;
    return digest.isEmpty() ? name + ":" + tag : name + "@" + digest;
  }
}
