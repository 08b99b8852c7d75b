package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chartgen.core.lint.LintOutcome;
import dev.chartgen.core.policy.Severity;
import dev.chartgen.core.problem.DescriptorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with nothing changed gives the validate, lint and package goals' last results again
 * without doing the work, and any change to what they read makes them do it: descriptors, a chart's
 * file, a setting, and the files they wrote.
 */
class RepeatedRunTest {

  private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path work;

  private Request request() throws IOException {
    return Samples.redisPlatform(work).withStateDirectory(work.resolve("state"));
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = work.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  @Test
  void validateTrustsOnlyARecordOfTheSameInputsAndWritesNothing() throws IOException {
    // validate itself records nothing: a second call still loads the descriptors
    assertThat(Chartgen.create().validation(request()))
        .isEqualTo(new Chartgen.Validation(1, false));
    assertThat(work.resolve("state")).doesNotExist();
    assertThat(Chartgen.create().validation(request()).unchanged()).isFalse();

    // generate found them valid and recorded it: the next build's validate loads nothing
    Chartgen.create().generate(request());
    assertThat(Chartgen.create().validation(request())).isEqualTo(new Chartgen.Validation(1, true));

    // a changed descriptor is validated again, and a broken one refused despite the record
    edit("descriptors/redis.yaml", "replicas: 1", "replicas: 2");
    assertThat(Chartgen.create().validation(request()).unchanged()).isFalse();
    edit("descriptors/redis.yaml", "replicas: 2", "replicas: many");
    assertThatThrownBy(() -> Chartgen.create().validation(request()))
        .isInstanceOf(DescriptorException.class);

    // a record of other inputs, or one that is not a record, is not trusted
    edit("descriptors/redis.yaml", "replicas: many", "replicas: 1");
    Files.writeString(work.resolve("state/validate.run"), "chartgen last run 1\nkey\tx\nline\t1\n");
    assertThat(Chartgen.create().validation(request()).unchanged()).isFalse();
    Files.writeString(work.resolve("state/validate.run"), "garbage");
    assertThat(Chartgen.create().validation(request()).unchanged()).isFalse();
  }

  @Test
  void lintIsGivenAgainOnlyWhenNothingItReadsOrWroteChanged() throws IOException {
    Chartgen.create().generate(request());
    Path reports = work.resolve("reports");
    LintRequest lint = new LintRequest(request(), List.of("1.35"), Severity.WARNING, reports, null);

    LintOutcome first = Chartgen.create().lintBuild(lint);
    assertThat(first.repeated()).isFalse();
    assertThat(first.failed()).isFalse();
    assertThat(first.summary())
        .startsWith("chartgen lint: 1 chart for Kubernetes 1.35: 0 findings");

    LintOutcome again = Chartgen.create().lintBuild(lint);
    assertThat(again.repeated()).isTrue();
    assertThat(again.table()).isEqualTo(first.table());
    assertThat(again.waivers()).isEqualTo(first.waivers());
    assertThat(again.summary())
        .isEqualTo(
            first.summary().replaceAll("in [0-9.]+ s \\([0-9.]+ s per chart\\)", "")
                + "unchanged since the last lint");

    // a report removed: linted again, and written again
    Files.delete(reports.resolve(Chartgen.SARIF_FILE));
    assertThat(Chartgen.create().lintBuild(lint).repeated()).isFalse();
    assertThat(reports.resolve(Chartgen.SARIF_FILE)).exists();
    assertThat(Chartgen.create().lintBuild(lint).repeated()).isTrue();

    // another setting: linted again
    LintRequest info = new LintRequest(request(), List.of("1.35"), Severity.INFO, reports, null);
    assertThat(Chartgen.create().lintBuild(info).repeated()).isFalse();
    // the last lint is now that one: the first setting is linted again, then given again
    assertThat(Chartgen.create().lintBuild(lint).repeated()).isFalse();
    assertThat(Chartgen.create().lintBuild(lint).repeated()).isTrue();

    // a chart edited by hand into a finding: linted again, and the failure is given again as is
    edit("out/redis/templates/_pod.tpl", "runAsNonRoot: true", "runAsNonRoot: false");
    edit("out/redis/templates/_pod.tpl", "runAsNonRoot: true", "runAsNonRoot: false");
    LintOutcome failed = Chartgen.create().lintBuild(lint);
    assertThat(failed.repeated()).isFalse();
    assertThat(failed.failed()).isTrue();
    LintOutcome failedAgain = Chartgen.create().lintBuild(lint);
    assertThat(failedAgain.repeated()).isTrue();
    assertThat(failedAgain.failures()).isEqualTo(failed.failures());
    assertThat(failedAgain.threshold()).contains("warning");
    assertThat(failedAgain.table()).isEqualTo(failed.table()).isNotEmpty();

    // a descriptor changed (a waiver, say): linted again
    edit("descriptors/redis.yaml", "replicas: 1", "replicas: 2");
    assertThat(Chartgen.create().lintBuild(lint).repeated()).isFalse();
  }

  @Test
  void packagingIsGivenAgainOnlyWhenNothingItReadsOrWroteChanged() throws IOException {
    Chartgen.create().generate(request());
    Path repository = work.resolve("repo");
    PackageRequest pack = new PackageRequest(request(), repository, null, "", TIME);

    PackageResult first = Chartgen.create().packageCharts(pack);
    assertThat(first.unchanged()).isFalse();
    PackageResult again = Chartgen.create().packageCharts(pack);
    assertThat(again.unchanged()).isTrue();
    assertThat(again.archives()).isEqualTo(first.archives());
    assertThat(again.index()).isEqualTo(first.index());
    assertThat(again.versions()).isEqualTo(first.versions());

    // an archive removed: packed again
    byte[] archive = Files.readAllBytes(first.archives().get(0));
    Files.delete(first.archives().get(0));
    assertThat(Chartgen.create().packageCharts(pack).unchanged()).isFalse();
    assertThat(Files.readAllBytes(first.archives().get(0))).isEqualTo(archive);

    // another time for the index: packed again
    PackageRequest later =
        new PackageRequest(request(), repository, null, "", TIME.plusSeconds(60));
    assertThat(Chartgen.create().packageCharts(later).unchanged()).isFalse();
    assertThat(Chartgen.create().packageCharts(later).unchanged()).isTrue();

    // a chart's file changed: packed again, with the change
    edit("out/redis/README.md", "redis", "Redis");
    assertThat(Chartgen.create().packageCharts(later).unchanged()).isFalse();
  }
}
