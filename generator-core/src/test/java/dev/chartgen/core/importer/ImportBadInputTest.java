package dev.chartgen.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chartgen.core.problem.DescriptorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad DIGIT input: a located line in the report, that service refused, the others imported. */
class ImportBadInputTest {

  @TempDir Path temp;

  private Path digit() throws IOException {
    return DigitFolder.create(temp);
  }

  private ImportResult run(Path from) {
    return DigitImporter.run(new ImportRequest(from, "dev", temp.resolve("out"), "1.0"));
  }

  private static final String GOOD = "image:\n  repository: good\n  tag: v1\nreplicas: \"2\"\n";

  @Test
  void eachKindOfBadInputRefusesItsServiceAtItsLineAndTheOthersGoOn() throws IOException {
    Path from = digit();
    DigitFolder.chart(from, "good", GOOD);
    DigitFolder.chart(from, "not-yaml", "image:\n  repository: [unclosed\n");
    DigitFolder.chart(
        from,
        "bad-env",
        "image:\n  repository: bad-env\n  tag: v1\nenv: |\n  - name: A\n    value: \"x\n  - name: B\n");
    DigitFolder.chart(
        from,
        "unknown-expression",
        "image:\n  repository: u\n  tag: v1\nenv: |\n  - name: A\n    value: {{ lookup \"v1\" \"Secret\" \"egov\" \"db\" }}\n");
    ImportResult result = run(from);
    assertThat(result.summary()).isEqualTo("imported=1 with-notes=0 refused=3");
    assertThat(result.report()).endsWith("imported=1 with-notes=0 refused=3\n");
    assertThat(refusal(result, "not-yaml"))
        .isEqualTo(
            "charts/core-services/not-yaml/values.yaml:3:1: invalid YAML: while parsing a flow"
                + " sequence, expected ',' or ']', but got <stream end> (the flow sequence starts at"
                + " line 2, column 15)");
    assertThat(refusal(result, "bad-env"))
        .startsWith("charts/core-services/bad-env/values.yaml:")
        .contains("env is not a YAML list of env entries");
    assertThat(refusal(result, "unknown-expression"))
        .isEqualTo(
            "charts/core-services/unknown-expression/values.yaml:6: template expression {{ lookup"
                + " \"v1\" \"Secret\" \"egov\" \"db\" }}: 'lookup' is not understood");
    assertThat(temp.resolve("out/descriptors/core-services/good.yaml")).exists();
    assertThat(result.table()).contains("unknown-expression").endsWith("refused=3\n");
  }

  @Test
  void aFolderWithNoChartsIsALineInTheReport() throws IOException {
    ImportResult result = run(digit());
    assertThat(result.summary()).isEqualTo("imported=0 with-notes=0 refused=0");
    assertThat(result.report()).contains("no chart depending on DIGIT's common chart was found");
  }

  @Test
  void aTargetThatIsNotEmptyIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path from = digit();
    DigitFolder.chart(from, "good", GOOD);
    DigitFolder.write(temp.resolve("out/keep-me.txt"), "mine");
    assertThatThrownBy(() -> run(from))
        .isInstanceOf(DescriptorException.class)
        .hasMessageContaining(
            "is not empty: import into a new or empty folder (nothing was written)");
    try (var files = Files.list(temp.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep-me.txt");
    }
  }

  @Test
  void importIsDeterministic() throws IOException {
    Path from = digit();
    DigitFolder.chart(from, "good", GOOD);
    ImportResult first =
        DigitImporter.run(new ImportRequest(from, "dev", temp.resolve("a"), "1.0"));
    ImportResult second =
        DigitImporter.run(new ImportRequest(from, "dev", temp.resolve("b"), "1.0"));
    assertThat(second.files()).isEqualTo(first.files());
    for (String file : first.files()) {
      assertThat(temp.resolve("b").resolve(file))
          .hasSameTextualContentAs(temp.resolve("a").resolve(file));
    }
  }

  private static String refusal(ImportResult result, String module) {
    return result.services().stream()
        .filter(s -> s.module().equals(module))
        .findFirst()
        .orElseThrow()
        .refusal();
  }
}
