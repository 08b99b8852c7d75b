package dev.chartgen.core.check;

import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.WorkloadKind;
import dev.chartgen.core.schema.Suggestions;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules that depend on the workload kind: what each kind needs and what it cannot have. */
final class WorkloadChecks {

  private final ModuleSpec spec;
  private final WorkloadKind kind;
  private final ProblemCollector collector;

  WorkloadChecks(ModuleSpec spec, ProblemCollector collector) {
    this.spec = spec;
    this.kind = spec.workload();
    this.collector = collector;
  }

  void run() {
    onlyFor("statefulSet", WorkloadKind.StatefulSet);
    onlyFor("volumeClaimTemplates", WorkloadKind.StatefulSet);
    onlyFor("daemonSet", WorkloadKind.DaemonSet);
    onlyFor("cronJob", WorkloadKind.CronJob);
    onlyFor("job", WorkloadKind.Job, WorkloadKind.CronJob);
    if (kind == WorkloadKind.DaemonSet || !kind.longRunning()) {
      notFor(
          "replicas",
          (kind == WorkloadKind.DaemonSet ? "runs one pod per node" : "runs to completion")
              + ": it has no replica count");
      notFor("autoscaling", "cannot be autoscaled");
      notFor("disruptionBudget", "has no disruption budget");
    }
    if (!kind.longRunning()) {
      notFor("health", "runs to completion: it has no health probes");
      notFor("ingress", "does not serve traffic: it has no Ingress");
      notFor("ports", "does not serve traffic: it has no ports");
      notFor("lifecycle", "runs to completion: it has no preStop hook");
    }
    if (spec.dbMigration() != null
        && spec.dbMigration().asHookJob()
        && kind != WorkloadKind.Deployment
        && kind != WorkloadKind.StatefulSet) {
      collector.value(
          "/spec/dbMigration/mode", "a hook Job migration is for Deployments and StatefulSets");
    }
    if (kind == WorkloadKind.CronJob) {
      cronJob();
    }
    if (spec.job().hook() != null && kind != WorkloadKind.Job) {
      collector.key("/spec/job/hook", "only a Job (workload: Job) can be a Helm hook", "");
    }
    if (kind == WorkloadKind.StatefulSet) {
      statefulSet();
    }
  }

  private void cronJob() {
    if (spec.cronJob() == null) {
      collector.key(
          "/spec/workload", "a CronJob needs a schedule", "add cronJob: {schedule: \"0 2 * * *\"}");
      return;
    }
    Optional<String> problem = CronSchedule.problem(spec.cronJob().schedule());
    problem.ifPresent(p -> collector.value("/spec/cronJob/schedule", p));
    String zone = spec.cronJob().timeZone();
    if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
      collector.value(
          "/spec/cronJob/timeZone",
          "unknown time zone '" + zone + "'",
          Suggestions.didYouMean(zone, ZoneId.getAvailableZoneIds()));
    }
  }

  private void statefulSet() {
    if (spec.volumeClaimTemplates().isEmpty()) {
      collector.key(
          "/spec/workload",
          "a StatefulSet without volumeClaimTemplates keeps no state of its own",
          "add volumeClaimTemplates, or use workload: Deployment");
    }
    List<Volume> volumes = spec.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      Volume.Claim claim = volumes.get(i).persistentVolumeClaim();
      if (claim != null && claim.existingClaim() == null) {
        collector.key(
            "/spec/volumes/" + i + "/persistentVolumeClaim",
            "all pods of a StatefulSet would share this one claim",
            "use volumeClaimTemplates for a claim per pod");
      }
    }
  }

  private void onlyFor(String field, WorkloadKind... kinds) {
    if (Set.of(kinds).contains(kind) || !present(field)) {
      return;
    }
    collector.key(
        "/spec/" + field,
        field + " applies only to workload " + String.join(" or ", names(kinds)),
        "this module is a " + kind);
  }

  private void notFor(String field, String why) {
    if (present(field)) {
      collector.key("/spec/" + field, "a " + kind + " " + why, "remove " + field);
    }
  }

  private boolean present(String field) {
    return !collector.document().at("/spec/" + field).isMissingNode();
  }

  private static List<String> names(WorkloadKind... kinds) {
    return java.util.Arrays.stream(kinds).map(Enum::name).toList();
  }
}
