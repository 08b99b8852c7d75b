package dev.chartgen.core.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One of DIGIT's extraVolumes, with its extraVolumeMounts, as descriptor volumes. */
final class VolumeImporter {

  private final ServiceLog log;
  private final ChartSource source;
  private final Scope scope;
  private final Map<String, Object> configMaps;

  /**
   * @param configMaps where the ConfigMaps the chart creates go, by their descriptor name (spec.
   *     configMaps), in order
   */
  VolumeImporter(ServiceLog log, ChartSource source, Scope scope, Map<String, Object> configMaps) {
    this.log = log;
    this.source = source;
    this.scope = scope;
    this.configMaps = configMaps;
  }

  /**
   * The descriptor volumes for {@code volume}: one per mount (a volume mounted twice, e.g. two
   * files of one ConfigMap by subPath, becomes two volumes of the same source).
   */
  List<Object> volume(JsonNode volume, Map<String, List<JsonNode>> mounts) {
    String name = volume.path("name").asString("");
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("name", name);
    if (volume.has("emptyDir")) {
      Map<String, Object> e = new LinkedHashMap<>();
      if (volume.get("emptyDir").has("medium")) {
        e.put("medium", volume.get("emptyDir").get("medium").asString(""));
      }
      if (volume.get("emptyDir").has("sizeLimit")) {
        e.put("sizeLimit", volume.get("emptyDir").get("sizeLimit").asString(""));
      }
      base.put("emptyDir", e);
    } else if (volume.has("configMap")) {
      configMap(name, volume.get("configMap"), base);
    } else if (volume.has("secret")) {
      base.put("secret", files(volume.get("secret"), "secretName"));
    } else if (volume.has("persistentVolumeClaim")) {
      String claim = volume.get("persistentVolumeClaim").path("claimName").asString("");
      Map<String, Object> pvc = new LinkedHashMap<>();
      pvc.put("existingClaim", claim);
      base.put("persistentVolumeClaim", pvc);
      log.note("volume " + name + ": existing claim " + claim + " (made outside the common chart)");
    } else if (volume.size() == 1) {
      base.put("emptyDir", new LinkedHashMap<>());
      log.note(
          "volume "
              + name
              + " has no source in this environment: Kubernetes makes it an emptyDir, so does the descriptor");
    } else {
      throw new Refusal(
          0,
          "extraVolumes "
              + name
              + ": only emptyDir, configMap, secret and persistentVolumeClaim are imported",
          "replace the volume source, or keep this service in DIGIT's chart");
    }
    List<JsonNode> own = mounts.remove(name);
    List<Object> out = new ArrayList<>();
    if (own == null || own.isEmpty()) {
      out.add(base);
      return out;
    }
    for (int i = 0; i < own.size(); i++) {
      Map<String, Object> v = new LinkedHashMap<>(base);
      String volumeName = i == 0 ? name : name + "-" + (i + 1);
      v.put("name", volumeName);
      JsonNode m = own.get(i);
      v.put("mountPath", m.path("mountPath").asString(""));
      if (m.has("subPath")) {
        v.put("subPath", m.get("subPath").asString(""));
      }
      if (m.has("readOnly")) {
        v.put("readOnly", m.get("readOnly").asBoolean());
      }
      if (i > 0) {
        log.note(
            "volume "
                + name
                + " is mounted "
                + own.size()
                + " times: mount "
                + (i + 1)
                + " is volume "
                + volumeName);
      }
      out.add(v);
    }
    return out;
  }

  /**
   * A ConfigMap volume: DIGIT's charts mount ConfigMaps their own templates create. When the
   * chart's template is in the import folder and writes the data as it is, the ConfigMap becomes
   * one of the module's own (spec.configMaps, mounted with ownConfigMap) and nothing is lost; else
   * the volume references it by name and the note says how to carry it over.
   */
  private void configMap(String volume, JsonNode source, Map<String, Object> base) {
    String object = source.path("name").asString("");
    java.util.Optional<ChartTemplates.OwnConfigMap> own =
        ChartTemplates.ownConfigMap(this.source, object, scope);
    if (own.isPresent() && own.get().isStatic()) {
      String prefix = this.source.chart() + "-";
      String name =
          object.startsWith(prefix) && object.length() > prefix.length()
              ? object.substring(prefix.length())
              : object;
      Map<String, Object> files = files(source, "name");
      files.put("name", name);
      files.remove("optional");
      base.put("ownConfigMap", files);
      if (!configMaps.containsKey(name)) {
        Map<String, Object> configMap = new LinkedHashMap<>();
        configMap.put("name", name);
        configMap.put("data", new LinkedHashMap<>(own.get().data()));
        configMaps.put(name, configMap);
      }
      log.mapped(
          "volume "
              + volume
              + ": ConfigMap "
              + object
              + " of the chart's template "
              + own.get().template()
              + " is the module's own ConfigMap "
              + name
              + " (spec.configMaps, named <fullname>-"
              + name
              + ")");
      return;
    }
    base.put("configMap", files(source, "name"));
    String where =
        own.isPresent()
            ? "the chart's template " + own.get().template() + " creates it, but " + own.get().why()
            : "the chart's own template creates it, and the import folder does not hold that"
                + " template";
    log.note(
        "volume "
            + volume
            + " mounts ConfigMap "
            + object
            + ": "
            + where
            + ", so the descriptor references it and nothing creates it; fix: declare it in"
            + " spec.configMaps with its data and mount it with ownConfigMap: {name: ...}");
  }

  private Map<String, Object> files(JsonNode source, String nameField) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", source.path(nameField).asString(""));
    if (source.path("items").isArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonNode item : source.get("items")) {
        items.add(
            Map.of("key", item.path("key").asString(""), "path", item.path("path").asString("")));
      }
      out.put("items", items);
    }
    if (source.path("defaultMode").isIntegralNumber()) {
      out.put("defaultMode", source.get("defaultMode").asInt());
    }
    if (source.path("optional").isBoolean()) {
      out.put("optional", source.get("optional").asBoolean());
    }
    return out;
  }

  /** persistence: the chart's own PV/PVC templates are not part of common; say so. */
  void persistence(JsonNode values, List<Object> volumes) {
    JsonNode p = values.get("persistence");
    if (p == null || !p.isObject()) {
      return;
    }
    log.use("persistence");
    if (!p.path("enabled").asBoolean(false)) {
      return;
    }
    Map<String, Object> disk = disk(p);
    List<Map<String, Object>> claims = new ArrayList<>();
    for (Object v : volumes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> volume = (Map<String, Object>) v;
      if (volume.get("persistentVolumeClaim") instanceof Map<?, ?>) {
        claims.add(volume);
      }
    }
    String size = Values.text(p, "dataDirSize");
    if (disk == null || claims.size() != 1 || size.isEmpty()) {
      log.note(
          "persistence: the chart's own PersistentVolume/claim templates (pre-made disk) are not"
              + " imported"
              + (disk == null
                  ? " (no persistence.aws.volumeId or azure.diskUri)"
                  : claims.size() != 1
                      ? " (" + claims.size() + " claims in extraVolumes, not one)"
                      : " (no persistence.dataDirSize)")
              + "; volumes that use the claim read it as an existing claim; fix: a claim with"
              + " size and persistentVolumeClaim.disk {driver, volumeHandle}");
      return;
    }
    Map<String, Object> volume = claims.get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> old = (Map<String, Object>) volume.get("persistentVolumeClaim");
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("size", size);
    String mode = Values.text(p, "accessMode");
    if (List.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod")
        .contains(mode)) {
      claim.put("accessModes", List.of(mode));
    }
    claim.put("disk", disk);
    volume.put("persistentVolumeClaim", claim);
    log.note(
        "persistence: the pre-made disk "
            + disk.get("volumeHandle")
            + " is bound through a PersistentVolume the chart creates (volume "
            + volume.get("name")
            + ": persistentVolumeClaim.disk, CSI driver "
            + disk.get("driver")
            + "); the claim is <fullname>-"
            + volume.get("name")
            + " instead of "
            + old.get("existingClaim")
            + ", and persistence.storageClassName is not used (a static volume has no class)");
  }

  /**
   * DIGIT's pre-made disk (persistence.aws.volumeId and zone, or persistence.azure.diskUri) as the
   * claim's disk on its CSI driver, or null when there is none.
   */
  private static Map<String, Object> disk(JsonNode persistence) {
    Map<String, Object> disk = new LinkedHashMap<>();
    String aws = Values.text(persistence, "aws.volumeId");
    String azure = Values.text(persistence, "azure.diskUri");
    if (!aws.isEmpty()) {
      disk.put("driver", "ebs.csi.aws.com");
      disk.put("volumeHandle", aws);
      String zone = Values.text(persistence, "aws.zone");
      if (!zone.isEmpty()) {
        disk.put("zone", zone);
      }
      return disk;
    }
    if (!azure.isEmpty()) {
      disk.put("driver", "disk.csi.azure.com");
      disk.put("volumeHandle", azure);
      return disk;
    }
    return null;
  }

  String module() {
    return source.module();
  }
}
