package dev.chartgen.core.model;

/**
 * CronJob settings. Defaults follow DIGIT: Forbid concurrent runs.
 *
 * @param schedule five-field cron expression or a macro such as {@code @daily}
 * @param timeZone IANA time zone, e.g. Asia/Kolkata; default the controller's (UTC)
 */
public record CronJobSpec(
    String schedule,
    String timeZone,
    String concurrencyPolicy,
    Integer successfulJobsHistoryLimit,
    Integer failedJobsHistoryLimit,
    Integer startingDeadlineSeconds,
    Boolean suspend) {

  public CronJobSpec {
    concurrencyPolicy = concurrencyPolicy == null ? "Forbid" : concurrencyPolicy;
    successfulJobsHistoryLimit =
        successfulJobsHistoryLimit == null ? 3 : successfulJobsHistoryLimit;
    failedJobsHistoryLimit = failedJobsHistoryLimit == null ? 1 : failedJobsHistoryLimit;
    startingDeadlineSeconds = startingDeadlineSeconds == null ? 300 : startingDeadlineSeconds;
    suspend = suspend != null && suspend;
  }
}
