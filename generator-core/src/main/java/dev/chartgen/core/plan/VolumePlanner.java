package dev.chartgen.core.plan;

import dev.chartgen.core.model.KeyToPath;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.view.VolumeView;
import java.util.ArrayList;
import java.util.List;

/** Plans a pod's volumes: chartgen's own (/tmp, git-sync, the API token) and the descriptor's. */
final class VolumePlanner {

  private static final int GIT_SECRET_MODE = 0440;

  private final ModuleSpec spec;
  private final Platform platform;

  VolumePlanner(ModuleSpec spec, Platform platform) {
    this.spec = spec;
    this.platform = platform;
  }

  List<VolumeView> volumes(boolean token) {
    List<VolumeView> volumes = new ArrayList<>();
    volumes.add(tmp());
    if (spec.gitSync() != null) {
      volumes.add(VolumeView.emptyDir("git-sync", null, null));
      if (!spec.gitSync().repo().startsWith("https://")) {
        String secret =
            spec.gitSync().secret() != null
                ? spec.gitSync().secret()
                : platform.spec().gitSync().secret();
        volumes.add(
            new VolumeView(
                "git-secret",
                null,
                null,
                new VolumeView.Files(
                    secret,
                    List.of(
                        new KeyToPath(platform.spec().gitSync().sshKey(), "ssh"),
                        new KeyToPath(platform.spec().gitSync().knownHostsKey(), "known_hosts")),
                    GIT_SECRET_MODE,
                    null),
                null,
                null,
                null,
                false));
      }
    }
    for (Volume v : spec.volumes()) {
      volumes.add(volume(v));
    }
    if (token) {
      volumes.add(new VolumeView("sa-token", null, null, null, null, null, null, true));
    }
    return volumes;
  }

  private static VolumeView volume(Volume v) {
    if (v.emptyDir() != null) {
      return VolumeView.emptyDir(v.name(), v.emptyDir().medium(), v.emptyDir().sizeLimit());
    }
    if (v.configMap() != null) {
      return new VolumeView(v.name(), null, files(v.configMap()), null, null, null, null, false);
    }
    if (v.secret() != null) {
      return new VolumeView(v.name(), null, null, files(v.secret()), null, null, null, false);
    }
    if (v.persistentVolumeClaim() != null) {
      Volume.Claim claim = v.persistentVolumeClaim();
      return claim.existingClaim() != null
          ? new VolumeView(v.name(), null, null, null, null, claim.existingClaim(), null, false)
          : new VolumeView(v.name(), null, null, null, v.name(), null, null, false);
    }
    Volume.HostPath host = v.hostPath();
    return new VolumeView(
        v.name(),
        null,
        null,
        null,
        null,
        null,
        new VolumeView.HostPath(host.path(), host.type() == null ? "Directory" : host.type()),
        false);
  }

  private static VolumeView.Files files(Volume.ConfigSource source) {
    return new VolumeView.Files(
        source.name(), source.items(), source.defaultMode(), source.optional());
  }

  static VolumeView tmp() {
    return VolumeView.emptyDir("tmp", null, null);
  }
}
