package dev.chartgen.core.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@link FileOps} on {@code java.nio.file.Files}. */
final class NioFileOps implements FileOps {

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final boolean durable;

  /**
   * @param durable whether written files and folders are synced to disk (needed against power loss,
   *     not against a killed process; tests that write thousands of times turn it off)
   */
  NioFileOps(boolean durable) {
    this.durable = durable;
  }

  @Override
  public boolean exists(Path path) {
    return Files.exists(path, NOFOLLOW);
  }

  @Override
  public boolean isDirectory(Path path) {
    return Files.isDirectory(path, NOFOLLOW);
  }

  @Override
  public boolean isWritable(Path path) {
    return Files.isWritable(path);
  }

  @Override
  public boolean isReadable(Path path) {
    return Files.isSymbolicLink(path) || Files.isReadable(path);
  }

  @Override
  public byte[] read(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  @Override
  public List<Path> list(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted(Comparator.comparing(Path::toString)).toList();
    }
  }

  @Override
  public void createDirectory(Path folder) throws IOException {
    Files.createDirectory(folder);
  }

  @Override
  public void write(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      if (durable) {
        channel.force(true);
      }
    }
  }

  @Override
  public void copy(Path from, Path to) throws IOException {
    Files.copy(from, to, NOFOLLOW, StandardCopyOption.COPY_ATTRIBUTES);
    if (durable && !Files.isSymbolicLink(to)) {
      try (FileChannel channel = FileChannel.open(to, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
    }
  }

  @Override
  public void move(Path from, Path to) throws IOException {
    if (Files.isDirectory(from, NOFOLLOW)) {
      if (Files.exists(to, NOFOLLOW)) {
        // rename(2) would silently replace an empty folder.
        throw new FileAlreadyExistsException(to.toString());
      }
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } else {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void delete(Path path) throws IOException {
    Files.delete(path);
  }

  @Override
  public void syncDirectory(Path folder) throws IOException {
    if (!durable) {
      return;
    }
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms cannot open or sync a folder; renames are then as durable as they allow.
    }
  }

  /** The file system is safe to call from several threads; each thread stages its own units. */
  @Override
  public boolean concurrent() {
    return true;
  }
}
