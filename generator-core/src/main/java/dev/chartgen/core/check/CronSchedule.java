package dev.chartgen.core.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Validates CronJob schedules as Kubernetes reads them: five fields (minute, hour, day of month,
 * month, day of week) or one of the macros.
 */
public final class CronSchedule {

  private static final Set<String> MACROS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private record Field(String name, int min, int max, List<String> names, int firstName) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("minute", 0, 59, List.of(), 0),
          new Field("hour", 0, 23, List.of(), 0),
          new Field("day of month", 1, 31, List.of(), 0),
          new Field("month", 1, 12, MONTHS, 1),
          // 0-6 only: Kubernetes refuses 7 for Sunday (robfig/cron)
          new Field("day of week", 0, 6, DAYS, 0));

  private CronSchedule() {}

  /** Why {@code schedule} is invalid, or empty when it is valid. */
  public static Optional<String> problem(String schedule) {
    String trimmed = schedule.trim();
    if (trimmed.startsWith("@")) {
      // Kubernetes (robfig/cron) matches macros case-sensitively: @DAILY is refused
      return MACROS.contains(trimmed)
          ? Optional.empty()
          : Optional.of(
              "unknown schedule macro '"
                  + trimmed
                  + "' (use @yearly, @monthly, @weekly, @daily or @hourly)");
    }
    if (trimmed.startsWith("TZ=") || trimmed.startsWith("CRON_TZ=")) {
      return Optional.of("time zones go in cronJob.timeZone, not in the schedule");
    }
    String[] parts = trimmed.split("\\s+");
    if (parts.length != 5) {
      return Optional.of(
          "a schedule has 5 fields (minute hour day-of-month month day-of-week), found "
              + parts.length);
    }
    for (int i = 0; i < 5; i++) {
      Optional<String> problem = field(parts[i], FIELDS.get(i));
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> field(String text, Field field) {
    if (text.equals("?") && (field.name.startsWith("day"))) {
      return Optional.empty();
    }
    for (String item : text.split(",", -1)) {
      Optional<String> problem = item(item, field);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> item(String item, Field field) {
    String range = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      String step = item.substring(slash + 1);
      if (!step.matches("[0-9]+") || Integer.parseInt(step) == 0) {
        return invalid(item, field, "the step after '/' must be a positive number");
      }
    }
    if (range.equals("*")) {
      return Optional.empty();
    }
    String[] bounds = range.split("-", -1);
    if (bounds.length > 2) {
      return invalid(item, field, "a range has one '-'");
    }
    int low;
    int high;
    try {
      low = value(bounds[0], field);
      high = bounds.length == 2 ? value(bounds[1], field) : low;
    } catch (IllegalArgumentException e) {
      return invalid(item, field, e.getMessage());
    }
    if (low > high) {
      return invalid(item, field, "the range runs backwards");
    }
    return Optional.empty();
  }

  private static int value(String text, Field field) {
    String upper = text.toUpperCase(Locale.ROOT);
    int named = field.names.indexOf(upper);
    if (named >= 0) {
      return named + field.firstName;
    }
    if (!text.matches("[0-9]+")) {
      throw new IllegalArgumentException("'" + text + "' is not a number");
    }
    int value = Integer.parseInt(text);
    if (value < field.min || value > field.max) {
      throw new IllegalArgumentException(value + " is outside " + field.min + "-" + field.max);
    }
    return value;
  }

  private static Optional<String> invalid(String item, Field field, String why) {
    return Optional.of("invalid " + field.name + " field '" + item + "': " + why);
  }
}
