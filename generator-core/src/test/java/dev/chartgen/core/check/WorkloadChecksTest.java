package dev.chartgen.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chartgen.core.load.DescriptorFixture;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.WorkloadKind;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What each workload kind needs and what it cannot have, through the loader's exact messages. */
class WorkloadChecksTest {

  private static final String FILE = "descriptors/report.yaml";
  private static final String SCHEDULE = "  cronJob:\n    schedule: \"0 2 * * *\"\n";

  @TempDir Path root;

  private DescriptorFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new DescriptorFixture(root);
  }

  /**
   * A module of {@code workload} on lines 1-10 (workload on line 7, image on lines 8-10), followed
   * by {@code rest} from line 11 on.
   */
  private static String module(String workload, String rest) {
    return """
        apiVersion: chartgen/v1
        kind: Module
        metadata:
          name: report
          group: core
        spec:
          workload: %s
          image:
            repository: report
            tag: "1.0"
        """
            .formatted(workload)
        + rest;
  }

  private DescriptorFixture given(String workload, String rest) {
    return fixture.descriptor("report.yaml", module(workload, rest));
  }

  @ParameterizedTest
  @EnumSource(WorkloadKind.class)
  void minimalModuleOfEveryKindIsValid(WorkloadKind kind) {
    // Given
    String rest =
        switch (kind) {
          case CronJob -> SCHEDULE;
          case StatefulSet ->
              "  volumeClaimTemplates:\n    - name: data\n      size: 1Gi\n      mountPath: /data\n";
          default -> "";
        };
    given(kind.name(), rest);

    // When
    Descriptors descriptors = fixture.load();

    // Then
    assertThat(descriptors.modules().get(0).spec().workload()).isEqualTo(kind);
  }

  // ---- CronJob schedule ----

  @Test
  void cronJobWithoutCronJobBlockNeedsASchedule() {
    // Given
    given("CronJob", "");

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":7:3: /spec/workload: a CronJob needs a schedule (add cronJob: {schedule:"
                + " \"0 2 * * *\"})");
  }

  @Test
  void cronJobBlockWithoutScheduleIsMissingIt() {
    // Given a cronJob block with only a time zone
    given("CronJob", "  cronJob:\n    timeZone: Asia/Kolkata\n");

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE + ":12:5: /spec/cronJob/schedule: required property 'schedule' is missing");
  }

  static Stream<Arguments> invalidSchedules() {
    return Stream.of(
        Arguments.of(
            "0 2 * *",
            "a schedule has 5 fields (minute hour day-of-month month day-of-week), found 4"),
        Arguments.of(
            "0 2 * * * *",
            "a schedule has 5 fields (minute hour day-of-month month day-of-week), found 6"),
        Arguments.of("0 25 * * *", "invalid hour field '25': 25 is outside 0-23"),
        Arguments.of("0 0 * * 7", "invalid day of week field '7': 7 is outside 0-6"),
        Arguments.of(
            "*/0 * * * *",
            "invalid minute field '*/0': the step after '/' must be a positive number"),
        Arguments.of(
            "@fortnightly",
            "unknown schedule macro '@fortnightly' (use @yearly, @monthly, @weekly, @daily or"
                + " @hourly)"));
  }

  @ParameterizedTest
  @MethodSource("invalidSchedules")
  void invalidScheduleIsReportedAtTheSchedule(String schedule, String message) {
    // Given the schedule on line 12, its value at column 15
    given("CronJob", "  cronJob:\n    schedule: \"" + schedule + "\"\n");

    // Then
    assertThat(fixture.problems())
        .containsExactly(FILE + ":12:15: /spec/cronJob/schedule: " + message);
  }

  @Test
  void unknownTimeZoneSuggestsTheClosestKnownOne() {
    // Given a misspelt zone on line 13
    given("CronJob", SCHEDULE + "    timeZone: Asia/Kolkatta\n");

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":13:15: /spec/cronJob/timeZone: unknown time zone 'Asia/Kolkatta' (did you"
                + " mean 'Asia/Kolkata'?)");
  }

  @Test
  void utcOffsetIsNotATimeZoneName() {
    // Given
    given("CronJob", SCHEDULE + "    timeZone: UTC+05:30\n");

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":13:15: /spec/cronJob/timeZone: 'UTC+05:30' is not an IANA time zone name"
                + " such as Asia/Kolkata");
  }

  @Test
  void knownTimeZoneIsAccepted() {
    // Given
    given("CronJob", SCHEDULE + "    timeZone: Asia/Kolkata\n");

    // When
    Descriptors descriptors = fixture.load();

    // Then
    assertThat(descriptors.modules().get(0).spec().cronJob().timeZone()).isEqualTo("Asia/Kolkata");
  }

  // ---- replica counts ----

  static Stream<Arguments> replicaSettingsOnKindsWithoutReplicas() {
    String replicas = "  replicas: 2\n";
    String autoscaling =
        "  autoscaling: { minReplicas: 2, maxReplicas: 3, targetCPUUtilization: 80 }\n";
    String budget = "  disruptionBudget: { maxUnavailable: 1 }\n";
    return Stream.of(
        Arguments.of(
            "DaemonSet",
            replicas,
            "/spec/replicas: a DaemonSet runs one pod per node: it has no replica count (remove"
                + " replicas)"),
        Arguments.of(
            "DaemonSet",
            autoscaling,
            "/spec/autoscaling: a DaemonSet cannot be autoscaled (remove autoscaling)"),
        Arguments.of(
            "DaemonSet",
            budget,
            "/spec/disruptionBudget: a DaemonSet has no disruption budget (remove"
                + " disruptionBudget)"),
        Arguments.of(
            "CronJob",
            replicas,
            "/spec/replicas: a CronJob runs to completion: it has no replica count (remove"
                + " replicas)"),
        Arguments.of(
            "CronJob",
            autoscaling,
            "/spec/autoscaling: a CronJob cannot be autoscaled (remove autoscaling)"),
        Arguments.of(
            "CronJob",
            budget,
            "/spec/disruptionBudget: a CronJob has no disruption budget (remove"
                + " disruptionBudget)"),
        Arguments.of(
            "Job",
            replicas,
            "/spec/replicas: a Job runs to completion: it has no replica count (remove replicas)"),
        Arguments.of(
            "Job",
            autoscaling,
            "/spec/autoscaling: a Job cannot be autoscaled (remove autoscaling)"),
        Arguments.of(
            "Job",
            budget,
            "/spec/disruptionBudget: a Job has no disruption budget (remove disruptionBudget)"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("replicaSettingsOnKindsWithoutReplicas")
  void replicaSettingsAreRefusedOnKindsWithoutAReplicaCount(
      String workload, String setting, String problem) {
    // Given the setting on line 11
    given(workload, setting + (workload.equals("CronJob") ? SCHEDULE : ""));

    // Then it is reported at its key
    assertThat(fixture.problems()).containsExactly(FILE + ":11:3: " + problem);
  }

  @Test
  void replicasWithAutoscalingOnACronJobAreNotAlsoReportedAsExcludingEachOther() {
    // Given all three replica settings on a CronJob, lines 11-13
    given(
        "CronJob",
        "  replicas: 2\n"
            + "  autoscaling: { minReplicas: 2, maxReplicas: 3 }\n"
            + "  disruptionBudget: { maxUnavailable: 1 }\n"
            + SCHEDULE);

    // Then one problem each, and no advice on tuning an autoscaler it cannot have
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":11:3: /spec/replicas: a CronJob runs to completion: it has no replica count"
                + " (remove replicas)",
            FILE + ":12:3: /spec/autoscaling: a CronJob cannot be autoscaled (remove autoscaling)",
            FILE
                + ":13:3: /spec/disruptionBudget: a CronJob has no disruption budget (remove"
                + " disruptionBudget)");
  }

  // ---- what a run-to-completion workload cannot have ----

  @Test
  void servingSettingsOnACronJobAreRefused() {
    // Given ports (line 11), health (14), an ingress (16) and a preStop hook (18)
    given(
        "CronJob",
        """
          ports:
            - name: http
              port: 8080
          health:
            liveness: { path: /health }
          ingress:
            paths: [/report]
          lifecycle: { preStopSleepSeconds: 5 }
        """
            + SCHEDULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":11:3: /spec/ports: a CronJob does not serve traffic: it has no ports (remove"
                + " ports)",
            FILE
                + ":14:3: /spec/health: a CronJob runs to completion: it has no health probes"
                + " (remove health)",
            FILE
                + ":16:3: /spec/ingress: a CronJob does not serve traffic: it has no Ingress"
                + " (remove ingress)",
            FILE
                + ":18:3: /spec/lifecycle: a CronJob runs to completion: it has no preStop hook"
                + " (remove lifecycle)");
  }

  @Test
  void helmHookOnACronJobIsRefused() {
    // Given
    given("CronJob", "  job:\n    hook: { events: [pre-install] }\n" + SCHEDULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE + ":12:5: /spec/job/hook: only a Job (workload: Job) can be a Helm hook");
  }

  @Test
  void helmHookOnAJobIsAccepted() {
    // Given
    given("Job", "  job:\n    hook: { events: [pre-install, pre-upgrade] }\n");

    // When
    Descriptors descriptors = fixture.load();

    // Then
    assertThat(descriptors.modules().get(0).spec().job().hook()).isNotNull();
  }

  @Test
  void hookJobMigrationOnACronJobIsRefused() {
    // Given mode on line 13
    given(
        "CronJob",
        "  dbMigration:\n    schemaTable: report_schema\n    mode: hookJob\n" + SCHEDULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":13:11: /spec/dbMigration/mode: a hook Job migration is for Deployments and"
                + " StatefulSets");
  }

  @Test
  void cronJobBlockOnADeploymentIsRefused() {
    // Given
    given("Deployment", SCHEDULE);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":11:3: /spec/cronJob: cronJob applies only to workload CronJob (this module is"
                + " a Deployment)");
  }

  // ---- StatefulSet storage ----

  @Test
  void statefulSetWithoutVolumeClaimTemplatesIsRefused() {
    // Given
    given("StatefulSet", "");

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":7:3: /spec/workload: a StatefulSet without volumeClaimTemplates keeps no"
                + " state of its own (add volumeClaimTemplates, or use workload: Deployment)");
  }

  private static final String CLAIM_TEMPLATE =
      """
        volumeClaimTemplates:
          - name: data
            size: 10Gi
            mountPath: /data
      """;

  @Test
  void statefulSetVolumeWithANewClaimIsRefused() {
    // Given a claim template (lines 11-14) and a shared new claim (line 17)
    given(
        "StatefulSet",
        CLAIM_TEMPLATE
            + """
              volumes:
                - name: shared
                  persistentVolumeClaim: { size: 5Gi }
                  mountPath: /shared
            """);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":17:7: /spec/volumes/0/persistentVolumeClaim: all pods of a StatefulSet would"
                + " share this one claim (use volumeClaimTemplates for a claim per pod)");
  }

  @Test
  void statefulSetVolumeWithAnExistingClaimIsAccepted() {
    // Given
    given(
        "StatefulSet",
        CLAIM_TEMPLATE
            + """
              volumes:
                - name: shared
                  persistentVolumeClaim: { existingClaim: shared-files }
                  mountPath: /shared
            """);

    // When
    Descriptors descriptors = fixture.load();

    // Then
    assertThat(descriptors.modules().get(0).spec().volumes()).hasSize(1);
  }

  // ---- volumes ----

  @Test
  void extraContainerMountNamingNoVolumeSuggestsTheClosest() {
    // Given a sidecar mounting 'cahce' (line 18) while the volume is 'cache'
    given(
        "Deployment",
        """
          volumes:
            - name: cache
              emptyDir: {}
          sidecars:
            - name: shipper
              image: { repository: shipper, tag: "2.0" }
              volumeMounts:
                - name: cahce
                  mountPath: /cache
        """);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":18:17: /spec/sidecars/0/volumeMounts/0/name: no volume named 'cahce' in"
                + " spec.volumes or spec.volumeClaimTemplates (did you mean 'cache'?)");
  }

  @Test
  void initContainerMountNamingNoVolumeListsTheDeclaredOnes() {
    // Given an init container mounting 'logs' (line 18): no close name
    given(
        "Deployment",
        """
          volumes:
            - name: cache
              emptyDir: {}
          initContainers:
            - name: warm-up
              image: { repository: warm-up, tag: "2.0" }
              volumeMounts:
                - name: logs
                  mountPath: /logs
        """);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":18:17: /spec/initContainers/0/volumeMounts/0/name: no volume named 'logs' in"
                + " spec.volumes or spec.volumeClaimTemplates (declared: cache)");
  }

  @Test
  void hostPathWithoutReasonIsRefused() {
    // Given a node folder (line 13) without the written reason that opts in
    given(
        "DaemonSet",
        """
          volumes:
            - name: logs
              hostPath: { path: /var/log }
              mountPath: /var/log
        """);

    // Then
    assertThat(fixture.problems())
        .containsExactly(
            FILE
                + ":13:17: /spec/volumes/0/hostPath/reason: required property 'reason' is missing");
  }

  @Test
  void hostPathWithAReasonIsAccepted() {
    // Given
    given(
        "DaemonSet",
        """
          volumes:
            - name: logs
              hostPath: { path: /var/log, reason: ships the node's container logs }
              mountPath: /var/log
        """);

    // When
    Descriptors descriptors = fixture.load();

    // Then
    assertThat(descriptors.modules().get(0).spec().volumes().get(0).hostPath().reason())
        .isEqualTo("ships the node's container logs");
  }
}
