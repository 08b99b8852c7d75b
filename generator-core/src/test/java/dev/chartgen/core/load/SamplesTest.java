package dev.chartgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.Chartgen;
import dev.chartgen.core.Request;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.WorkloadKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples shipped with chartgen are real descriptors: they must all stay valid. */
class SamplesTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir Path output;

  @Test
  void everySampleDescriptorIsValid() {
    // Given the sample platform and its 20 module descriptors
    Request request =
        Request.of(SAMPLES.resolve("platform.yaml"), SAMPLES.resolve("descriptors"), output)
            .withDisplayRoot(SAMPLES);

    // When they are validated (a DescriptorException would list every problem)
    Descriptors descriptors = Chartgen.create().validate(request);

    // Then all 20 modules load, sorted by name, with every long-running kind and CronJobs
    assertThat(descriptors.platform().name()).isEqualTo("digit");
    assertThat(descriptors.modules())
        .extracting(Module::name)
        .containsExactly(
            "billing-service",
            "digit-ui",
            "egov-filestore",
            "egov-hrms",
            "egov-mdms-service",
            "egov-persister",
            "egov-user",
            "elasticsearch-data",
            "es-curator",
            "fluent-bit",
            "gateway",
            "household",
            "kafka",
            "kafka-connect-restart-tasks",
            "mailbot-cron",
            "pgr-services",
            "postgres",
            "pqm-scheduler",
            "redis",
            "zookeeper");
    // no sample runs as workload: Job
    assertThat(descriptors.modules())
        .extracting(m -> m.spec().workload())
        .containsOnly(
            WorkloadKind.Deployment,
            WorkloadKind.StatefulSet,
            WorkloadKind.DaemonSet,
            WorkloadKind.CronJob);
    // 20 descriptors and the 3 environment files
    assertThat(descriptors.documents()).hasSize(23);
    assertThat(descriptors.environments())
        .extracting(e -> e.name())
        .containsExactly("dev", "prod", "uat");
  }
}
