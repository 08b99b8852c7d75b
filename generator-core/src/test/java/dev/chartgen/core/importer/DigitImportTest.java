package dev.chartgen.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.load.Descriptors;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitImportTest {

  @TempDir Path temp;

  @Test
  void importsAtLeast95PercentOfTheReferenceAndTheProjectValidates() {
    String keep = System.getProperty("import.keep");
    Path to = keep != null ? Path.of(keep) : temp.resolve("digit");
    ImportResult result =
        DigitImporter.run(
            new ImportRequest(DigitReference.folder(), "egov-demo", to, "0.1.0-SNAPSHOT"));
    System.out.print(result.table());
    long ok =
        result.count(ServiceImport.Status.IMPORTED) + result.count(ServiceImport.Status.WITH_NOTES);
    assertThat(ok * 100).isGreaterThanOrEqualTo(95L * result.services().size());
    Descriptors descriptors =
        Chartgen.create()
            .validate(
                Request.of(
                        to.resolve("platform.yaml"),
                        to.resolve("descriptors"),
                        to.resolve("charts-out"))
                    .withDisplayRoot(to));
    assertThat(descriptors.modules()).hasSize((int) ok);
  }
}
