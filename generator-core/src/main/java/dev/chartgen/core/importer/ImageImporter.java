package dev.chartgen.core.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The image: repository from the values file; tag from the newest release file that lists the
 * image, else the values file's; {@code latest} is replaced by the release tag (a safe fix).
 */
final class ImageImporter {

  /** The tag written when neither a release file nor the values file pins one. */
  static final String UNPINNED = "unpinned";

  private static final String REPOSITORY = "^[a-z0-9]+([._/:-][a-z0-9]+)*$";

  private final JsonNode values;
  private final ImportContext context;
  private final ServiceLog log;
  private final ChartSource source;

  ImageImporter(JsonNode values, ImportContext context, ServiceLog log, ChartSource source) {
    this.values = values;
    this.context = context;
    this.log = log;
    this.source = source;
  }

  Map<String, Object> image() {
    String repository = Values.text(values, "image.repository");
    log.use("image.repository");
    log.use("image.tag");
    log.use("image.pullPolicy");
    if (repository.isEmpty()) {
      throw new Refusal(
          1,
          "no image.repository: not a service shaped for DIGIT's common chart (nothing to run)",
          "give it image.repository, or keep this chart as it is (e.g. an upstream chart"
              + " dependency of the platform)");
    }
    String bare = repository.replaceFirst("^(docker\\.io/)?egovio/", "");
    if (!bare.matches(REPOSITORY)) {
      throw new Refusal(
          0,
          "image.repository '" + repository + "' is not an image repository name",
          "write the repository without tag, in lower case");
    }
    Map<String, Object> image = new LinkedHashMap<>();
    image.put("repository", bare);
    String released = context.releaseTags().get(bare);
    String own = Values.text(values, "image.tag");
    String tag;
    if (released != null) {
      tag = released;
      if (own.equals("latest")) {
        log.note("safe fix: image tag 'latest' replaced by the release file's tag " + released);
      } else if (!own.isEmpty() && !own.equals(released)) {
        log.note("image tag " + own + " replaced by the newer release file's tag " + released);
      }
    } else if (!own.isEmpty() && !own.equals("latest")) {
      tag = own;
    } else {
      tag = UNPINNED;
      log.note(
          "ACTION: no release file lists "
              + bare
              + (own.equals("latest")
                  ? " and the values file says 'latest'"
                  : " and the values file has no tag")
              + "; the tag is written as the placeholder '"
              + UNPINNED
              + "', which lint rule CG017 refuses (waived in the descriptor with this reason, so"
              + " every lint report lists it): pin the real tag in the descriptor (spec.image.tag)"
              + " or the environment file (modules."
              + source.module()
              + ".image.tag), then remove the CG017 waiver");
    }
    if (!tag.matches("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")) {
      throw new Refusal(0, "image tag '" + tag + "' is not a valid tag", "write a valid tag");
    }
    image.put("tag", tag);
    JsonNode policy = values.path("image").path("pullPolicy");
    if (policy.isString() && explicitPullPolicy()) {
      image.put("pullPolicy", policy.stringValue());
    }
    return image;
  }

  private boolean explicitPullPolicy() {
    return context.common().path("image").path("pullPolicy").isMissingNode()
        || !context
            .common()
            .path("image")
            .path("pullPolicy")
            .equals(values.path("image").path("pullPolicy"));
  }
}
