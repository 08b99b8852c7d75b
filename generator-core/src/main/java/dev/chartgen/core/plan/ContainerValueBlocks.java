package dev.chartgen.core.plan;

import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.ResourceList;
import dev.chartgen.core.model.Resources;
import dev.chartgen.core.values.ValueNode;
import dev.chartgen.core.values.Values;
import java.util.List;
import java.util.Map;

/** The values blocks of containers: image and resources, and git-sync's repository. */
final class ContainerValueBlocks {

  private final ModuleSpec spec;
  private final PodPlanner.PodPlan pod;

  ContainerValueBlocks(ModuleSpec spec, PodPlanner.PodPlan pod) {
    this.spec = spec;
    this.pod = pod;
  }

  void extraContainerValues(Values v) {
    for (ContainerValues c : pod.containers()) {
      if (c.path().equals(List.of("dbMigration"))) {
        v.group(
            "dbMigration",
            "The Flyway database migration ("
                + (spec.dbMigration().asHookJob()
                    ? "a Helm hook Job, once per install and upgrade)"
                    : "an init container, before every pod start)"),
            m -> {
              m.node("image", image("Migration image.", c.image()));
              m.node("resources", resources("Requests and limits.", c.resources()));
            });
      } else if (c.path().equals(List.of("gitSync"))) {
        v.group(
            "gitSync",
            "The git-sync init container that clones configuration before the service starts.",
            g -> {
              g.string(
                  "repo", "Repository to clone.", spec.gitSync().repo(), Map.of("minLength", 1));
              g.string(
                  "branch",
                  "Branch to check out.",
                  spec.gitSync().branch(),
                  Map.of("minLength", 1));
              g.node("image", image("git-sync image.", c.image()));
              g.node("resources", resources("Requests and limits.", c.resources()));
            });
      }
    }
    containerGroup(v, "initContainers", "Extra init containers, by name.");
    containerGroup(v, "sidecars", "Sidecar containers, by name.");
  }

  private void containerGroup(Values v, String group, String description) {
    List<ContainerValues> members =
        pod.containers().stream()
            .filter(c -> !c.path().isEmpty() && c.path().get(0).equals(group))
            .toList();
    if (members.isEmpty()) {
      return;
    }
    v.group(
        group,
        description,
        g -> {
          for (ContainerValues c : members) {
            g.group(
                c.path().get(1),
                "The " + c.container() + " container.",
                one -> {
                  one.node("image", image("Its image.", c.image()));
                  one.node("resources", resources("Its requests and limits.", c.resources()));
                });
          }
        });
  }

  static ValueNode image(String description, ResolvedImage image) {
    return Values.group(
        description,
        i -> {
          i.string(
              "registry",
              "Registry, e.g. docker.io/egovio.",
              image.registry(),
              Map.of("minLength", 1));
          i.string(
              "repository",
              "Repository in the registry.",
              image.repository(),
              Map.of("minLength", 1));
          i.string(
              "tag",
              "Tag; never latest. Ignored when digest is set.",
              image.tag(),
              Map.of("not", Map.of("const", "latest")));
          i.string(
              "digest",
              "Digest (sha256:…) that pins the exact image; wins over the tag.",
              image.digest(),
              Map.of("pattern", "^(sha256:[a-f0-9]{64})?$"));
          i.string(
              "pullPolicy",
              "Always, IfNotPresent (fine with a digest) or Never.",
              image.pullPolicy(),
              Map.of("enum", List.of("Always", "IfNotPresent", "Never")));
        });
  }

  static ValueNode resources(String description, Resources resources) {
    return Values.group(
        description,
        r -> {
          r.node("requests", side("What the scheduler reserves.", resources.requests()));
          r.node("limits", side("The most the container may use.", resources.limits()));
        });
  }

  private static ValueNode side(String description, ResourceList list) {
    return Values.group(
        description,
        s -> {
          s.quantity("cpu", "CPU, e.g. 100m.", list.cpu());
          s.quantity("memory", "Memory, e.g. 512Mi.", list.memory());
          s.quantity("ephemeralStorage", "Ephemeral storage, e.g. 1Gi.", list.ephemeralStorage());
        });
  }
}
