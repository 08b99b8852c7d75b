package dev.chartgen.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's policy folder is checked up front: every mistake located, as bad input. */
class UserPoliciesTest {

  @TempDir Path root;

  @Test
  void policyWithoutRuleAnnotationAndOneWithWrongFieldsAreLocatedProblems() throws IOException {
    Path folder = Files.createDirectories(root.resolve("policies"));
    Files.writeString(
        folder.resolve("a.schema.json"),
        "{\n  \"title\": \"No annotation\",\n  \"type\": \"object\"\n}\n");
    Files.writeString(
        folder.resolve("b.schema.json"),
        """
        {
          "title": "Wrong fields",
          "x-rule": {
            "id": "ACME001", "severity": "fatal", "family": "acme", "target": "object",
            "message": "m"
          }
        }
        """);
    Files.writeString(
        folder.resolve("c.schema.json"),
        """
        {
          "title": "Reuses a built-in id",
          "x-rule": {
            "id": "CG001", "severity": "error", "family": "acme", "target": "object",
            "message": "m", "hint": "h"
          }
        }
        """);

    DescriptorException e =
        catchThrowableOfType(DescriptorException.class, () -> PolicyEngine.load(folder, root));

    assertThat(e.problems())
        .extracting(Problem::format)
        .containsExactly(
            "policies/a.schema.json:1:1: /x-rule: the policy has no x-rule annotation (add"
                + " \"x-rule\": {\"id\": ..., \"severity\": ..., \"family\": ..., \"target\": ...,"
                + " \"message\": ..., \"hint\": ...} (see schemas/policies))",
            "policies/b.schema.json:3:13: /x-rule/hint: is required: a text",
            "policies/b.schema.json:4:34: /x-rule/severity: must be one of error, info, warning",
            "policies/c.schema.json:4:11: /x-rule/id: rule id 'CG001' is already taken by a"
                + " built-in rule (give the rule an id of its own)");
  }

  @Test
  void wellFormedPolicyIsLoadedBesideTheBuiltInRules() throws IOException {
    Path folder = Files.createDirectories(root.resolve("policies"));
    Files.writeString(
        folder.resolve("acme.schema.json"),
        """
        {
          "title": "Objects carry a team label",
          "x-rule": {
            "id": "ACME001", "severity": "warning", "family": "acme", "target": "object",
            "message": "has no team label", "hint": "add metadata.labels.team"
          },
          "required": ["metadata"]
        }
        """);

    assertThat(PolicyEngine.load(folder, root).rules()).containsKeys("ACME001", "CG001");
  }
}
