package dev.chartgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chartgen.core.environment.EnvironmentChecks;
import dev.chartgen.core.load.DescriptorLoader;
import dev.chartgen.core.problem.DescriptorException;
import dev.chartgen.core.problem.Problem;
import dev.chartgen.core.schema.SchemaCatalog;
import dev.chartgen.core.write.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validating descriptors on every core finds exactly the problems one thread finds, in the same
 * order: descriptors parsed, validated, bound and checked in parallel, and the modules as each
 * environment merges them checked again in parallel.
 */
class ParallelValidationTest {

  @Test
  void brokenDescriptorsGiveTheSameProblemsInTheSameOrderOnEveryCore(@TempDir Path work)
      throws IOException {
    Request request = copyOfSamples(work);
    Path descriptors = work.resolve("descriptors");
    edit(descriptors.resolve("core/egov-user.yaml"), "  replicas: 2\n", "  replicas: two\n");
    edit(descriptors.resolve("backbone/kafka.yaml"), "kind: Module\n", "kind: Module\n: : [\n");
    edit(descriptors.resolve("backbone/redis.yaml"), "chartgen/v1", "chartgen/v9");
    edit(
        descriptors.resolve("urban/pgr-services.yaml"),
        "  env:\n",
        "  env:\n    X_NOWHERE_HOST: { serviceHost: egov-nowhere }\n");

    List<Problem> sequential = loaderProblems(request, false);
    assertThat(sequential)
        .hasSizeGreaterThanOrEqualTo(4)
        .anySatisfy(p -> assertThat(p.location().source()).endsWith("egov-user.yaml"))
        .anySatisfy(p -> assertThat(p.location().source()).endsWith("kafka.yaml"))
        .anySatisfy(p -> assertThat(p.location().source()).endsWith("redis.yaml"))
        .anySatisfy(p -> assertThat(p.message()).contains("egov-nowhere"));
    for (int run = 0; run < 3; run++) {
      assertThat(loaderProblems(request, true)).containsExactlyElementsOf(sequential);
    }
    assertThat(problems(Chartgen.create(), request))
        .containsExactlyElementsOf(problems(Chartgen.create().sequential(), request));
  }

  @Test
  void environmentsBreakingMergedModulesGiveTheSameProblemsInTheSameOrderOnEveryCore(
      @TempDir Path work) throws IOException {
    Request request = copyOfSamples(work);
    Path environments = work.resolve("environments");
    String heap = "      java: { heap: \"-Xmx4g -Xms4g\" }\n";
    edit(
        environments.resolve("dev.yaml"),
        "    egov-user:\n      replicas: 1\n",
        "    egov-user:\n      replicas: 1\n" + heap);
    edit(
        environments.resolve("uat.yaml"),
        "    egov-user:\n      image: { tag: v1.2.9-0c1d7aa-2 }\n",
        "    egov-user:\n      image: { tag: v1.2.9-0c1d7aa-2 }\n" + heap);
    edit(
        environments.resolve("uat.yaml"),
        "    pgr-services:\n      image: { tag: v2.9.1-5db20e1-3 }\n",
        "    pgr-services:\n      image: { tag: v2.9.1-5db20e1-3 }\n" + heap);
    edit(
        environments.resolve("uat.yaml"),
        "  modules:\n",
        "  modules:\n    egov-userr: { replicas: 1 }\n");

    DescriptorLoader.Loaded loaded =
        new DescriptorLoader(SchemaCatalog.builtIn(), work, false)
            .read(request.platformFile(), request.descriptorDirectory());
    assertThat(loaded.problems()).isEmpty();
    List<Problem> sequential =
        EnvironmentChecks.check(loaded.descriptors().orElseThrow(), loaded.moduleNames(), true);
    // the merged modules' own checks, reported at the environment files, and an unknown module
    assertThat(sequential.stream().filter(p -> p.pointer().endsWith("/java/heap")))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(sequential).anySatisfy(p -> assertThat(p.message()).contains("egov-userr"));
    for (int run = 0; run < 3; run++) {
      assertThat(
              EnvironmentChecks.check(
                  loaded.descriptors().orElseThrow(), loaded.moduleNames(), true, true))
          .containsExactlyElementsOf(sequential);
    }
    assertThat(problems(Chartgen.create(), request))
        .containsExactlyElementsOf(problems(Chartgen.create().sequential(), request));
  }

  private static Request copyOfSamples(Path work) throws IOException {
    Files.copy(Samples.PLATFORM, work.resolve("platform.yaml"));
    Trees.copy(Samples.DESCRIPTORS, work.resolve("descriptors"));
    Trees.copy(Samples.PLATFORM.resolveSibling("environments"), work.resolve("environments"));
    return Request.of(
            work.resolve("platform.yaml"), work.resolve("descriptors"), work.resolve("out"))
        .withDisplayRoot(work);
  }

  private static List<Problem> loaderProblems(Request request, boolean parallel) {
    return new DescriptorLoader(SchemaCatalog.builtIn(), request.displayRoot(), parallel)
        .read(request.platformFile(), request.descriptorDirectory(), request.outputDirectory())
        .problems();
  }

  private static List<Problem> problems(Chartgen chartgen, Request request) {
    return catchThrowableOfType(DescriptorException.class, () -> chartgen.validate(request))
        .problems();
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as("%s holds the text to edit", file).contains(from);
    int at = text.indexOf(from);
    Files.writeString(
        file,
        text.substring(0, at) + to + text.substring(at + from.length()),
        StandardCharsets.UTF_8);
  }
}
