package dev.chartgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Swaps whole units into the output folder so that each is always entirely its old or its new
 * version.
 *
 * <p>A run stages every changed unit, and the new manifest, in the hidden folder {@value
 * OutputPaths#WORK}; then it writes the journal (draft, then renamed: the commit point) naming the
 * units to replace or remove. Each unit is swapped by two renames: the old version into the work
 * folder, the staged one into its place. The manifest is renamed in last, then the journal and the
 * work folder are deleted.
 *
 * <p>A run stopped before the commit point left only the work folder: the next run deletes it. A
 * run stopped after it left a journal: the next run finishes the swaps. Every step of both is
 * decided by which of a unit's three places (live, staged, old) exist, so finishing is idempotent
 * and may itself be stopped and finished again. A failure this process sees while swapping is
 * undone at once, so a failed run changes nothing.
 */
final class Journal {

  private static final String HEADER = "chartgen-journal 1";
  // the threads mostly wait in fsync, and the file system commits concurrent syncs together: on
  // ext4, 17,000 small files synced one by one from 8 threads took 6.2 to 6.6 s, from 32 threads
  // 3.2 to 4.3 s (docs/performance.md, session 17)
  private static final int STAGING_THREADS = 32;
  private static final String REPLACE = "replace ";
  private static final String REMOVE = "remove ";

  private final FileOps ops;
  private final OutputPaths paths;

  Journal(FileOps ops, OutputPaths paths) {
    this.ops = ops;
    this.paths = paths;
  }

  /**
   * Finishes the run a stop interrupted after its commit point, or discards the work folder of one
   * stopped before it. Does nothing when the last run ended cleanly.
   */
  void recover() throws IOException {
    if (!ops.exists(paths.work())) {
      return;
    }
    if (!ops.isDirectory(paths.work())) {
      throw new IOException(
          paths.work() + ": is not a folder; chartgen keeps this name for its work: remove it");
    }
    if (ops.exists(paths.journal())) {
      forward(read());
    }
    clean();
  }

  /**
   * Stages every change, commits, swaps; undoes everything when a step fails.
   *
   * @param manifest the new manifest, or null to keep today's
   */
  void apply(List<UnitChange> changes, String manifest) throws IOException {
    try {
      stage(changes, manifest);
    } catch (IOException e) {
      try {
        deleteTree(paths.work());
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    try {
      forward(changes);
    } catch (IOException e) {
      try {
        backward(changes);
        clean();
      } catch (IOException undo) {
        e.addSuppressed(undo);
        throw new IOException(
            e.getMessage()
                + "; stopped part-way: every chart is entirely old or entirely new,"
                + " and the next run finishes the change",
            e);
      }
      throw new IOException(e.getMessage() + "; every change was undone", e);
    }
    try {
      clean();
    } catch (IOException e) {
      throw new IOException(
          e.getMessage()
              + "; the output is complete, and the next run deletes what is left of "
              + paths.work(),
          e);
    }
  }

  private void stage(List<UnitChange> changes, String manifest) throws IOException {
    ops.createDirectory(paths.work());
    ops.createDirectory(paths.work().resolve("new"));
    ops.createDirectory(paths.work().resolve("old"));
    StringBuilder journal = new StringBuilder(HEADER).append('\n');
    for (UnitChange change : changes) {
      journal.append(change.remove() ? REMOVE : REPLACE).append(change.unit()).append('\n');
    }
    List<UnitChange> staged = changes.stream().filter(c -> !c.remove()).toList();
    if (ops.concurrent() && staged.size() > 1) {
      stageConcurrently(staged);
    } else {
      for (UnitChange change : staged) {
        stageUnit(change);
      }
    }
    if (manifest != null) {
      ops.write(paths.stagedManifest(), manifest.getBytes(StandardCharsets.UTF_8));
    }
    ops.write(paths.journalDraft(), journal.toString().getBytes(StandardCharsets.UTF_8));
    ops.syncDirectory(paths.work());
    ops.move(paths.journalDraft(), paths.journal());
    ops.syncDirectory(paths.work());
  }

  /**
   * Stages units on several threads. Each unit is staged in its own folder, and nothing is live
   * before the journal is written after all of them, so the order does not matter; what it buys is
   * overlapping the disk syncs of many small files (a file system commits concurrent syncs
   * together), which bound the writing of a large platform when done one at a time. More threads
   * than cores, since they mostly wait for the disk. The first failure is thrown once every task
   * has ended (the others suppressed into it); the caller then deletes the work folder.
   */
  private void stageConcurrently(List<UnitChange> staged) throws IOException {
    int threads = Math.min(STAGING_THREADS, staged.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "chartgen-stage");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (UnitChange change : staged) {
        done.add(
            pool.submit(
                () -> {
                  stageUnit(change);
                  return null;
                }));
      }
      IOException failure = null;
      for (Future<Void> future : done) {
        try {
          future.get();
        } catch (ExecutionException e) {
          IOException cause =
              e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while staging the charts");
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void stageUnit(UnitChange change) throws IOException {
    Path staged = paths.staged(change.unit());
    Set<Path> folders = new HashSet<>();
    if (!change.isFile()) {
      ops.createDirectory(staged);
      folders.add(staged);
    }
    for (UnitChange.Entry entry : change.entries()) {
      Path target = change.isFile() ? staged : staged.resolve(OutputPaths.insideUnit(entry.path()));
      createParents(target.getParent(), staged, folders);
      if (entry.copied()) {
        ops.copy(paths.live(entry.path()), target);
      } else {
        ops.write(target, entry.content());
      }
    }
  }

  private void createParents(Path folder, Path staged, Set<Path> folders) throws IOException {
    if (!folder.startsWith(staged) || folders.contains(folder)) {
      return;
    }
    createParents(folder.getParent(), staged, folders);
    ops.createDirectory(folder);
    folders.add(folder);
  }

  private void forward(List<UnitChange> changes) throws IOException {
    for (UnitChange change : changes) {
      Path live = paths.live(change.unit());
      Path staged = paths.staged(change.unit());
      Path old = paths.trash(change.unit());
      if (change.remove()) {
        if (ops.exists(live) && !ops.exists(old)) {
          ops.move(live, old);
        }
      } else if (ops.exists(staged)) {
        if (ops.exists(live)) {
          if (ops.exists(old)) {
            throw new IOException(old + ": exists while " + live + " is still in place");
          }
          ops.move(live, old);
        }
        ops.move(staged, live);
      }
    }
    ops.syncDirectory(paths.root());
    if (ops.exists(paths.stagedManifest())) {
      ops.move(paths.stagedManifest(), paths.manifest()); // the last step: the run is complete
    }
  }

  /** Puts every old version back; only called before the manifest is renamed in. */
  private void backward(List<UnitChange> changes) throws IOException {
    for (int i = changes.size() - 1; i >= 0; i--) {
      UnitChange change = changes.get(i);
      Path live = paths.live(change.unit());
      Path staged = paths.staged(change.unit());
      Path old = paths.trash(change.unit());
      if (!change.remove() && !ops.exists(staged) && ops.exists(live)) {
        ops.move(live, staged);
      }
      if (ops.exists(old) && !ops.exists(live)) {
        ops.move(old, live);
      }
    }
  }

  /** Deletes the journal (the run is then over), then the rest of the work folder. */
  private void clean() throws IOException {
    if (ops.exists(paths.journal())) {
      ops.syncDirectory(paths.root());
      ops.delete(paths.journal());
      ops.syncDirectory(paths.work());
    }
    deleteTree(paths.work());
  }

  private void deleteTree(Path path) throws IOException {
    if (!ops.exists(path)) {
      return;
    }
    if (ops.isDirectory(path)) {
      for (Path entry : ops.list(path)) {
        deleteTree(entry);
      }
    }
    ops.delete(path);
  }

  private List<UnitChange> read() throws IOException {
    List<String> lines =
        new String(ops.read(paths.journal()), StandardCharsets.UTF_8).lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw damaged(1, "is not a chartgen journal");
    }
    List<UnitChange> changes = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean remove = line.startsWith(REMOVE);
      String unit = line.startsWith(REPLACE) || remove ? line.substring(line.indexOf(' ') + 1) : "";
      if (!OutputPaths.isUnitName(unit)) {
        throw damaged(i + 1, "'" + line + "' is not a step chartgen writes");
      }
      changes.add(new UnitChange(unit, remove, List.of()));
    }
    return changes;
  }

  private IOException damaged(int line, String message) {
    return new IOException(
        paths.journal()
            + ":"
            + line
            + ": "
            + message
            + "; an interrupted run left this journal damaged: check the output folder, then"
            + " delete "
            + paths.work());
  }
}
