package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.problem.DescriptorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validated descriptors are reused within a JVM, and any changed input is seen: a descriptor, the
 * platform file, an environment file added.
 */
class ValidatedTest {

  @TempDir Path work;

  private Request request() throws IOException {
    return Samples.redisPlatform(work);
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = work.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void unchangedInputsAreValidatedOnceAndEveryChangeIsSeen() throws IOException {
    Chartgen chartgen = Chartgen.create();
    Descriptors first = chartgen.validate(request());
    assertThat(chartgen.validate(request())).isSameAs(first);

    // a descriptor broken: validated again, and refused
    edit("descriptors/redis.yaml", "replicas: 1", "replicas: many");
    assertThatThrownBy(() -> chartgen.validate(request())).isInstanceOf(DescriptorException.class);
    edit("descriptors/redis.yaml", "replicas: many", "replicas: 1");
    assertThat(chartgen.validate(request())).isSameAs(first);

    // the platform file changed: new descriptors
    edit("platform.yaml", "chartVersion: 0.1.0", "chartVersion: 0.2.0");
    Descriptors second = chartgen.validate(request());
    assertThat(second).isNotSameAs(first);
    assertThat(second.platform().spec().chartVersion()).isEqualTo("0.2.0");

    // an environment file added: seen
    Files.createDirectories(work.resolve("environments"));
    Files.writeString(work.resolve("environments/qa.yaml"), "kind: Nonsense\n");
    assertThatThrownBy(() -> chartgen.validate(request())).isInstanceOf(DescriptorException.class);
  }

  @Test
  void anotherOutputFolderOutsideTheDescriptorsReusesTheValidation() throws IOException {
    Chartgen chartgen = Chartgen.create();
    Descriptors first = chartgen.validate(request());
    Request elsewhere =
        Request.of(request().platformFile(), request().descriptorDirectory(), work.resolve("x"))
            .withDisplayRoot(work);
    assertThat(chartgen.validate(elsewhere)).isSameAs(first);

    // an output folder inside the descriptor folder is refused, never taken from memory
    Request inside =
        Request.of(
                request().platformFile(),
                request().descriptorDirectory(),
                work.resolve("descriptors/out"))
            .withDisplayRoot(work);
    assertThatThrownBy(() -> chartgen.validate(inside)).isInstanceOf(DescriptorException.class);
  }
}
