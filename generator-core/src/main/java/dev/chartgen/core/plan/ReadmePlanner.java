package dev.chartgen.core.plan;

import dev.chartgen.core.model.Module;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.model.Waiver;
import dev.chartgen.core.plan.ChartPlan.TemplateFile;
import dev.chartgen.core.text.JsonWriter;
import dev.chartgen.core.values.ValueNode;
import dev.chartgen.core.view.ChartViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The chart README: what the chart creates, every value, and what deserves attention. */
final class ReadmePlanner {

  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

  private static final int MAX_DEFAULT = 80;

  private final Module module;
  private final ValueNode.Group values;
  private final List<TemplateFile> files;
  private final ChartViews.NetworkPolicy network;

  ReadmePlanner(
      Module module,
      ValueNode.Group values,
      List<TemplateFile> files,
      ChartViews.NetworkPolicy network) {
    this.module = module;
    this.values = values;
    this.files = files;
    this.network = network;
  }

  ChartViews.Readme readme() {
    List<String> objects =
        files.stream()
            .map(TemplateFile::path)
            .filter(p -> p.startsWith("templates/") && p.endsWith(".yaml"))
            .map(p -> p.substring("templates/".length()))
            .toList();
    List<ChartViews.ValueRow> rows = new ArrayList<>();
    rows(values, "", rows);
    List<ChartViews.Notice> notices = new ArrayList<>();
    for (Volume volume : module.spec().volumes()) {
      if (volume.hostPath() != null) {
        notices.add(
            new ChartViews.Notice(
                "Node folder "
                    + volume.hostPath().path()
                    + " is mounted ("
                    + (volume.mountedReadOnly() ? "read-only" : "read-write")
                    + ")",
                volume.hostPath().reason()));
      }
    }
    for (Volume volume : module.spec().volumes()) {
      Volume.Claim claim = volume.persistentVolumeClaim();
      if (claim != null && claim.disk() != null) {
        notices.add(
            new ChartViews.Notice(
                "Claim " + volume.name() + " is bound to a pre-made disk",
                "The chart creates the cluster-scoped PersistentVolume <namespace>-<fullname>-"
                    + volume.name()
                    + " on the disk persistence."
                    + dev.chartgen.core.plan.ContainerValues.key(volume.name())
                    + ".disk.volumeHandle (CSI driver "
                    + claim.disk().driver()
                    + "), so installing needs permission to create PersistentVolumes. The disk is"
                    + " never deleted (reclaim policy Retain)"
                    + (claim.keepOnUninstall()
                        ? "; the volume and the claim are kept on helm uninstall."
                        : "; the volume and the claim are deleted on helm uninstall.")));
      }
    }
    if (network.allowAllEgress()) {
      notices.add(
          new ChartViews.Notice("Egress is unrestricted", module.spec().networkPolicy().reason()));
    }
    for (Waiver waiver : module.spec().waivers()) {
      notices.add(new ChartViews.Notice("Policy " + waiver.rule() + " is waived", waiver.reason()));
    }
    return new ChartViews.Readme(
        module.name(),
        module.metadata().description(),
        module.metadata().group(),
        module.spec().workload().name(),
        objects,
        rows,
        notices,
        network,
        module.spec().networkPolicy().isEnabled() ? "" : module.spec().networkPolicy().reason());
  }

  private static void rows(ValueNode.Group group, String prefix, List<ChartViews.ValueRow> rows) {
    for (ValueNode.Entry entry : group.entries()) {
      String key = prefix + entry.key();
      ValueNode node = entry.node();
      if (node instanceof ValueNode.Group nested) {
        rows(nested, key + ".", rows);
      } else if (node instanceof ValueNode.Scalar scalar) {
        rows.add(row(key, scalar.type(), scalar.value(), node.description()));
      } else if (node instanceof ValueNode.Dict dict) {
        rows.add(row(key, "map", dict.value(), node.description()));
      } else if (node instanceof ValueNode.Items items) {
        rows.add(row(key, "list", items.value(), node.description()));
      } else if (node instanceof ValueNode.Free free) {
        rows.add(row(key, "object", free.value(), node.description()));
      }
    }
  }

  private static ChartViews.ValueRow row(
      String key, String type, Object value, String description) {
    String json =
        value instanceof Map<?, ?> map && map.size() > 3
            ? "{…} (" + map.size() + " entries, see values.yaml)"
            : LINE_BREAK.matcher(JsonWriter.write(value).strip()).replaceAll(" ");
    if (json.length() > MAX_DEFAULT) {
      json = json.substring(0, MAX_DEFAULT - 1) + "…";
    }
    // the README template escapes every cell (MarkdownFormat): the text is passed as it is
    return new ChartViews.ValueRow(key, type, json, description);
  }
}
