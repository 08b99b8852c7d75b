package dev.chartgen.core.load;

import static dev.chartgen.core.load.DescriptorFixture.MODULE;
import static dev.chartgen.core.load.DescriptorFixture.PLATFORM;
import static dev.chartgen.core.load.DescriptorFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.model.EnvValue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One mistake per test in an otherwise valid descriptor, and the exact line chartgen prints for it:
 * {@code file:line:column: /pointer: message (hint)}. Line numbers refer to {@link
 * DescriptorFixture#MODULE} after the edit.
 */
class DescriptorErrorsTest {

  @TempDir Path root;

  private DescriptorFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new DescriptorFixture(root);
  }

  @Test
  void theMinimalDescriptorIsValid() {
    // Given the unchanged minimal descriptor
    fixture.module(MODULE);

    // When it is loaded
    Descriptors descriptors = fixture.load();

    // Then it is the one module
    assertThat(descriptors.modules()).extracting(m -> m.name()).containsExactly("egov-user");
  }

  @Test
  void anInvalidModuleIsNotAlsoReportedAsUnknownWhereOthersReferToIt() {
    // Given egov-otp with a mistake, and egov-user referring to it
    fixture.module(MODULE);
    fixture.descriptor(
        "egov-otp.yaml",
        edit(
            edit(MODULE, "name: egov-user", "name: egov-otp"),
            "      port: 8080",
            "      port: 80800"));

    // Then only the mistake is reported, not the reference to its module
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-otp.yaml:13:13: /spec/ports/0/port: 80800 is greater than the"
                + " maximum 65535");
  }

  // ---- schema: shapes and values ----

  @Test
  void unknownPropertyIsReportedAtItsKeyWithTheClosestKnownName() {
    // Given a misspelt 'replicas' on line 11
    fixture.module(edit(MODULE, "  ports:\n", "  replica: 2\n  ports:\n"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:3: /spec/replica: unknown property 'replica'"
                + " (did you mean 'replicas'?)");
  }

  @Test
  void valueOfTheWrongTypeNamesTheExpectedAndTheFoundType() {
    // Given a quoted port number
    fixture.module(edit(MODULE, "      port: 8080", "      port: \"8080\""));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:13:13: /spec/ports/0/port: expected an integer,"
                + " found '8080'");
  }

  @Test
  void numberWhereTextBelongsIsToldToBeQuotedAsWrittenButANumericQuantityIsAccepted() {
    // Given an unquoted CPU request (Kubernetes accepts a number there) and an unquoted tag
    // that YAML reads as a number
    String yaml =
        edit(MODULE, "requests: { memory: 512Mi }", "requests: { memory: 512Mi, cpu: 0.5 }");
    yaml = edit(yaml, "tag: v1.2.8", "tag: 1.10");
    fixture.module(yaml);

    // Then only the tag is told to be quoted, digits as written
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:10:10: /spec/image/tag: expected a string, found 1.10"
                + " (quote it: \"1.10\")");
  }

  @Test
  void numericQuantitiesAreReadAsKubernetesReadsThem() {
    fixture.module(
        edit(
            MODULE,
            "requests: { memory: 512Mi }",
            "requests: { memory: 5e8, cpu: 0.5, ephemeralStorage: .5Gi }"));

    assertThat(fixture.load().modules().get(0).spec().resources().requests())
        .extracting(r -> r.cpu(), r -> r.memory(), r -> r.ephemeralStorage())
        .containsExactly("0.5", "5E+8", ".5Gi");
  }

  @Test
  void enumTypoListsTheAllowedValuesAndSuggestsTheClosest() {
    // Given a typo in appType
    fixture.module(edit(MODULE, "appType: java-spring", "appType: java-sprnig"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:7:12: /spec/appType: 'java-sprnig' is not one of"
                + " 'java-spring', 'node', 'web', 'generic' (did you mean 'java-spring'?)");
  }

  @Test
  void missingRequiredPropertyIsReportedWhereItsParentStarts() {
    // Given metadata without group
    fixture.module(edit(MODULE, "  group: core\n", ""));

    // Then the problem points at metadata's first line and names the missing property
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:4:3: /metadata/group: required property 'group' is"
                + " missing");
  }

  @Test
  void numberBeyondTheRangeOfItsFieldIsRefusedAtItsLine() {
    // Given three billion replicas, more than a Kubernetes int32 holds
    fixture.module(edit(MODULE, "  ports:\n", "  replicas: 3000000000\n  ports:\n"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:13: /spec/replicas: 3000000000 is too large: at most"
                + " 2147483647");
  }

  @Test
  void numberBeyondTheRangeOfItsFieldDoesNotHideOtherFilesProblems() {
    // Given one file with an oversized number and another with a latest tag
    fixture
        .descriptor("a-huge.yaml", edit(MODULE, "  ports:\n", "  replicas: 3000000000\n  ports:\n"))
        .descriptor(
            "b-latest.yaml",
            edit(edit(MODULE, "tag: v1.2.8", "tag: latest"), "name: egov-user", "name: b"));

    // Then both
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/a-huge.yaml:11:13: /spec/replicas: 3000000000 is too large: at most"
                + " 2147483647",
            "descriptors/b-latest.yaml:10:10: /spec/image/tag: 'latest' is refused: pin a"
                + " version tag or a digest");
  }

  @Test
  void egressBlocksThatAreNotCidrsAreRefusedOneByOne() {
    // Given a prefix beyond 32 and an octet beyond 255 on line 11
    fixture.module(
        edit(
            MODULE,
            "  ports:\n",
            "  networkPolicy: { enabled: true, allowAllEgress: false, allowEgressTo:"
                + " [10.0.0.0/33, 999.1.1.1/8, fd00::/8] }\n  ports:\n"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:74: /spec/networkPolicy/allowEgressTo/0: '10.0.0.0/33'"
                + " is not a CIDR block: the prefix length is at most 32",
            "descriptors/egov-user.yaml:11:87: /spec/networkPolicy/allowEgressTo/1: '999.1.1.1/8'"
                + " is not a CIDR block: 999 is not between 0 and 255");
  }

  @Test
  void egressBlocksWhileAllEgressIsAllowedAreRefused() {
    // Given allowEgressTo with allowAllEgress: true (and its reason)
    fixture.module(
        edit(
            MODULE,
            "  ports:\n",
            "  networkPolicy: { allowAllEgress: true, reason: r, allowEgressTo: [10.0.0.0/8] }\n"
                + "  ports:\n"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:53: /spec/networkPolicy/allowEgressTo: allowEgressTo"
                + " has no effect while allowAllEgress is true (remove allowAllEgress: true)");
  }

  @Test
  void turningTheNetworkPolicyOffOrOpeningEgressNeedsAReason() {
    // Given a policy switched off, and (second module) unrestricted egress, neither with a reason
    fixture
        .module(edit(MODULE, "  ports:\n", "  networkPolicy: { enabled: false }\n  ports:\n"))
        .descriptor(
            "b.yaml",
            edit(
                edit(MODULE, "name: egov-user", "name: egov-b"),
                "  ports:\n",
                "  networkPolicy:\n    allowAllEgress: true\n  ports:\n"));

    // Then both are refused, located at the switch
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/b.yaml:12:21: /spec/networkPolicy/allowAllEgress: unrestricted egress"
                + " needs a reason (add reason: <why>, or list the CIDRs it reaches in"
                + " allowEgressTo)",
            "descriptors/egov-user.yaml:11:29: /spec/networkPolicy/enabled: turning the"
                + " NetworkPolicy off needs a reason (add reason: <why this module cannot run"
                + " behind the computed policy>)");
  }

  @Test
  void aSecurityContextOverrideNeedsAReasonAndNoRootId() {
    // Given an override without a reason (egov-user) and one running as root (b)
    fixture
        .module(edit(MODULE, "  ports:\n", "  securityContext: { runAsUser: 5050 }\n  ports:\n"))
        .descriptor(
            "b.yaml",
            edit(
                edit(MODULE, "name: egov-user", "name: egov-b"),
                "  ports:\n",
                "  securityContext:\n    runAsUser: 0\n    fsGroup: 5050\n"
                    + "    reason: pgadmin writes its folder as 5050\n  ports:\n"));

    // Then both are refused, located
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/b.yaml:12:16: /spec/securityContext/runAsUser: 0 is root: the pods must"
                + " run as a non-root user and group (runAsNonRoot stays true) (use the image's own"
                + " non-root ID, e.g. 1000)",
            "descriptors/egov-user.yaml:11:20: /spec/securityContext/reason: required property"
                + " 'reason' is missing");
  }

  @Test
  void backboneEndpointsMustBeModulesOfThePlatform() {
    // Given connectsTo naming a module that does not exist
    fixture.module(
        edit(MODULE, "  ports:\n", "  networkPolicy: { connectsTo: [egov-otq] }\n  ports:\n"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:33: /spec/networkPolicy/connectsTo/0: unknown module"
                + " 'egov-otq' (did you mean 'egov-otp'?)");
  }

  @Test
  void aServiceMonitorWhoseTimeoutExceedsItsIntervalOrWhoseDurationIsMalformedIsRefused() {
    // Given a ServiceMonitor with a timeout longer than the interval, and one with a bad duration
    fixture.module(
        edit(
            MODULE,
            "  ports:\n",
            "  metrics: { path: /metrics, serviceMonitor: { interval: 30s, scrapeTimeout: 1m } }\n"
                + "  ports:\n"));
    fixture.descriptor(
        "egov-otq.yaml",
        edit(
            edit(MODULE, "name: egov-user", "name: egov-otq"),
            "  ports:\n",
            "  metrics: { path: /metrics, serviceMonitor: { interval: 30 seconds } }\n"
                + "  ports:\n"));

    // Then both are located at the setting
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-otq.yaml:11:58: /spec/metrics/serviceMonitor/interval: '30 seconds'"
                + " is not a Prometheus duration such as 30s or 1m30s",
            "descriptors/egov-user.yaml:11:78: /spec/metrics/serviceMonitor/scrapeTimeout:"
                + " scrapeTimeout 1m is longer than the interval 30s: Prometheus refuses such a"
                + " scrape (make the timeout at most the interval)");
  }

  @Test
  void aServiceMonitorNeedsAServiceExposingTheMetricsPort() {
    // Given the platform's ServiceMonitor on, a module whose metrics port the Service does not
    // expose, and a StatefulSet with its own ServiceMonitor block
    fixture.platform(PLATFORM + "  serviceMonitor: { enabled: true }\n");
    fixture.module(
        edit(
            MODULE,
            "  ports:\n    - name: http\n      port: 8080\n",
            "  metrics: { path: /metrics, port: metrics }\n"
                + "  ports:\n    - name: http\n      port: 8080\n"
                + "    - { name: metrics, port: 9090, expose: false }\n"));
    fixture.descriptor(
        "kafka.yaml",
        edit(
            edit(MODULE, "name: egov-user", "name: kafka"),
            "  ports:\n",
            "  workload: StatefulSet\n  metrics: { path: /metrics, serviceMonitor: {} }\n"
                + "  volumeClaimTemplates: [ { name: data, size: 1Gi, mountPath: /data } ]\n"
                + "  ports:\n"));

    // Then each is located where the ServiceMonitor is decided
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:12: /spec/metrics: a ServiceMonitor scrapes through the"
                + " module's Service, which does not expose port 'metrics' (expose: false); the"
                + " ServiceMonitor comes from the platform's serviceMonitor.enabled (expose the"
                + " metrics port, or set serviceMonitor.enabled: false)",
            "descriptors/kafka.yaml:12:46: /spec/metrics/serviceMonitor: a ServiceMonitor selects"
                + " the module's Services by label, and a StatefulSet's headless Service carries"
                + " the same labels as its client Service: every pod would be scraped twice"
                + " (scrape a StatefulSet through spec.metrics alone (prometheus.io annotations),"
                + " or set serviceMonitor.enabled: false)");
  }

  @Test
  void ingressRoutesToModulesThatCannotReceiveThemAreRefusedOneByOne() {
    // Given a platform with egov-otp listed, an egov-enc in another namespace, an egov-cron that
    // serves nothing, and egov-web with an http port
    fixture.descriptor(
        "egov-enc.yaml",
        edit(
            edit(MODULE, "name: egov-user", "name: egov-enc"),
            "  group: core\n",
            "  group: core\n  namespace: enc\n"));
    fixture.descriptor("egov-web.yaml", edit(MODULE, "name: egov-user", "name: egov-web"));
    fixture.descriptor(
        "egov-worker.yaml",
        edit(
            edit(MODULE, "name: egov-user", "name: egov-worker"),
            "      port: 8080\n",
            "      port: 8080\n      expose: false\n"));
    // and egov-user routing to each of them, to a typo, to a missing port and to itself
    fixture.module(
        edit(
            MODULE,
            "  ports:\n",
            "  ingress:\n"
                + "    routes:\n"
                + "      - { path: /a, module: egov-wbe }\n"
                + "      - { path: /b, module: egov-otp }\n"
                + "      - { path: /c, module: egov-enc }\n"
                + "      - { path: /d, module: egov-web, port: htp }\n"
                + "      - { path: /e, module: egov-user }\n"
                + "      - { path: /f, module: egov-web, port: http }\n"
                + "      - { path: /g, module: egov-worker }\n"
                + "  ports:\n"));

    // Then each wrong route is located at its module or port, with the fix
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:13:29: /spec/ingress/routes/0/module: unknown module"
                + " 'egov-wbe' (did you mean 'egov-web'?)",
            "descriptors/egov-user.yaml:14:29: /spec/ingress/routes/1/module: 'egov-otp' is listed"
                + " in the platform's services without a descriptor: chartgen knows no Service"
                + " port of it (describe it to route to it)",
            "descriptors/egov-user.yaml:15:29: /spec/ingress/routes/2/module: module 'egov-enc'"
                + " runs in namespace enc and this one in egov: an Ingress sends traffic only to"
                + " Services of its own namespace (route to it from a module of namespace enc)",
            "descriptors/egov-user.yaml:16:45: /spec/ingress/routes/3/port: module 'egov-web' has"
                + " no port named 'htp' on its Service (did you mean 'http'?)",
            "descriptors/egov-user.yaml:17:29: /spec/ingress/routes/4/module: a route to this"
                + " module itself (list /e in spec.ingress.paths)",
            "descriptors/egov-user.yaml:19:29: /spec/ingress/routes/6/module: module"
                + " 'egov-worker' has no Service to route to (a Deployment whose ports are not"
                + " exposed) (route to a module that serves a port)");
  }

  @Test
  void anIngressNeedsPathsOrRoutesAndTheGatewayOnlyRoutesOwnPaths() {
    // Given an Ingress with neither, and one routed via the gateway with routes only
    fixture.platform(PLATFORM + "    gateway: http://gateway.egov:8080/\n");
    fixture.module(edit(MODULE, "  ports:\n", "  ingress: { tls: true }\n  ports:\n"));
    fixture.descriptor(
        "egov-web.yaml",
        edit(
            edit(MODULE, "name: egov-user", "name: egov-web"),
            "  ports:\n",
            "  ingress: { viaGateway: true, routes: [ { path: /, module: egov-user } ] }\n"
                + "  ports:\n"));

    // Then the first is refused by the schema, the second where it asks for the gateway
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:12: /spec/ingress: needs paths (this module's) or"
                + " routes (other modules')",
            "descriptors/egov-web.yaml:11:26: /spec/ingress/viaGateway: viaGateway routes this"
                + " module's own paths through the gateway, and it has none (give paths, or drop"
                + " viaGateway: routes go to the other modules' Services directly)");
  }

  @Test
  void platformKubeVersionThatIsNotAHelmConstraintIsRefused() {
    // Given a platform whose kubeVersion Helm could not read (line 9), and one it can
    fixture
        .platform(
            edit(PLATFORM, "  namespace: egov\n", "  namespace: egov\n  kubeVersion: banana\n"))
        .module(MODULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "platform.yaml:9:16: /spec/kubeVersion: 'banana' is not a Helm version constraint"
                + " such as >=1.31.0-0");

    for (String constraint :
        List.of(">=1.31.0-0 <1.36.0-0", "~1.33", "1.31 - 1.35", ">=1.34.0 || ^1.31.2")) {
      fixture.platform(
          edit(
              PLATFORM,
              "  namespace: egov\n",
              "  namespace: egov\n  kubeVersion: \"" + constraint + "\"\n"));
      assertThat(fixture.load().platform().spec().kubeVersion()).isEqualTo(constraint);
    }
  }

  @Test
  void platformConventionWithTwoSourcesIsRefusedAtItsEntry() {
    // Given a platform that overrides a java-spring convention with two sources (line 13)
    fixture
        .platform(
            PLATFORM
                + """
                  conventions:
                    javaSpring:
                      env:
                        - name: SPRING_JPA_SHOW_SQL
                          value: "true"
                          configKey: show-sql
                """)
        .module(MODULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "platform.yaml:14:11: /spec/conventions/javaSpring/env/0: an entry has a name and"
                + " exactly one of configKey, datasourceUrlKey, databaseSecretKey, value,"
                + " fieldPath, moduleName");
  }

  @Test
  void envVariableNameStartingWithADigitIsRefusedAtItsKey() {
    // Given
    fixture.module(edit(MODULE, "    SERVER_PORT: \"8080\"", "    1SERVER_PORT: \"8080\""));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:23:5: /spec/env/1SERVER_PORT: '1SERVER_PORT' is not a"
                + " valid environment variable name");
  }

  @Test
  void platformServiceNameThatIsNotADnsLabelIsRefusedAtItsKey() {
    // Given
    fixture.platform(edit(PLATFORM, "    egov-otp: http", "    Egov_OTP: http")).module(MODULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "platform.yaml:10:5: /spec/services/Egov_OTP: 'Egov_OTP' is not a DNS-1123 label: use"
                + " lower-case letters, digits and '-', starting and ending with a letter or"
                + " digit");
  }

  @Test
  void moduleNameThatIsNotADns1035LabelIsRefused() {
    // Given upper-case letters and '_' in the name, or a leading digit (a Service name)
    fixture.module(edit(MODULE, "name: egov-user", "name: Egov_User"));
    fixture.descriptor(
        "digit.yaml", edit(edit(MODULE, "name: egov-user", "name: 1user"), "egov-user", "one"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/digit.yaml:4:9: /metadata/name: '1user' is not a DNS-1035 label (a"
                + " Service name): start with a lower-case letter; then lower-case letters,"
                + " digits and '-', ending with a letter or digit",
            "descriptors/egov-user.yaml:4:9: /metadata/name: 'Egov_User' is not a DNS-1035"
                + " label (a Service name): start with a lower-case letter; then lower-case"
                + " letters, digits and '-', ending with a letter or digit");
  }

  @Test
  void quantityWithAnUnknownSuffixIsRefused() {
    // Given MB, which Kubernetes does not know (it is M or Mi)
    fixture.module(edit(MODULE, "limits: { memory: 512Mi }", "limits: { memory: 512MB }"));

    // Then one problem: the heap check, which reads the limit too, does not repeat it
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:19:23: /spec/resources/limits/memory: '512MB' is not a"
                + " Kubernetes quantity such as 250m, 0.5, 512Mi, 2Gi or 1e3");
  }

  @Test
  void imageTagLatestIsRefused() {
    // Given
    fixture.module(edit(MODULE, "tag: v1.2.8", "tag: latest"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:10:10: /spec/image/tag: 'latest' is refused: pin a"
                + " version tag or a digest");
  }

  @Test
  void imageWithNeitherTagNorDigestIsOneProblemOnTheImage() {
    // Given an image with only a repository
    fixture.module(edit(MODULE, "    tag: v1.2.8\n", ""));

    // Then one problem says what is needed, not one "required" per alternative
    assertThat(fixture.problems())
        .containsExactly("descriptors/egov-user.yaml:9:5: /spec/image: needs a tag or a digest");
  }

  @Test
  void probeWithBothPathAndTcpIsRefused() {
    // Given an HTTP and a TCP check in one probe
    fixture.module(
        edit(
            MODULE,
            "liveness: { path: /user/health }",
            "liveness: { path: /user/health, tcp: true }"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:15:15: /spec/health/liveness: needs exactly one of path"
                + " (HTTP), tcp or exec");
  }

  @Test
  void envSecretReferenceWithoutKeyNamesTheMissingKey() {
    // Given a secret reference without the key inside the Secret, on line 23
    fixture.module(edit(MODULE, "SERVER_PORT: \"8080\"", "DB_PASSWORD: { secret: db }"));

    // Then the missing property is 'key', not 'secret'
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:23:18: /spec/env/DB_PASSWORD/key: required property"
                + " 'key' is missing (needed together with secret)");
  }

  @Test
  void envVariableDefinedTwiceIsADuplicateKey() {
    // Given SERVER_PORT again on line 25 (YAML would silently keep the last one)
    fixture.module(MODULE + "    SERVER_PORT: \"8081\"\n");

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:25:5: /spec/env/SERVER_PORT: duplicate key"
                + " 'SERVER_PORT' (first defined at line 23)");
  }

  @Test
  void secretLookingLiteralEnvValueIsRefused() {
    // Given a password written in clear on line 24
    fixture.module(
        edit(
            MODULE,
            "    SERVER_PORT: \"8080\"\n",
            "    SERVER_PORT: \"8080\"\n    DB_PASSWORD: s3cr3t-Passw0rd\n"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:24:18: /spec/env/DB_PASSWORD: 'DB_PASSWORD' looks like"
                + " a secret: its value must not be written into the chart (reference it"
                + " instead: {secret: <secret-name>, key: <key>})");
  }

  @Test
  void theMigrationsOwnEnvIsCheckedLikeTheServicesAtItsOwnLines() {
    // Given a migration of another database with a clear password (line 29) and an unknown
    // module (line 30)
    fixture.module(
        MODULE
            + "  dbMigration:\n"
            + "    schemaTable: service-request_schema\n"
            + "    env:\n"
            + "      DB_URL: { config: enc-db-url }\n"
            + "      FLYWAY_PASSWORD: s3cr3t-Passw0rd\n"
            + "      OTP_HOST: { serviceHost: egov-otq }\n");

    // Then both are located in the migration's env; the table name with '-' is accepted
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:29:24: /spec/dbMigration/env/FLYWAY_PASSWORD:"
                + " 'FLYWAY_PASSWORD' looks like a secret: its value must not be written into the"
                + " chart (reference it instead: {secret: <secret-name>, key: <key>})",
            "descriptors/egov-user.yaml:30:32: /spec/dbMigration/env/OTP_HOST/serviceHost: unknown"
                + " module 'egov-otq': describe it, or list its URL in the platform's services"
                + " (did you mean 'egov-otp'?)");
  }

  @Test
  void clusterAccessIsReadOnlyNeedsAReasonAndNeverGrantsSecrets() {
    // Given cluster-wide access with a short reason (line 27), a write verb (line 31) and
    // Secrets (line 30)
    fixture.module(
        MODULE
            + "  serviceAccount:\n"
            + "    clusterAccess:\n"
            + "      reason: routes\n"
            + "      rules:\n"
            + "        - apiGroups: [\"\"]\n"
            + "          resources: [services, secrets]\n"
            + "          verbs: [get, delete]\n");

    // Then every mistake is located
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:27:15: /spec/serviceAccount/clusterAccess/reason: must be"
                + " at least 10 characters long",
            "descriptors/egov-user.yaml:30:33: /spec/serviceAccount/clusterAccess/rules/0/resources/1:"
                + " granting 'secrets' is refused: it lets the module read secrets or run code in"
                + " other pods",
            "descriptors/egov-user.yaml:31:24: /spec/serviceAccount/clusterAccess/rules/0/verbs/1:"
                + " 'delete' is not one of 'get', 'list', 'watch'");
  }

  @Test
  void secretLookingLiteralLoadsWhenCg014IsWaivedWithAReason() {
    // Given DIGIT's false positive (a provider's name, not a password) and a waiver with a reason
    fixture.module(
        edit(
                MODULE,
                "    SERVER_PORT: \"8080\"\n",
                "    SERVER_PORT: \"8080\"\n    MASTER_PASSWORD_PROVIDER: software\n")
            + "  waivers:\n"
            + "    - rule: CG014\n"
            + "      reason: names the key provider (software), it is not a password\n");

    // When
    Descriptors descriptors = fixture.load();

    // Then the literal is kept; lint lists the waived finding with this reason
    assertThat(descriptors.modules().get(0).spec().env())
        .containsEntry("MASTER_PASSWORD_PROVIDER", new EnvValue.Literal("software"));
  }

  @Test
  void aWaiverOfAnotherRuleDoesNotLetASecretLiteralLoad() {
    fixture.module(
        edit(
                MODULE,
                "    SERVER_PORT: \"8080\"\n",
                "    SERVER_PORT: \"8080\"\n    DB_PASSWORD: s3cr3t-Passw0rd\n")
            + "  waivers:\n"
            + "    - rule: CG023\n"
            + "      reason: a single replica is enough for this service\n");

    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:24:18: /spec/env/DB_PASSWORD: 'DB_PASSWORD' looks like"
                + " a secret: its value must not be written into the chart (reference it"
                + " instead: {secret: <secret-name>, key: <key>})");
  }

  @Test
  void numberUnderASecretLookingNameIsAccepted() {
    // Given a TOKEN variable whose value is a duration in minutes (egov-user's)
    fixture.module(
        edit(
            MODULE,
            "    SERVER_PORT: \"8080\"\n",
            "    SERVER_PORT: \"8080\"\n    ACCESS_TOKEN_VALIDITY_IN_MINUTES: \"10080\"\n"));

    // When
    Descriptors descriptors = fixture.load();

    // Then the value is kept as written
    assertThat(descriptors.modules().get(0).spec().env())
        .containsEntry("ACCESS_TOKEN_VALIDITY_IN_MINUTES", new EnvValue.Literal("10080"));
  }

  // ---- semantic checks ----

  @Test
  void serviceHostNamingAnUnknownModuleSuggestsAKnownOne() {
    // Given a typo in the module name (egov-otp is listed in the platform's services)
    fixture.module(edit(MODULE, "serviceHost: egov-otp", "serviceHost: egov-opt"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:24:35: /spec/env/EGOV_OTP_HOST/serviceHost: unknown"
                + " module 'egov-opt': describe it, or list its URL in the platform's services"
                + " (did you mean 'egov-otp'?)");
  }

  @Test
  void probePortNumberNotDeclaredByTheContainerListsTheDeclaredOnes() {
    // Given
    fixture.module(
        edit(
            MODULE,
            "liveness: { path: /user/health }",
            "liveness: { path: /user/health, port: 9090 }"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:15:43: /spec/health/liveness/port: port 9090 is not"
                + " declared by the container (declared: 8080)");
  }

  @Test
  void probePortNameNotDeclaredByTheContainerSuggestsTheClosest() {
    // Given
    fixture.module(
        edit(
            MODULE,
            "readiness: { path: /user/health }",
            "readiness: { path: /user/health, port: htp }"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:16:44: /spec/health/readiness/port: no port named 'htp'"
                + " in the container (did you mean 'http'?)");
  }

  @Test
  void maximumHeapLargerThanTheMemoryLimitIsRefused() {
    // Given a 1 GiB heap in a 512Mi container
    fixture.module(edit(MODULE, "-Xmx256m -Xms256m", "-Xmx1g -Xms256m"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:21:11: /spec/java/heap: -Xmx does not fit in the memory"
                + " limit 512Mi: the JVM will be killed (raise resources.limits.memory above the"
                + " heap plus ~25% for the JVM's own memory)");
  }

  @Test
  void requestAboveItsLimitIsRefused() {
    // Given
    fixture.module(edit(MODULE, "requests: { memory: 512Mi }", "requests: { memory: 1Gi }"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:18:25: /spec/resources/requests/memory: the memory"
                + " request 1Gi is more than its limit 512Mi (raise limits.memory or lower the"
                + " request)");
  }

  @Test
  void secondPortWithTheSameNameIsRefused() {
    // Given a second port named http on lines 14-15
    fixture.module(
        edit(
            MODULE,
            "      port: 8080\n",
            "      port: 8080\n    - name: http\n      port: 8081\n"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:14:13: /spec/ports/1/name: duplicate port name 'http'"
                + " (also at /spec/ports/0)");
  }

  @Test
  void sameModuleNameInTwoFilesIsReportedInTheSecondFile() {
    // Given the same module described in two folders
    fixture.descriptor("core/egov-user.yaml", MODULE).descriptor("urban/egov-user.yaml", MODULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/urban/egov-user.yaml:4:9: /metadata/name: duplicate module name"
                + " 'egov-user' (also described in descriptors/core/egov-user.yaml)");
  }

  @Test
  void moduleDescribedAndListedInThePlatformServicesIsRefused() {
    // Given a descriptor for egov-otp, which the platform also lists with a URL
    fixture.module(edit(MODULE, "name: egov-user", "name: egov-otp"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:4:9: /metadata/name: 'egov-otp' is described here and"
                + " also listed in the platform's services (remove it from platform.yaml: its"
                + " URL is computed from this descriptor)");
  }

  @Test
  void replicasTogetherWithAutoscalingIsRefused() {
    // Given a fixed replica count on line 11 and an autoscaler
    fixture.module(
        edit(
            MODULE,
            "  ports:\n",
            "  replicas: 2\n"
                + "  autoscaling: { minReplicas: 2, maxReplicas: 4, targetCPUUtilization: 80 }\n"
                + "  ports:\n"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:3: /spec/replicas: replicas and autoscaling exclude"
                + " each other: the autoscaler owns the replica count (remove replicas, or set"
                + " autoscaling.minReplicas)");
  }

  @Test
  void javaSettingsOnAModuleThatIsNotJavaSpringAreRefused() {
    // Given a node module that keeps its java block (line 20)
    fixture.module(edit(MODULE, "appType: java-spring", "appType: node"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:20:3: /spec/java: java settings apply only to appType"
                + " java-spring");
  }

  // ---- header and files ----

  @Test
  void unsupportedApiVersionIsRefusedBeforeAnythingElse() {
    // Given a future apiVersion (and a mistake the schema would find)
    fixture.module(
        edit(
            edit(MODULE, "apiVersion: chartgen/v1", "apiVersion: chartgen/v2"),
            "tag: v1.2.8",
            "tag: latest"));

    // Then only the apiVersion is reported: it decides how the rest is read
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:1:13: /apiVersion: unsupported apiVersion 'chartgen/v2'"
                + " (this chartgen reads apiVersion: chartgen/v1)");
  }

  @Test
  void apiVersionWrittenAsAListIsRefusedAsWritten() {
    // Given
    fixture.module(edit(MODULE, "apiVersion: chartgen/v1", "apiVersion: [chartgen/v1]"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:1:13: /apiVersion: unsupported apiVersion"
                + " '[\"chartgen/v1\"]' (this chartgen reads apiVersion: chartgen/v1)");
  }

  @Test
  void platformInTheDescriptorFolderIsTheWrongKind() {
    // Given
    fixture.module(edit(MODULE, "kind: Module", "kind: Platform"));

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:2:7: /kind: expected kind 'Module', found 'Platform'"
                + " (the descriptor folder holds one Module per file)");
  }

  @Test
  void moduleGivenAsThePlatformFileIsTheWrongKind() {
    // Given a module where the platform file is expected
    fixture.platform(MODULE).module(MODULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            "platform.yaml:2:7: /kind: expected kind 'Platform', found 'Module' (the platform"
                + " file holds kind: Platform)");
  }

  @Test
  void emptyDescriptorFolderIsReported() {
    // Given no descriptor at all

    // Then
    assertThat(fixture.problems())
        .containsExactly("descriptors: no module descriptors (*.yaml) in the descriptor folder");
  }

  @Test
  void threeIndependentMistakesInOneDescriptorAreAllReportedInFileOrder() {
    // Given a latest tag (line 10), a misspelt property (line 11), a bad quantity (line 20)
    String yaml = edit(MODULE, "tag: v1.2.8", "tag: latest");
    yaml = edit(yaml, "  ports:\n", "  replica: 2\n  ports:\n");
    yaml = edit(yaml, "limits: { memory: 512Mi }", "limits: { memory: 512MB }");
    fixture.module(yaml);

    // Then all three at once, in the order of the file
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:10:10: /spec/image/tag: 'latest' is refused: pin a"
                + " version tag or a digest",
            "descriptors/egov-user.yaml:11:3: /spec/replica: unknown property 'replica'"
                + " (did you mean 'replicas'?)",
            "descriptors/egov-user.yaml:20:23: /spec/resources/limits/memory: '512MB' is not a"
                + " Kubernetes quantity such as 250m, 0.5, 512Mi, 2Gi or 1e3");
  }

  @Test
  void schemaMistakesDoNotHideTheSemanticMistakesOfTheSameFile() {
    // Given a misspelt property (line 11, schema), a probe on an undeclared port name (line 17)
    // and a heap larger than the memory limit (line 22), both found only by the semantic checks
    String yaml = edit(MODULE, "  ports:\n", "  replica: 2\n  ports:\n");
    yaml =
        edit(
            yaml,
            "readiness: { path: /user/health }",
            "readiness: { path: /user/health, port: htp }");
    yaml = edit(yaml, "-Xmx256m -Xms256m", "-Xmx1g -Xms256m");
    fixture.module(yaml);

    // Then all three at once, in the order of the file
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:11:3: /spec/replica: unknown property 'replica'"
                + " (did you mean 'replicas'?)",
            "descriptors/egov-user.yaml:17:44: /spec/health/readiness/port: no port named 'htp'"
                + " in the container (did you mean 'http'?)",
            "descriptors/egov-user.yaml:22:11: /spec/java/heap: -Xmx does not fit in the memory"
                + " limit 512Mi: the JVM will be killed (raise resources.limits.memory above the"
                + " heap plus ~25% for the JVM's own memory)");
  }

  @Test
  void aValueTheModelCannotReadLeavesOnlyTheSchemaProblem() {
    // Given an appType written as a list (schema), and a duplicated port name (semantic)
    String yaml =
        edit(
            MODULE, "      port: 8080\n", "      port: 8080\n    - name: http\n      port: 8081\n");
    yaml = edit(yaml, "  appType: java-spring", "  appType: [java-spring]");
    fixture.module(yaml);

    // Then the schema problem only: the semantic checks need an appType they can read; the
    // duplicate is reported once the appType is fixed
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/egov-user.yaml:7:12: /spec/appType: a list is not one of 'java-spring',"
                + " 'node', 'web', 'generic'");
  }

  @Test
  void mistakesInSeveralFilesAreAllReportedFileByFile() {
    // Given a YAML syntax error in one file and a schema error in another
    fixture
        .descriptor("a-broken.yaml", edit(MODULE, "name: egov-user", "name: : egov-user"))
        .descriptor("b-latest.yaml", edit(MODULE, "tag: v1.2.8", "tag: latest"));

    // Then both, sorted by file
    assertThat(fixture.problems())
        .containsExactly(
            "descriptors/a-broken.yaml:4:9: invalid YAML: mapping values are not allowed here",
            "descriptors/b-latest.yaml:10:10: /spec/image/tag: 'latest' is refused: pin a"
                + " version tag or a digest");
  }
}
