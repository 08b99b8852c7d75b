package dev.chartgen.core.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the DIGIT reference data lives: ../shared/digit-reference beside the repository. */
final class DigitReference {

  private DigitReference() {}

  /** The folder; the repository root is the parent of the module folder the tests run in. */
  static Path folder() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("../shared/digit-reference").normalize();
      if (Files.isDirectory(p.resolve(".git")) || Files.isRegularFile(p.resolve(".git"))) {
        Assumptions.assumeTrue(
            Files.isDirectory(candidate), "../shared/digit-reference is not beside the repository");
        return candidate;
      }
    }
    throw new IllegalStateException("not inside a git repository: " + here);
  }
}
