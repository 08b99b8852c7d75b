package dev.chartgen.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Location;
import dev.chartgen.core.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class YamlParserTest {

  private static final String FILE = "descriptors/m.yaml";

  private static List<String> problemsOf(String yaml) {
    DescriptorException e =
        catchThrowableOfType(DescriptorException.class, () -> YamlParser.parse(FILE, yaml));
    assertThat(e).as("a DescriptorException for:\n%s", yaml).isNotNull();
    return e.problems().stream().map(Problem::format).toList();
  }

  // ---- locations ----

  @Test
  void valueLocationsAreOneBasedLineAndColumnOfWhereEachValueStarts() {
    // Given
    String yaml =
        """
        metadata:
          name: egov-user
        spec:
          ports:
            - name: http
              port: 8080
          env: { A: "1", B: x }
        """;

    // When
    YamlDocument document = YamlParser.parse(FILE, yaml);

    // Then
    assertThat(document.locate("")).isEqualTo(new Location(FILE, 1, 1));
    assertThat(document.locate("/metadata")).isEqualTo(new Location(FILE, 2, 3));
    assertThat(document.locate("/metadata/name")).isEqualTo(new Location(FILE, 2, 9));
    assertThat(document.locate("/spec/ports")).isEqualTo(new Location(FILE, 5, 5));
    assertThat(document.locate("/spec/ports/0")).isEqualTo(new Location(FILE, 5, 7));
    assertThat(document.locate("/spec/ports/0/port")).isEqualTo(new Location(FILE, 6, 13));
    assertThat(document.locate("/spec/env")).isEqualTo(new Location(FILE, 7, 8));
    assertThat(document.locate("/spec/env/B")).isEqualTo(new Location(FILE, 7, 21));
  }

  @Test
  void keyLocationsPointAtTheKeyNotTheValue() {
    // Given
    String yaml =
        """
        spec:
          ports:
            - name: http
          env: { A: "1", B: x }
        """;

    // When
    YamlDocument document = YamlParser.parse(FILE, yaml);

    // Then
    assertThat(document.locateKey("/spec")).isEqualTo(new Location(FILE, 1, 1));
    assertThat(document.locateKey("/spec/ports")).isEqualTo(new Location(FILE, 2, 3));
    assertThat(document.locateKey("/spec/ports/0/name")).isEqualTo(new Location(FILE, 3, 7));
    assertThat(document.locateKey("/spec/env/B")).isEqualTo(new Location(FILE, 4, 18));
  }

  @Test
  void missingPointerIsLocatedAtItsNearestExistingAncestor() {
    // Given
    YamlDocument document = YamlParser.parse(FILE, "spec:\n  image:\n    repository: x\n");

    // When a property that is not there is located
    Location location = document.locate("/spec/image/tag");

    // Then it is where its parent object starts
    assertThat(location).isEqualTo(new Location(FILE, 3, 5));
    assertThat(document.locateKey("/spec/image/tag")).isEqualTo(location);
  }

  @Test
  void keysWithSlashAndTildeAreEscapedInPointers() {
    // Given annotation keys, which contain '/' and may contain '~'
    YamlDocument document =
        YamlParser.parse(FILE, "annotations:\n  zuul/route-path: /user\n  a~b: c\n");

    // Then
    assertThat(document.locate("/annotations/zuul~1route-path"))
        .isEqualTo(new Location(FILE, 2, 20));
    assertThat(document.locate("/annotations/a~0b")).isEqualTo(new Location(FILE, 3, 8));
  }

  // ---- refusals ----

  @Test
  void duplicateKeyIsReportedAtTheSecondKeyWithTheLineOfTheFirst() {
    // Given
    String yaml =
        """
        spec:
          env:
            SERVER_PORT: "8080"
            MDMS_HOST: x
            SERVER_PORT: "8081"
        """;

    // Then
    assertThat(problemsOf(yaml))
        .containsExactly(
            FILE
                + ":5:5: /spec/env/SERVER_PORT: duplicate key 'SERVER_PORT' (first defined at"
                + " line 3)");
  }

  @Test
  void everyDuplicateKeyIsReported() {
    // Given the same key three times, and another duplicate in a flow mapping
    String yaml = "a: 1\nb: { x: 1, x: 2 }\na: 2\na: 3\n";

    // Then
    assertThat(problemsOf(yaml))
        .containsExactly(
            FILE + ":2:12: /b/x: duplicate key 'x' (first defined at line 2)",
            FILE + ":3:1: /a: duplicate key 'a' (first defined at line 1)",
            FILE + ":4:1: /a: duplicate key 'a' (first defined at line 1)");
  }

  @Test
  void syntaxErrorIsLocatedAtItsLineAndColumn() {
    // Given a second ':' on line 2
    String yaml = "metadata:\n  name: : egov-user\n";

    // Then
    assertThat(problemsOf(yaml))
        .containsExactly(FILE + ":2:9: invalid YAML: mapping values are not allowed here");
  }

  @Test
  void unclosedFlowSequenceSaysWhereItStarts() {
    // Given a '[' on line 2 that is never closed: the parser notices only on line 3
    String yaml = "a: 1\nb: [1, 2\nc: 3\n";

    // Then
    assertThat(problemsOf(yaml))
        .containsExactly(
            FILE
                + ":3:2: invalid YAML: while parsing a flow sequence, expected ',' or ']', but"
                + " got : (the flow sequence starts at line 2, column 4)");
  }

  @Test
  void unclosedQuoteSaysWhereItStarts() {
    // Given a quote opened on line 2 and never closed
    String yaml = "a: 1\nb: \"unclosed\nc: 3\n";

    // Then
    assertThat(problemsOf(yaml))
        .containsExactly(
            FILE
                + ":4:1: invalid YAML: while scanning a quoted scalar, found unexpected end of"
                + " stream (the quoted scalar starts at line 2, column 4)");
  }

  @Test
  void undefinedAliasIsReportedWithoutAnEmptyContext() {
    // Then
    assertThat(problemsOf("a: *nope\n"))
        .containsExactly(FILE + ":1:4: invalid YAML: found undefined alias nope");
  }

  @Test
  void nonScalarKeyIsRefusedWhereItStands() {
    // Given a list used as a key on line 2
    String yaml = "a: 1\n? [x, y]\n: 2\n";

    // Then
    assertThat(problemsOf(yaml)).containsExactly(FILE + ":2:3: keys must be plain strings");
  }

  @Test
  void twoDocumentsInOneFileAreRefusedAtTheSecond() {
    // Given
    String yaml = "kind: Module\n---\nkind: Module\n";

    // Then
    assertThat(problemsOf(yaml))
        .containsExactly(
            FILE
                + ":3:1: a descriptor file holds exactly one YAML document; split it into one"
                + " file per document");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "# only a comment\n"})
  void fileWithoutADocumentIsEmpty(String yaml) {
    // Then
    assertThat(problemsOf(yaml)).containsExactly(FILE + ":1:1: the file is empty");
  }

  // ---- scalars (YAML 1.2 core schema) ----

  @Test
  void scalarsAreTypedByTheCoreSchema() {
    // Given
    String yaml =
        """
        int: 42
        hex: 0x1F
        big: 12345678901
        yes: true
        no: False
        null1: null
        null2: ~
        empty:
        float: 1.10
        quoted: "42"
        word: yes
        version: 1.2.8
        """;

    // When
    JsonNode root = YamlParser.parse(FILE, yaml).root();

    // Then
    assertThat(root.get("int").isInt()).isTrue();
    assertThat(root.get("int").intValue()).isEqualTo(42);
    assertThat(root.get("hex").intValue()).isEqualTo(31);
    assertThat(root.get("big").isLong()).isTrue();
    assertThat(root.get("big").longValue()).isEqualTo(12345678901L);
    assertThat(root.get("yes").isBoolean()).isTrue();
    assertThat(root.get("yes").booleanValue()).isTrue();
    assertThat(root.get("no").isBoolean()).isTrue();
    assertThat(root.get("no").booleanValue()).isFalse();
    assertThat(root.get("null1").isNull()).isTrue();
    assertThat(root.get("null2").isNull()).isTrue();
    assertThat(root.get("empty").isNull()).isTrue();
    assertThat(root.get("quoted").isString()).isTrue();
    assertThat(root.get("quoted").stringValue()).isEqualTo("42");
    // YAML 1.1 booleans (yes/no/on/off) are text in YAML 1.2
    assertThat(root.get("word").isString()).isTrue();
    assertThat(root.get("word").stringValue()).isEqualTo("yes");
    assertThat(root.get("version").stringValue()).isEqualTo("1.2.8");
  }

  @Test
  void floatKeepsItsWrittenDigits() {
    // Given a version-like number whose trailing zero matters
    JsonNode value = YamlParser.parse(FILE, "version: 1.10\n").root().get("version");

    // Then it is a decimal that still reads 1.10, not 1.1
    assertThat(value.isBigDecimal()).isTrue();
    assertThat(value.decimalValue()).isEqualTo(new BigDecimal("1.10"));
    assertThat(value.decimalValue().toPlainString()).isEqualTo("1.10");
  }

  @Test
  void aliasesAreExpanded() {
    // Given
    JsonNode root = YamlParser.parse(FILE, "a: &x [1, 2]\nb: *x\n").root();

    // Then
    assertThat(root.get("b")).isEqualTo(root.get("a"));
    assertThat(root.get("b").size()).isEqualTo(2);
  }

  @Test
  void anAliasInsideItselfIsRefusedInsteadOfRecursingForever() {
    // Given a list that contains itself
    String yaml = "spec:\n  command: &a [x, *a]\n";

    // Then one problem where the nesting goes too deep
    assertThat(problemsOf(yaml))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith(
            "descriptors/m.yaml:2:12: /spec/command" + "/1".repeat(YamlParser.MAX_DEPTH - 1))
        .endsWith(": nested more than 64 levels deep (is an alias inside itself?)");
  }

  @Test
  void nestingThousandsOfLevelsDeepIsRefused() {
    // Given 5000 nested flow lists
    String yaml = "spec:\n  command: " + "[".repeat(5000) + "]".repeat(5000) + "\n";

    // Then one problem, no stack overflow
    assertThat(problemsOf(yaml))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith(": nested more than 64 levels deep (is an alias inside itself?)");
  }

  @Test
  void integersThatYaml11AndYaml12ReadDifferentlyAreRefused() {
    // Given a leading zero (octal in YAML 1.1), a 1.2 octal (text in 1.1), and plain numbers
    String yaml = "env: { MODE: 0777, MASK: 0o17, PIN: 0089, PORT: 8080, ZERO: 0, HEX: 0x1F }\n";

    // Then one problem each for the first three
    assertThat(problemsOf(yaml))
        .containsExactly(
            "descriptors/m.yaml:1:14: /env/MODE: '0777' is the octal number 511 to YAML 1.1 tools"
                + " such as Helm and kubectl, and 777 to YAML 1.2 (quote it to keep the text, or"
                + " write the number without leading zeros)",
            "descriptors/m.yaml:1:26: /env/MASK: '0o17' is text to YAML 1.1 tools such as Helm"
                + " and kubectl, and 15 to YAML 1.2 (quote it to keep the text, or write the"
                + " number without leading zeros)",
            "descriptors/m.yaml:1:37: /env/PIN: '0089' is text to YAML 1.1 tools such as Helm and"
                + " kubectl, and 89 to YAML 1.2 (quote it to keep the text, or write the number"
                + " without leading zeros)");
  }
}
