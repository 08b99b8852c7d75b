package dev.chartgen.core.model;

import java.util.List;

/**
 * Settings of a Job, or of the Jobs a CronJob creates.
 *
 * @param restartPolicy OnFailure (default) or Never
 * @param hook run as a Helm hook; null for a plain Job
 */
public record JobSpec(
    Integer backoffLimit,
    Integer activeDeadlineSeconds,
    Integer ttlSecondsAfterFinished,
    String restartPolicy,
    Hook hook) {

  public static final JobSpec DEFAULT = new JobSpec(null, null, null, null, null);

  public JobSpec {
    backoffLimit = backoffLimit == null ? 3 : backoffLimit;
    ttlSecondsAfterFinished = ttlSecondsAfterFinished == null ? 86400 : ttlSecondsAfterFinished;
    restartPolicy = restartPolicy == null ? "OnFailure" : restartPolicy;
  }

  /**
   * A Helm hook.
   *
   * @param events e.g. pre-install, pre-upgrade
   * @param deletePolicy e.g. before-hook-creation, hook-succeeded
   * @param weight order among hooks
   */
  public record Hook(List<String> events, List<String> deletePolicy, Integer weight) {
    public Hook {
      events = Lists.copy(events);
      deletePolicy =
          deletePolicy == null ? List.of("before-hook-creation") : List.copyOf(deletePolicy);
      weight = weight == null ? 0 : weight;
    }
  }
}
