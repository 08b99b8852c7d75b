package dev.chartgen.core;

import dev.chartgen.core.delivery.DeliveryFiles;
import dev.chartgen.core.environment.EnvironmentValues;
import dev.chartgen.core.incremental.Digest;
import dev.chartgen.core.incremental.GenerateState;
import dev.chartgen.core.incremental.Inputs;
import dev.chartgen.core.incremental.OutputSnapshot;
import dev.chartgen.core.load.DescriptorLoader;
import dev.chartgen.core.load.Descriptors;
import dev.chartgen.core.model.Module;
import dev.chartgen.core.plan.ChartPlanner;
import dev.chartgen.core.problem.OutputException;
import dev.chartgen.core.render.ChartRenderer;
import dev.chartgen.core.render.TemplateEngine;
import dev.chartgen.core.version.ChartVersions;
import dev.chartgen.core.version.LockFile;
import dev.chartgen.core.version.SemVer;
import dev.chartgen.core.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Planning, rendering and versioning every chart, in parallel, and the incremental form of a
 * generate run: with a state folder, a run whose inputs and output are as the last run left them
 * does nothing, and a run with changed inputs renders again only the charts whose fingerprint
 * changed (their module's descriptor, the platform, the environments, template overrides, chartgen
 * itself, or what {@link ChartPlanner#sharedInputs()} says of the other modules). The files of the
 * other charts are taken from the output folder, where the last run wrote them: the output is
 * exactly what a full run writes.
 */
final class Generation {

  private Generation() {}

  /** Every module's chart files ({@code <module>/<file>}), rendered in parallel, sorted. */
  static Map<String, String> renderModules(
      Descriptors descriptors, Request request, List<Module> modules, boolean parallel) {
    ChartPlanner planner = new ChartPlanner(descriptors.platform(), descriptors.modules());
    ChartRenderer renderer = new ChartRenderer(TemplateEngine.of(request.templateOverrides()));
    // each module's chart is independent of the others' rendering; the planner, renderer and
    // FreeMarker configuration are read-only here, so modules are rendered on every core and
    // collected in order: the output does not depend on the threads
    List<Map<String, String>> charts =
        (parallel ? modules.parallelStream() : modules.stream())
            .map(module -> renderer.render(planner.plan(module)))
            .toList();
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < modules.size(); i++) {
      String prefix = modules.get(i).name() + "/";
      charts.get(i).forEach((path, content) -> files.put(prefix + path, content));
    }
    return files;
  }

  /** The environment values files. */
  static Map<String, String> platformFiles(Descriptors descriptors, boolean parallel) {
    return new TreeMap<>(EnvironmentValues.files(descriptors, parallel));
  }

  /**
   * Versions the charts of {@code rendered} (named {@code charts}) against the lock file, renders
   * and versions the delivery files (which need every module chart's version), and adds the lock
   * file.
   */
  static Map<String, String> versioned(
      Descriptors descriptors, Request request, Map<String, String> rendered, List<String> charts) {
    Path lockFile = request.outputDirectory().resolve(LockFile.NAME);
    LockFile lock = LockFile.empty();
    if (Files.isRegularFile(lockFile)) {
      try {
        lock =
            LockFile.parse(
                Chartgen.display(lockFile, request.displayRoot()),
                Files.readString(lockFile, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new OutputException("cannot read " + lockFile + ": " + e.getMessage(), e);
      }
    }
    SemVer.Bump bump = SemVer.Bump.of(descriptors.platform().spec().versionBump());
    ChartVersions.Versioned versioned = ChartVersions.apply(rendered, charts, lock, bump);
    Map<String, String> out = new TreeMap<>(versioned.files());
    LockFile versions = versioned.lock();
    if (!descriptors.environments().isEmpty()) {
      // a platform with environment files is delivered as a whole: platform chart, umbrellas,
      // helmfile and Argo CD. The umbrellas depend on the module charts' versions (all of them,
      // rendered now or kept), so they are rendered once those are known, then versioned by their
      // own content like module charts.
      Map<String, String> moduleVersions = new TreeMap<>();
      descriptors
          .modules()
          .forEach(
              m ->
                  moduleVersions.put(
                      m.name(), versions.versions(m.name()).get(0).version().toString()));
      ChartVersions.Versioned delivery =
          ChartVersions.apply(
              new DeliveryFiles(descriptors, moduleVersions).files(),
              DeliveryFiles.charts(descriptors),
              versions,
              bump);
      out.putAll(delivery.files());
      out.put(LockFile.NAME, delivery.lock().write());
    } else {
      out.put(LockFile.NAME, versions.write());
    }
    return out;
  }

  /** Everything a full run writes, in memory. */
  static Map<String, String> full(Descriptors descriptors, Request request, boolean parallel) {
    Map<String, String> files =
        new TreeMap<>(renderModules(descriptors, request, descriptors.modules(), parallel));
    files.putAll(platformFiles(descriptors, parallel));
    return versioned(
        descriptors, request, files, descriptors.modules().stream().map(Module::name).toList());
  }

  /** A generate run that uses and keeps the state in {@code request.stateDirectory()}. */
  static GenerateResult incremental(Chartgen chartgen, Request request, boolean parallel) {
    Path stateFolder = request.stateDirectory();
    Path output = request.outputDirectory().toAbsolutePath().normalize();
    if (stateFolder.toAbsolutePath().normalize().startsWith(output)) {
      throw new OutputException(
          "the state folder " + stateFolder + " is inside the output folder " + output, null);
    }
    String run = runFingerprint(request);
    Optional<GenerateState> last = GenerateState.read(stateFolder);
    if (last.isPresent() && last.get().run().equals(run) && last.get().output().matches(output)) {
      // nothing changed since the last run, in the inputs or in the output folder
      List<String> files = new ArrayList<>(last.get().output().files().keySet());
      files.remove(OutputWriter.MANIFEST);
      return new GenerateResult(
          List.copyOf(last.get().modules().keySet()), List.of(), files, List.of(), List.of());
    }
    Descriptors descriptors = chartgen.validate(request);
    ChartPlanner planner = new ChartPlanner(descriptors.platform(), descriptors.modules());
    String shared =
        Inputs.tree(
                Inputs.tree(
                    Digest.start().add(Inputs.tool()).add(planner.sharedInputs()),
                    request.platformFile(),
                    true),
                request.templateOverrides(),
                true)
            .add(environments(request))
            .hex();
    Map<String, String> keys = new LinkedHashMap<>();
    for (Module module : descriptors.modules()) {
      keys.put(
          module.name(),
          Digest.start()
              .add(shared)
              .add(descriptors.documents().get(module.source()).root().toString())
              // the files its ConfigMaps read are inputs of the chart too
              .add(
                  module.spec().configMaps().stream()
                      .map(c -> c.name() + "\u0000" + c.fileData())
                      .toList()
                      .toString())
              .hex());
    }
    // charts whose fingerprint is unchanged and whose files are as written: read back as they are
    Map<String, String> reused = new TreeMap<>();
    List<Module> render = new ArrayList<>();
    boolean restUnchanged =
        last.isPresent() && unchangedOutside(last.get().output(), output, keys.keySet());
    for (Module module : descriptors.modules()) {
      Optional<Map<String, String>> files =
          restUnchanged && keys.get(module.name()).equals(last.get().modules().get(module.name()))
              ? last.get().output().unchangedUnder(output, module.name())
              : Optional.empty();
      if (files.isPresent() && read(output, files.get().keySet(), reused)) {
        continue;
      }
      render.add(module);
    }
    Map<String, String> files =
        new TreeMap<>(renderModules(descriptors, request, render, parallel));
    files.putAll(platformFiles(descriptors, parallel));
    Map<String, String> out =
        new TreeMap<>(
            versioned(descriptors, request, files, render.stream().map(Module::name).toList()));
    out.putAll(reused);
    GenerateState.forget(stateFolder);
    OutputWriter.Outcome outcome = new OutputWriter(request.outputDirectory()).write(out);
    List<String> written = new ArrayList<>(out.keySet());
    written.add(OutputWriter.MANIFEST);
    new GenerateState(run, keys, OutputSnapshot.of(output, written)).write(stateFolder);
    return new GenerateResult(
        descriptors.modules().stream().map(Module::name).toList(),
        outcome.written(),
        outcome.unchanged(),
        outcome.removed(),
        outcome.kept());
  }

  /**
   * Whether every recorded file outside the chart folders (lock file, manifest...) is as written.
   */
  private static boolean unchangedOutside(
      OutputSnapshot snapshot, Path output, java.util.Set<String> charts) {
    Map<String, String> outside = new TreeMap<>();
    snapshot
        .files()
        .forEach(
            (path, stamp) -> {
              int slash = path.indexOf('/');
              if (slash < 0 || !charts.contains(path.substring(0, slash))) {
                outside.put(path, stamp);
              }
            });
    return new OutputSnapshot(outside).matches(output);
  }

  private static boolean read(Path root, java.util.Set<String> paths, Map<String, String> into) {
    try {
      for (String path : paths) {
        into.put(path, Files.readString(root.resolve(path), StandardCharsets.UTF_8));
      }
      return true;
    } catch (IOException e) {
      return false; // rendered again instead
    }
  }

  /**
   * The fingerprint of every input of a run, and of chartgen itself: what validation reads (the
   * platform file, the descriptor and environments folders byte for byte, chartgen: {@link
   * Chartgen#validatedKey}, which every goal of a build takes anyway), the template overrides byte
   * for byte, and the folders' paths. A run whose inputs cannot all be read has a fingerprint no
   * other run has, so it is never taken for the last one.
   */
  private static String runFingerprint(Request request) {
    Digest digest =
        Digest.start()
            .add("chartgen generate run 2")
            .add(request.platformFile().toAbsolutePath().normalize().toString())
            .add(request.descriptorDirectory().toAbsolutePath().normalize().toString())
            .add(request.outputDirectory().toAbsolutePath().normalize().toString())
            .add(request.displayRoot().toAbsolutePath().normalize().toString())
            .add(Chartgen.validatedKey(request).orElseGet(() -> "unreadable " + UUID.randomUUID()));
    Inputs.tree(digest, request.templateOverrides(), true);
    return digest.hex();
  }

  private static String environments(Request request) {
    return Inputs.tree(Digest.start(), environmentFolder(request), true).hex();
  }

  private static Path environmentFolder(Request request) {
    Path parent = request.platformFile().toAbsolutePath().normalize().getParent();
    return parent == null ? null : parent.resolve(DescriptorLoader.ENVIRONMENTS_FOLDER);
  }
}
