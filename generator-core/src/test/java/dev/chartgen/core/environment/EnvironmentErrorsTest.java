package dev.chartgen.core.environment;

import static dev.chartgen.core.load.DescriptorFixture.MODULE;
import static dev.chartgen.core.load.DescriptorFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.load.Descriptors;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environment files: each mistake gets the exact located line chartgen prints, every mistake at
 * once. Line numbers refer to the environment file after the edit ({@link #ENV}: line 8 is {@code
 * egov-user:}).
 */
class EnvironmentErrorsTest {

  /**
   * A valid environment. Lines:
   *
   * <pre>
   *  1 apiVersion: chartgen/v1
   *  2 kind: Environment
   *  3 metadata:
   *  4   name: prod
   *  5 spec:
   *  6   flags: { tracing: true }
   *  7   modules:
   *  8     egov-user:
   *  9       replicas: 3
   * 10       env:
   * 11         SERVER_PORT: "8081"
   * </pre>
   */
  static final String ENV =
      """
      apiVersion: chartgen/v1
      kind: Environment
      metadata:
        name: prod
      spec:
        flags: { tracing: true }
        modules:
          egov-user:
            replicas: 3
            env:
              SERVER_PORT: "8081"
      """;

  static final String FILE = "environments/prod.yaml:";

  @TempDir Path root;

  private DescriptorFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new DescriptorFixture(root);
    fixture.module(MODULE);
  }

  @Test
  void aValidEnvironmentIsLoaded() {
    fixture.environment("prod.yaml", ENV);

    Descriptors descriptors = fixture.load();

    assertThat(descriptors.environments()).extracting(e -> e.name()).containsExactly("prod");
    assertThat(descriptors.environments().get(0).module("egov-user").replicas()).isEqualTo(3);
  }

  @Test
  void anUnknownModuleIsLocatedWithDidYouMean() {
    fixture.environment("prod.yaml", edit(ENV, "    egov-user:", "    egov-usr:"));

    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + "8:5: /spec/modules/egov-usr: unknown module 'egov-usr' (did you mean"
                + " 'egov-user'?)");
  }

  @Test
  void anUnknownKeyIsLocatedWithDidYouMean() {
    fixture.environment("prod.yaml", edit(ENV, "      replicas: 3", "      replica: 3"));

    assertThat(fixture.problems())
        .singleElement()
        .asString()
        .startsWith(FILE + "9:7: /spec/modules/egov-user/replica: ")
        .contains("did you mean 'replicas'?");
  }

  @Test
  void aWrongTypeIsLocated() {
    fixture.environment("prod.yaml", edit(ENV, "      replicas: 3", "      replicas: three"));

    assertThat(fixture.problems())
        .singleElement()
        .asString()
        .startsWith(FILE + "9:17: /spec/modules/egov-user/replicas: ");
  }

  @Test
  void aLiteralCannotOverrideASecretBackedVariable() {
    fixture.environment(
        "prod.yaml",
        edit(ENV, "        SERVER_PORT: \"8081\"", "        SPRING_DATASOURCE_PASSWORD: hunter2"));

    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + "11:9: /spec/modules/egov-user/env/SPRING_DATASOURCE_PASSWORD:"
                + " 'SPRING_DATASOURCE_PASSWORD' is read from Secret 'db' (key password): an"
                + " environment cannot override it with a literal (a Secret's value is given at"
                + " install time, never in an environment file)");
  }

  @Test
  void aSecretValueInAnEnvironmentFileIsRefused() {
    fixture.environment(
        "prod.yaml", edit(ENV, "        SERVER_PORT: \"8081\"", "        SMS_API_TOKEN: abc123"));

    assertThat(fixture.problems())
        .singleElement()
        .asString()
        .startsWith(
            FILE
                + "11:24: /spec/modules/egov-user/env/SMS_API_TOKEN: 'SMS_API_TOKEN' looks like a"
                + " secret");
  }

  @Test
  void theModuleChecksRunAgainOnTheMergedModuleAtTheEnvironmentFile() {
    fixture.environment(
        "prod.yaml",
        edit(ENV, "      replicas: 3", "      replicas: 3\n      java: { heap: \"-Xmx2g\" }"));

    assertThat(fixture.problems())
        .singleElement()
        .asString()
        .startsWith(FILE + "10:21: /spec/modules/egov-user/java/heap: ");
  }

  @Test
  void aFlagNoEnvironmentDefinesIsLocatedInTheDescriptor() {
    fixture.module(
        edit(
            MODULE,
            "    SERVER_PORT: \"8080\"",
            "    SERVER_PORT: { value: \"8080\", when: tracng }"));
    fixture.environment(
        "prod.yaml", edit(ENV, "        SERVER_PORT: \"8081\"", "        LOG_LEVEL: INFO"));

    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:23:41: /spec/env/SERVER_PORT/when: flag 'tracng' is not"
                + " defined by any environment file (did you mean 'tracing'?)");
  }

  @Test
  void twoEnvironmentsWithTheSameNameAreRefused() {
    fixture.environment("prod.yaml", ENV);
    fixture.environment("production.yaml", ENV);

    assertThat(fixture.problems())
        .containsExactly(
            "environments/production.yaml:4:9: /metadata/name: environment 'prod' is already"
                + " defined by environments/prod.yaml (give each environment file its own name)");
  }

  @Test
  void aSharedConfigKeyThePlatformDoesNotDeclareIsLocatedWithDidYouMean() {
    fixture.platform(
        edit(
            DescriptorFixture.PLATFORM,
            "  namespace: egov\n",
            "  namespace: egov\n  sharedConfig:\n    keys: [kafka-brokers, timezone]\n"));
    fixture.environment(
        "prod.yaml",
        edit(
            ENV,
            "  flags: { tracing: true }",
            "  flags: { tracing: true }\n  sharedConfig: { kafka-broker: k:9092, timezone: UTC }"));

    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + "7:19: /spec/sharedConfig/kafka-broker: key 'kafka-broker' of the shared"
                + " ConfigMap is not declared in platform.yaml (spec.sharedConfig.keys) (did you"
                + " mean 'kafka-brokers'?)");
  }

  @Test
  void theNameLintGivesDefaultValuesIsReserved() {
    fixture.environment("defaults.yaml", edit(ENV, "name: prod", "name: defaults"));

    assertThat(fixture.problems())
        .containsExactly(
            "environments/defaults.yaml:4:9: /metadata/name: environment name 'defaults' is"
                + " reserved: lint reports name the charts' default values so (give the environment"
                + " another name, e.g. dev, uat or prod)");
  }

  @Test
  void aModuleCannotTakeTheNameOfAnOutputFolderOrADeliveryChart() {
    fixture.descriptor("umbrella.yaml", edit(MODULE, "name: egov-user", "name: umbrella"));
    fixture.descriptor("platform.yaml", edit(MODULE, "name: egov-user", "name: digit-platform"));
    fixture.descriptor("core.yaml", edit(MODULE, "name: egov-user", "name: digit-core"));
    fixture.environment("prod.yaml", ENV);

    assertThat(fixture.problems())
        .contains(
            "descriptors/umbrella.yaml:4:9: /metadata/name: module name 'umbrella' is reserved: it"
                + " is the folder of the umbrella charts (rename the module: its chart is written"
                + " to charts-out/<name>/, beside them)",
            "descriptors/platform.yaml:4:9: /metadata/name: module name 'digit-platform' is"
                + " reserved: it is the name of the platform chart (rename the module: its chart is"
                + " written to charts-out/<name>/, beside them)",
            "descriptors/core.yaml:4:9: /metadata/name: module name 'digit-core' is reserved: it"
                + " is the name of the umbrella chart of group core (rename the module: its chart"
                + " is written to charts-out/<name>/, beside them)");
  }

  @Test
  void disablingAModuleAnotherReferencesNamesBoth() {
    fixture.platform(
        edit(
            DescriptorFixture.PLATFORM,
            "  services:\n    egov-otp: http://egov-otp.egov:8080/\n",
            ""));
    fixture.descriptor(
        "egov-otp.yaml",
        edit(
            edit(MODULE, "name: egov-user", "name: egov-otp"),
            "    EGOV_OTP_HOST: { serviceHost: egov-otp }",
            "    EGOV_USER_HOST: { serviceHost: egov-user }"));
    fixture.environment(
        "prod.yaml",
        edit(ENV, "    egov-user:", "    egov-otp: { enabled: false }\n    egov-user:"));

    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + "8:26: /spec/modules/egov-otp/enabled: module 'egov-otp' is disabled in"
                + " environment 'prod', but 'egov-user' (descriptors/egov-user.yaml) references it"
                + " (disable 'egov-user' too, or keep 'egov-otp' enabled)");
  }

  @Test
  void everyMistakeIsReportedAtOnce() {
    fixture.environment(
        "prod.yaml",
        """
        apiVersion: chartgen/v1
        kind: Environment
        metadata:
          name: prod
        spec:
          modules:
            pgr-servics: { replicas: 2 }
            egov-user:
              java: { heap: "-Xmx2g -Xms2g" }
              env:
                SPRING_DATASOURCE_PASSWORD: hunter2
        """);

    assertThat(fixture.problems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith(FILE + "7:5: /spec/modules/pgr-servics: "))
        .anySatisfy(p -> assertThat(p).startsWith(FILE + "9:21: /spec/modules/egov-user/java/heap"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        FILE + "11:9: /spec/modules/egov-user/env/SPRING_DATASOURCE_PASSWORD"));
  }
}
