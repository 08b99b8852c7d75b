package dev.chartgen.core.plan;

import dev.chartgen.core.convention.Defaults;
import dev.chartgen.core.convention.PlatformConventions;
import dev.chartgen.core.model.Conventions;
import dev.chartgen.core.model.KeyToPath;
import dev.chartgen.core.model.ModuleSpec;
import dev.chartgen.core.model.Platform;
import dev.chartgen.core.model.Volume;
import dev.chartgen.core.view.VolumeView;
import java.util.ArrayList;
import java.util.List;

/** Plans a pod's volumes: chartgen's own (/tmp, git-sync, the API token) and the descriptor's. */
final class VolumePlanner {

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
      volumes.add(VolumeView.emptyDirVolume("git-sync", null, null));
      if (!spec.gitSync().repo().startsWith("https://")) {
        String secret =
            spec.gitSync().secret() != null
                ? spec.gitSync().secret()
                : platform.spec().gitSync().secret();
        Conventions.GitSync convention = PlatformConventions.of(platform).gitSync();
        volumes.add(
            VolumeView.secretVolume(
                "git-secret",
                new VolumeView.Files(
                    secret,
                    List.of(
                        new KeyToPath(platform.spec().gitSync().sshKey(), "ssh"),
                        new KeyToPath(platform.spec().gitSync().knownHostsKey(), "known_hosts")),
                    convention.secretMode(),
                    null)));
      }
    }
    for (Volume v : spec.volumes()) {
      volumes.add(volume(v));
    }
    if (token) {
      volumes.add(
          VolumeView.serviceAccountTokenVolume("sa-token", Defaults.TOKEN_EXPIRATION_SECONDS));
    }
    return volumes;
  }

  private static VolumeView volume(Volume v) {
    if (v.emptyDir() != null) {
      return VolumeView.emptyDirVolume(v.name(), v.emptyDir().medium(), v.emptyDir().sizeLimit());
    }
    if (v.configMap() != null) {
      return VolumeView.configMapVolume(v.name(), files(v.configMap()));
    }
    if (v.ownConfigMap() != null) {
      Volume.OwnConfigSource own = v.ownConfigMap();
      return VolumeView.ownConfigMapVolume(
          v.name(), new VolumeView.Files(own.name(), own.items(), own.defaultMode(), null));
    }
    if (v.secret() != null) {
      return VolumeView.secretVolume(v.name(), files(v.secret()));
    }
    if (v.persistentVolumeClaim() != null) {
      Volume.Claim claim = v.persistentVolumeClaim();
      return claim.existingClaim() != null
          ? VolumeView.existingClaimVolume(v.name(), claim.existingClaim())
          : VolumeView.chartClaimVolume(v.name(), v.name());
    }
    Volume.HostPath host = v.hostPath();
    return VolumeView.hostPathVolume(
        v.name(),
        new VolumeView.HostPath(host.path(), host.type() == null ? "Directory" : host.type()));
  }

  private static VolumeView.Files files(Volume.ConfigSource source) {
    return new VolumeView.Files(
        source.name(), source.items(), source.defaultMode(), source.optional());
  }

  static VolumeView tmp() {
    return VolumeView.emptyDirVolume("tmp", null, null);
  }
}
