package dev.chartgen.core.model;

/** The Kubernetes workload a module runs as. */
public enum WorkloadKind {
  Deployment,
  StatefulSet,
  DaemonSet,
  CronJob,
  Job;

  /** Whether pods of this kind run until stopped (as opposed to running to completion). */
  public boolean longRunning() {
    return this != CronJob && this != Job;
  }
}
