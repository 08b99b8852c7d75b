package dev.chartgen.core.convention;

import dev.chartgen.core.model.Conventions;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.schema.SchemaValidator;
import dev.chartgen.core.yaml.RecordCreators;
import dev.chartgen.core.yaml.YamlDocument;
import dev.chartgen.core.yaml.YamlParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conventions in force for a platform: the built-in set ({@value #BUILT_IN}, checked against
 * conventions.schema.json when first read), extended or overridden by the platform file's {@code
 * spec.conventions} (checked against the same schema, with located errors, when the platform is
 * loaded).
 */
public final class PlatformConventions {

  /** The built-in conventions inside the core jar. */
  public static final String BUILT_IN = "dev/chartgen/conventions/digit.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(RecordCreators.module())
          .build();

  private static final Conventions BUILT_IN_CONVENTIONS = read(SchemaCatalog.shared());

  private PlatformConventions() {}

  /** The built-in conventions. */
  public static Conventions builtIn() {
    return BUILT_IN_CONVENTIONS;
  }

  /** The conventions in force for {@code platform}. */
  public static Conventions of(Platform platform) {
    return BUILT_IN_CONVENTIONS.overriddenBy(platform.spec().conventions());
  }

  /**
   * Reads and checks the built-in conventions.
   *
   * @throws IllegalStateException when they break the schema: a fault of chartgen itself
   */
  static Conventions read(SchemaCatalog catalog) {
    String text;
    try (InputStream in =
        PlatformConventions.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource " + BUILT_IN);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    YamlDocument document = YamlParser.parse(BUILT_IN, text);
    List<Problem> problems =
        new SchemaValidator(catalog)
            .validate(document, SchemaCatalog.ID_PREFIX + SchemaCatalog.CONVENTIONS_SCHEMA);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "the built-in conventions break their schema:\n"
              + problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    }
    return MAPPER.treeToValue(document.root(), Conventions.class);
  }
}
