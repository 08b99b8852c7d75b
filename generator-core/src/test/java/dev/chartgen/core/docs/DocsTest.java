package dev.chartgen.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed reference pages are what the schemas and rules say today. */
class DocsTest {

  private static final Path DOCS = Path.of("..", "docs");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @Test
  void descriptorReferenceIsCurrent() throws IOException {
    check(DOCS.resolve("descriptor.md"), SchemaReference.builtIn().markdown());
  }

  private static void check(Path page, String expected) throws IOException {
    if (UPDATE) {
      Files.writeString(page, expected, StandardCharsets.UTF_8);
    }
    assertThat(page)
        .as("%s is stale: run the tests with -Dgolden.update=true", page)
        .usingCharset(StandardCharsets.UTF_8)
        .hasContent(expected);
  }
}
