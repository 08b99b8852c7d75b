package dev.chartgen.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*/5 * * * *",
        "0 2 * * *",
        "  0 2 * * *  ",
        "0\t2 * *  *",
        "59 23 31 12 6",
        "0 0 1 1 0",
        "30 9 * * MON-FRI",
        "30 9 * * mon-fri",
        "0 0 1 JAN,JUL *",
        "0-30/10 * * * *",
        "5/15 * * * *",
        "0 0 ? * SUN",
        "0 0 1,15 * ?",
        "@yearly",
        "@annually",
        "@monthly",
        "@weekly",
        "@daily",
        "@midnight",
        "@hourly"
      })
  void scheduleKubernetesAcceptsIsValid(String schedule) {
    assertThat(CronSchedule.problem(schedule)).isEmpty();
  }

  static Stream<Arguments> invalidSchedules() {
    return Stream.of(
        Arguments.of(
            "0 2 * *",
            "a schedule has 5 fields (minute hour day-of-month month day-of-week), found 4"),
        Arguments.of(
            "0 0 2 * * *",
            "a schedule has 5 fields (minute hour day-of-month month day-of-week), found 6"),
        Arguments.of("60 * * * *", "invalid minute field '60': 60 is outside 0-59"),
        Arguments.of("0 24 * * *", "invalid hour field '24': 24 is outside 0-23"),
        Arguments.of("0 0 0 * *", "invalid day of month field '0': 0 is outside 1-31"),
        Arguments.of("0 0 32 * *", "invalid day of month field '32': 32 is outside 1-31"),
        Arguments.of("0 0 1 13 *", "invalid month field '13': 13 is outside 1-12"),
        // Kubernetes (robfig/cron) knows Sunday only as 0
        Arguments.of("0 0 * * 7", "invalid day of week field '7': 7 is outside 0-6"),
        Arguments.of("0 0 * * 1-7", "invalid day of week field '1-7': 7 is outside 0-6"),
        Arguments.of(
            "*/0 * * * *",
            "invalid minute field '*/0': the step after '/' must be a positive number"),
        Arguments.of(
            "*/x * * * *",
            "invalid minute field '*/x': the step after '/' must be a positive number"),
        Arguments.of("0 0 * * FUN", "invalid day of week field 'FUN': 'FUN' is not a number"),
        Arguments.of("0 0 * JAN-FOO *", "invalid month field 'JAN-FOO': 'FOO' is not a number"),
        Arguments.of("30-10 * * * *", "invalid minute field '30-10': the range runs backwards"),
        Arguments.of("1-2-3 * * * *", "invalid minute field '1-2-3': a range has one '-'"),
        // the item of a list that is wrong is named
        Arguments.of("0 1,25 * * *", "invalid hour field '25': 25 is outside 0-23"),
        Arguments.of(
            "@fortnightly",
            "unknown schedule macro '@fortnightly' (use @yearly, @monthly, @weekly, @daily or"
                + " @hourly)"),
        // Kubernetes matches macros case-sensitively
        Arguments.of(
            "@DAILY",
            "unknown schedule macro '@DAILY' (use @yearly, @monthly, @weekly, @daily or"
                + " @hourly)"),
        Arguments.of(
            "TZ=Asia/Kolkata 0 2 * * *", "time zones go in cronJob.timeZone, not in the schedule"),
        Arguments.of(
            "CRON_TZ=UTC 0 2 * * *", "time zones go in cronJob.timeZone, not in the schedule"));
  }

  @ParameterizedTest
  @MethodSource("invalidSchedules")
  void invalidScheduleSaysWhichFieldIsWrongAndWhy(String schedule, String message) {
    assertThat(CronSchedule.problem(schedule)).hasValue(message);
  }
}
