package dev.chartgen.core.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file operations the output is written with. {@link #nio()} is the real one, on {@code
 * java.nio} (any {@link java.nio.file.FileSystem}); tests wrap it to fail or stop at a given
 * operation. Queries never throw; every operation that changes or reads the file system may.
 * Symbolic links are never followed, except by {@link #read}.
 */
public interface FileOps {

  /** The real file system, syncing written files and folders to disk. */
  static FileOps nio() {
    return new NioFileOps(true);
  }

  /** Whether {@code path} exists (a link counts as itself). */
  boolean exists(Path path);

  /** Whether {@code path} is a folder (not a link to one). */
  boolean isDirectory(Path path);

  /** Whether this process may change the contents of folder {@code path}. */
  boolean isWritable(Path path);

  /** Whether this process may read {@code path}. */
  boolean isReadable(Path path);

  /** The content of a file. */
  byte[] read(Path file) throws IOException;

  /** The entries of a folder, sorted by name. */
  List<Path> list(Path folder) throws IOException;

  /** Creates a folder; its parent exists. */
  void createDirectory(Path folder) throws IOException;

  /** Creates a new file with {@code content}, synced to disk. */
  void write(Path file, byte[] content) throws IOException;

  /** Copies a file (or a link, as a link) with its modification time to a new path. */
  void copy(Path from, Path to) throws IOException;

  /**
   * Renames atomically within one file system; a file replaces a file of the target name, a folder
   * must not replace anything.
   */
  void move(Path from, Path to) throws IOException;

  /** Deletes a file, a link or an empty folder. */
  void delete(Path path) throws IOException;

  /** Syncs a folder's entries to disk (as far as the platform allows). */
  void syncDirectory(Path folder) throws IOException;

  /**
   * Whether these operations may be called from several threads at once, on different paths. The
   * writer then stages units in parallel; wrappers that count or fail operations in order keep the
   * default, one at a time.
   */
  default boolean concurrent() {
    return false;
  }
}
