package dev.chartgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what a run produces with the output folder and decides, per unit, what changes. Every
 * check that could stop the write is made here, before anything is changed: paths, a hand-edited
 * manifest, the user's files in the way, folders that cannot be changed.
 */
final class Planner {

  /** What the run will do; nothing to do when {@code changes} is empty and the manifest is kept. */
  record Plan(
      List<UnitChange> changes,
      String manifest,
      boolean manifestChanged,
      List<String> written,
      List<String> unchanged,
      List<String> removed,
      List<String> kept) {

    boolean isEmpty() {
      return changes.isEmpty() && !manifestChanged;
    }
  }

  private final FileOps ops;
  private final OutputPaths paths;
  private final List<String> problems;
  private final List<String> written = new ArrayList<>();
  private final List<String> unchanged = new ArrayList<>();
  private final List<String> removed = new ArrayList<>();
  private final List<String> kept = new ArrayList<>();

  Planner(FileOps ops, OutputPaths paths, List<String> problems) {
    this.ops = ops;
    this.paths = paths;
    this.problems = problems;
  }

  Plan plan(Map<String, String> files, Manifest manifest) {
    SortedMap<String, SortedMap<String, byte[]>> byUnit = new TreeMap<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      var problem = OutputPaths.problem(file.getKey());
      if (problem.isPresent()) {
        problems.add("chartgen would write '" + file.getKey() + "', which " + problem.get());
        continue;
      }
      byUnit
          .computeIfAbsent(OutputPaths.unitOf(file.getKey()), unit -> new TreeMap<>())
          .put(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
    }
    SortedSet<String> units = new TreeSet<>(byUnit.keySet());
    manifest.paths().forEach(path -> units.add(OutputPaths.unitOf(path)));
    List<UnitChange> changes = new ArrayList<>();
    for (String unit : units) {
      SortedMap<String, byte[]> wanted = byUnit.getOrDefault(unit, new TreeMap<>());
      if (wanted.containsKey(unit) && wanted.size() > 1) {
        problems.add("chartgen would write '" + unit + "' both as a file and as a folder");
        continue;
      }
      UnitChange change = planUnit(unit, wanted, manifest);
      if (change != null) {
        changes.add(change);
      }
    }
    String text = Manifest.render(files.keySet());
    boolean manifestChanged = !text.equals(manifest.text());
    if ((manifestChanged || !changes.isEmpty())
        && ops.exists(paths.root())
        && !ops.isWritable(paths.root())) {
      problems.add(paths.root() + ": is read-only; chartgen cannot change this output folder");
    }
    return new Plan(
        changes,
        text,
        manifestChanged,
        sorted(written),
        sorted(unchanged),
        sorted(removed),
        sorted(kept));
  }

  private UnitChange planUnit(String unit, SortedMap<String, byte[]> wanted, Manifest manifest) {
    Path live = paths.live(unit);
    boolean liveIsFolder = ops.isDirectory(live);
    SortedSet<String> present = new TreeSet<>();
    List<Path> folders = new ArrayList<>();
    if (liveIsFolder) {
      walk(live, present, folders);
    } else if (ops.exists(live)) {
      present.add(unit);
    }
    boolean changed = false;
    SortedSet<String> foreign = new TreeSet<>();
    SortedSet<String> copied = new TreeSet<>();
    for (String path : present) {
      boolean owned = manifest.paths().contains(path);
      if (wanted.containsKey(path)) {
        if (sameContent(path, wanted.get(path))) {
          unchanged.add(path);
          copied.add(path);
        } else if (owned) {
          written.add(path);
          changed = true;
        } else {
          problems.add(
              paths.show(path)
                  + ": is not chartgen's (not in "
                  + OutputPaths.MANIFEST
                  + ") and chartgen would overwrite it: move it out of the output folder");
        }
      } else if (owned) {
        removed.add(path);
        changed = true;
      } else {
        foreign.add(path);
      }
    }
    for (String path : wanted.keySet()) {
      if (!present.contains(path)) {
        written.add(path);
        changed = true;
      }
    }
    if (!liveIsFolder && ops.exists(live) && !wanted.isEmpty() && !wanted.containsKey(unit)) {
      changed = true; // a file becomes a folder
    }
    if (!changed) {
      return null;
    }
    for (String path : foreign) {
      for (String mine : wanted.keySet()) {
        if (mine.startsWith(path + "/") || path.startsWith(mine + "/")) {
          problems.add(
              paths.show(path)
                  + ": is not chartgen's and is in the way of "
                  + mine
                  + ": move it out of the output folder");
        }
      }
      if (!ops.isReadable(paths.live(path))) {
        problems.add(paths.show(path) + ": is not chartgen's and cannot be read to be kept");
      }
    }
    for (Path folder : folders) {
      if (!ops.isWritable(folder)) {
        problems.add(
            folder + ": is read-only, so " + unit + " cannot be replaced: make it writable");
      }
    }
    kept.addAll(foreign);
    if (wanted.isEmpty() && foreign.isEmpty()) {
      return new UnitChange(unit, true, List.of());
    }
    SortedMap<String, byte[]> entries = new TreeMap<>(wanted);
    copied.forEach(path -> entries.put(path, null));
    foreign.forEach(path -> entries.put(path, null));
    List<UnitChange.Entry> list = new ArrayList<>();
    entries.forEach((path, content) -> list.add(new UnitChange.Entry(path, content)));
    return new UnitChange(unit, false, list);
  }

  private boolean sameContent(String path, byte[] content) {
    Path file = paths.live(path);
    if (ops.isDirectory(file)) {
      return false;
    }
    try {
      return Arrays.equals(ops.read(file), content);
    } catch (IOException e) {
      problems.add(paths.show(path) + ": cannot be read to compare: " + e);
      return false;
    }
  }

  /** Collects the files (and links) below {@code folder}, and the folders themselves. */
  private void walk(Path folder, SortedSet<String> files, List<Path> folders) {
    folders.add(folder);
    try {
      for (Path entry : ops.list(folder)) {
        if (ops.isDirectory(entry)) {
          walk(entry, files, folders);
        } else {
          files.add(relative(entry));
        }
      }
    } catch (IOException e) {
      problems.add(folder + ": cannot be listed: " + e);
    }
  }

  private String relative(Path path) {
    List<String> names = new ArrayList<>();
    paths.root().relativize(path).forEach(name -> names.add(name.toString()));
    return String.join("/", names);
  }

  private static List<String> sorted(List<String> paths) {
    return List.copyOf(new TreeSet<>(paths));
  }
}
