package dev.chartgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.model.Environment;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Waiver;
import dev.chartgen.core.policy.Finding;
import dev.chartgen.core.policy.PolicyEngine;
import dev.chartgen.core.policy.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers of the fluent-bit sample: its hostPath volumes, declared with reasons, waive CG010. */
class WaiversTest {

  private static Module fluentBit;
  private static Map<String, Rule> rules;

  @BeforeAll
  static void load(@TempDir Path work) throws Exception {
    Path descriptors = work.resolve("descriptors");
    Files.createDirectories(descriptors);
    // the module alone: without the kafka module it ships to, so without its connectsTo
    String text =
        Files.readString(Path.of("../samples/descriptors/backbone/fluent-bit.yaml"))
            .replace("  networkPolicy:\n    connectsTo: [kafka]\n", "");
    Files.writeString(descriptors.resolve("fluent-bit.yaml"), text);
    // the platform alone: the sample environments override modules this test leaves out
    Files.copy(Path.of("../samples/platform.yaml"), work.resolve("platform.yaml"));
    fluentBit =
        Chartgen.create()
            .validate(Request.of(work.resolve("platform.yaml"), descriptors, work.resolve("out")))
            .modules()
            .get(0);
    rules = PolicyEngine.load(null).rules();
  }

  private static Finding finding(String rule, String object) {
    return new Finding(rules.get(rule), "fluent-bit", object, "", "m", "s");
  }

  @Test
  void hostPathVolumesWaiveCg010WithTheirReasons() {
    List<LintReport.Waived> waived = new ArrayList<>();
    Finding hostPath = finding("CG010", "DaemonSet/fluent-bit");
    Finding other = finding("CG003", "DaemonSet/fluent-bit");

    List<Finding> remaining =
        new Waivers(fluentBit)
            .apply("fluent-bit", List.of(hostPath, other), waived, rules.keySet(), true);

    assertThat(remaining).containsExactly(other);
    assertThat(waived)
        .extracting(LintReport.Waived::finding, LintReport.Waived::reason)
        .containsExactly(
            tuple(
                hostPath,
                "hostPath /var/log: Fluent Bit tails the container and pod logs the kubelet writes"
                    + " under /var/log.; hostPath /var/lib/docker/containers: On Docker-based nodes"
                    + " the log files under /var/log link into this folder."));
  }

  @Test
  void aHostPathWaiverWithoutACg010FindingIsStale() {
    List<LintReport.Waived> waived = new ArrayList<>();

    List<Finding> remaining =
        new Waivers(fluentBit).apply("fluent-bit", List.of(), waived, rules.keySet(), true);

    assertThat(waived).isEmpty();
    assertThat(remaining)
        .extracting(Finding::ruleId, Finding::object, Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "CG044",
                "descriptor",
                "/spec/volumes/1/hostPath",
                "the waiver of CG010 is stale: CG010 does not fire for this module"));
  }

  @Test
  void anEnvironmentsWaiverAppliesThereAndOnlyItCanBeStaleThere() {
    Environment dev =
        new Environment(
            "environments/dev.yaml",
            "dev",
            new Environment.Spec(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(
                    "fluent-bit",
                    new Environment.ModuleOverride(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                            new Waiver("CG015", "dev has no limits"),
                            new Waiver("CG023", "one pod in dev"))))));
    List<LintReport.Waived> waived = new ArrayList<>();
    Finding limits = finding("CG015", "DaemonSet/fluent-bit").in("dev");

    List<Finding> remaining =
        new Waivers(fluentBit, dev)
            .apply("fluent-bit", List.of(limits), waived, rules.keySet(), true);

    assertThat(waived)
        .extracting(LintReport.Waived::finding, LintReport.Waived::reason)
        .containsExactly(tuple(limits, "dev has no limits"));
    // the descriptor's hostPath waiver (CG010) is not judged in dev: only dev's own CG023 is stale
    assertThat(remaining)
        .extracting(
            Finding::ruleId, Finding::object, Finding::path, Finding::message, Finding::environment)
        .containsExactly(
            tuple(
                "CG044",
                DescriptorLocator.ENVIRONMENT,
                "/spec/modules/fluent-bit/waivers/1",
                "the waiver of CG023 is stale: CG023 does not fire for this module in dev",
                "dev"));
  }

  @Test
  void nothingIsStaleWhenTheChartWasNotChecked() {
    // Given a chart that rendered for none of the Kubernetes versions: no rule had its chance
    List<Finding> remaining =
        new Waivers(fluentBit)
            .apply("fluent-bit", List.of(), new ArrayList<>(), rules.keySet(), false);

    assertThat(remaining).isEmpty();
  }

  @Test
  void aWaiverOfAnUnknownRuleIsReported() {
    // Given a linter that knows every rule but CG010
    Map<String, Rule> known = new java.util.TreeMap<>(rules);
    known.remove("CG010");

    List<Finding> remaining =
        new Waivers(fluentBit)
            .apply("fluent-bit", List.of(), new ArrayList<>(), known.keySet(), false);

    // Then CG044 says so, even though the chart was not checked
    assertThat(remaining)
        .extracting(Finding::ruleId, Finding::path, Finding::message)
        .containsExactly(
            tuple(
                "CG044",
                "/spec/volumes/1/hostPath",
                "the waiver of CG010 names no rule: docs/rules.md lists chartgen's, policyDirectory"
                    + " adds your own"));
  }
}
