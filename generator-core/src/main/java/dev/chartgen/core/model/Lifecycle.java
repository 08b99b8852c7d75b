package dev.chartgen.core.model;

import java.util.List;

/**
 * What runs before the container is stopped: a sleep (lets endpoints drain, as DIGIT does) or a
 * command.
 */
public record Lifecycle(Integer preStopSleepSeconds, List<String> preStopExec) {

  public Lifecycle {
    preStopExec = Lists.copy(preStopExec);
  }
}
