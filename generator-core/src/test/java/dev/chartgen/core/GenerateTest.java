package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation is deterministic, incremental and all-or-nothing. */
class GenerateTest {

  @TempDir Path work;

  @Test
  void twoRunsWriteByteIdenticalCharts() throws IOException {
    Chartgen.create().generate(Samples.request(work.resolve("a")));
    Chartgen.create().generate(Samples.request(work.resolve("b")));

    assertThat(snapshot(work.resolve("a"))).isEqualTo(snapshot(work.resolve("b"))).isNotEmpty();
  }

  @Test
  void aSecondRunRewritesNothing() {
    Path output = work.resolve("out");
    GenerateResult first = Chartgen.create().generate(Samples.request(output));

    GenerateResult second = Chartgen.create().generate(Samples.request(output));

    assertThat(second.written()).isEmpty();
    assertThat(second.removed()).isEmpty();
    assertThat(second.unchanged()).isEqualTo(first.written());
  }

  @Test
  void badDescriptorsLeaveTheOutputExactlyAsItWas() throws IOException {
    Path descriptors = copyOfSampleDescriptors();
    Path output = work.resolve("out");
    Chartgen.create().generate(request(descriptors, output));
    Map<String, String> before = snapshot(output);
    Path user = descriptors.resolve("core/egov-user.yaml");
    Files.writeString(
        user, Files.readString(user).replace("port: 8080", "port: 80800"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Chartgen.create().generate(request(descriptors, output)))
        .isInstanceOf(DescriptorException.class);
    assertThat(snapshot(output)).isEqualTo(before);
  }

  @Test
  void filesOfARemovedModuleAreDeletedButFilesOfOthersAreKept() throws IOException {
    Path descriptors = copyOfSampleDescriptors();
    Path output = work.resolve("out");
    Chartgen.create().generate(request(descriptors, output));
    Files.writeString(output.resolve("NOTES.md"), "ours, not chartgen's\n");
    Files.delete(descriptors.resolve("utilities/mailbot-cron.yaml"));

    GenerateResult result = Chartgen.create().generate(request(descriptors, output));

    assertThat(result.removed())
        .isNotEmpty()
        .allMatch(
            path ->
                path.startsWith("mailbot-cron/")
                    || path.matches("environments/[a-z]+/mailbot-cron\\.yaml")
                    // its group's umbrella chart: mailbot-cron was the only utilities module
                    || path.startsWith("umbrella/digit-utilities/"));
    assertThat(output.resolve("mailbot-cron")).doesNotExist();
    assertThat(output.resolve("NOTES.md")).hasContent("ours, not chartgen's");
    assertThat(output.resolve("egov-user/Chart.yaml")).exists();
  }

  @Test
  void aTamperedManifestStopsTheRunBeforeAnyChartChanges() throws IOException {
    Path descriptors = copyOfSampleDescriptors();
    Path output = work.resolve("out");
    Chartgen.create().generate(request(descriptors, output));
    Path manifest = output.resolve(OutputWriter.MANIFEST);
    Files.writeString(
        manifest, Files.readString(manifest) + "../descriptors/core/egov-user.yaml\n");
    Path user = descriptors.resolve("core/egov-user.yaml");
    Files.writeString(
        user, Files.readString(user).replace("port: 8080", "port: 8081"), StandardCharsets.UTF_8);
    Map<String, String> before = snapshot(output);

    assertThatThrownBy(() -> Chartgen.create().generate(request(descriptors, output)))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("'../descriptors/core/egov-user.yaml' leaves the output folder");
    assertThat(snapshot(output)).isEqualTo(before);
    assertThat(user).exists();
  }

  private Request request(Path descriptors, Path output) {
    return Request.of(Samples.PLATFORM, descriptors, output).withDisplayRoot(work);
  }

  private Path copyOfSampleDescriptors() throws IOException {
    Path target = work.resolve("descriptors");
    try (Stream<Path> files = Files.walk(Samples.DESCRIPTORS)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(Samples.DESCRIPTORS.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  /** Every file below {@code root} with its content. */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
