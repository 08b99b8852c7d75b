package dev.chartgen.core.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real file system, numbering every operation that can fail (reads, listings, creations,
 * writes, copies, renames, deletions, syncs; queries are not counted) and calling {@link #before}
 * first, so subclasses can fail or stop at the k-th.
 */
class CountingFileOps implements FileOps {

  private final FileOps real;
  private final List<String> trace = new ArrayList<>(); // guarded by this

  /** Without syncing to disk: fast, and enough against faults and kills (not power loss). */
  CountingFileOps() {
    this(false);
  }

  CountingFileOps(boolean durable) {
    real = new NioFileOps(durable);
  }

  /** Called before operation number {@code k} (from 1). */
  void before(int k, String operation) throws IOException {}

  /** Every operation so far, as {@code name path}. */
  List<String> trace() {
    return trace;
  }

  private synchronized void count(String name, Path path) throws IOException {
    trace.add(name + " " + path);
    before(trace.size(), name);
  }

  @Override
  public boolean exists(Path path) {
    return real.exists(path);
  }

  @Override
  public boolean isDirectory(Path path) {
    return real.isDirectory(path);
  }

  @Override
  public boolean isWritable(Path path) {
    return real.isWritable(path);
  }

  @Override
  public boolean isReadable(Path path) {
    return real.isReadable(path);
  }

  @Override
  public byte[] read(Path file) throws IOException {
    count("read", file);
    return real.read(file);
  }

  @Override
  public List<Path> list(Path folder) throws IOException {
    count("list", folder);
    return real.list(folder);
  }

  @Override
  public void createDirectory(Path folder) throws IOException {
    count("mkdir", folder);
    real.createDirectory(folder);
  }

  @Override
  public void write(Path file, byte[] content) throws IOException {
    count("write", file);
    real.write(file, content);
  }

  @Override
  public void copy(Path from, Path to) throws IOException {
    count("copy", to);
    real.copy(from, to);
  }

  @Override
  public void move(Path from, Path to) throws IOException {
    count("move", from + " -> " + to);
    real.move(from, to);
  }

  private synchronized void count(String name, String what) throws IOException {
    trace.add(name + " " + what);
    before(trace.size(), name);
  }

  @Override
  public void delete(Path path) throws IOException {
    count("delete", path);
    real.delete(path);
  }

  @Override
  public void syncDirectory(Path folder) throws IOException {
    count("sync", folder);
    real.syncDirectory(folder);
  }
}
