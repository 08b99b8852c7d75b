package dev.chartgen.core.write;

import dev.chartgen.core.problem.OutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the output folder hold exactly the files a run produced, crash-safely.
 *
 * <p>The unit of change is a top-level entry of the output folder (a chart folder, or a file such
 * as {@code helmfile.yaml}): after a stop at any moment, each unit is entirely its old or its new
 * version, and the next write finishes or discards the interrupted one first (see {@link Journal}).
 * Units whose files are all unchanged are not touched (their files keep their modification times);
 * a changed unit is staged whole and swapped in by rename. Everything that could stop the write is
 * checked before the first change, so a failed write changes nothing.
 *
 * <p>What chartgen owns is listed in a manifest ({@value #MANIFEST}). Files it does not own are the
 * user's: they are never deleted or overwritten. In a unit that changes they are kept (and
 * reported); one in the way of a file chartgen writes stops the write.
 */
public final class OutputWriter {

  /** The manifest of files chartgen owns, inside the output folder. */
  public static final String MANIFEST = OutputPaths.MANIFEST;

  /** The hidden work folder inside the output folder; it exists only while a write runs. */
  public static final String WORK_FOLDER = OutputPaths.WORK;

  /** The manifest's text listing {@code paths}: sorted, one a line (what a write leaves). */
  public static String manifest(java.util.Collection<String> paths) {
    return Manifest.render(paths);
  }

  private final Path root;
  private final FileOps ops;

  /** A writer into {@code root} on the real file system. */
  public OutputWriter(Path root) {
    this(root, FileOps.nio());
  }

  /** A writer into {@code root} through {@code ops} (tests inject faults here). */
  public OutputWriter(Path root, FileOps ops) {
    this.root = root.toAbsolutePath().normalize();
    this.ops = ops;
  }

  /**
   * What a write did, by path relative to the output folder (sorted).
   *
   * @param written files written because they are new or changed
   * @param unchanged files already as the run produced them
   * @param removed files chartgen wrote before and no longer produces
   * @param kept the user's files (not chartgen's) in changed or removed units, left in place
   */
  public record Outcome(
      List<String> written, List<String> unchanged, List<String> removed, List<String> kept) {
    public Outcome {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      removed = List.copyOf(removed);
      kept = List.copyOf(kept);
    }
  }

  /**
   * Makes the output folder hold exactly {@code files} (among the files chartgen owns).
   *
   * @param files content by path relative to the output folder
   * @throws OutputException listing every reason the write cannot be made (nothing is changed
   *     then), or the fault that stopped it
   */
  public Outcome write(Map<String, String> files) {
    Path folder = root;
    try {
      if (Files.isDirectory(root)) {
        folder = root.toRealPath();
      } else if (ops.exists(root)) {
        throw new OutputException(
            root + ": is a file, not a folder; chartgen writes charts into this folder", null);
      }
      OutputPaths paths = new OutputPaths(folder);
      Journal journal = new Journal(ops, paths);
      journal.recover();
      List<String> problems = new ArrayList<>();
      Manifest manifest = Manifest.read(ops, paths, problems);
      Planner.Plan plan = new Planner(ops, paths, problems).plan(files, manifest);
      if (!problems.isEmpty()) {
        throw new OutputException(
            "cannot write "
                + folder
                + ", so nothing was changed:\n  "
                + String.join("\n  ", problems),
            null);
      }
      if (!plan.isEmpty()) {
        createFolder(folder);
        journal.apply(plan.changes(), plan.manifestChanged() ? plan.manifest() : null);
      }
      return new Outcome(plan.written(), plan.unchanged(), plan.removed(), plan.kept());
    } catch (IOException e) {
      throw new OutputException("cannot write " + folder + ": " + e.getMessage(), e);
    }
  }

  private void createFolder(Path folder) throws IOException {
    if (folder == null || ops.isDirectory(folder)) {
      return;
    }
    createFolder(folder.getParent());
    ops.createDirectory(folder);
  }
}
