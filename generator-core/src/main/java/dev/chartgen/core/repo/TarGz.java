package dev.chartgen.core.repo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip-compressed tar archive, byte-identical for the same entries on every run and machine:
 * entries in path order, regular files only, mode 0644, owner and group 0 without names, one fixed
 * modification time; a gzip header with neither time nor file name (and "unknown" as the OS).
 */
public final class TarGz {

  /** The modification time of every entry: 1980-01-01T00:00:00Z, as ZIP's earliest. */
  public static final long ENTRY_TIME = 315_532_800L;

  private static final int BLOCK = 512;

  private TarGz() {}

  /**
   * The archive of {@code entries}.
   *
   * @param entries file contents by path inside the archive ({@code /}-separated, relative)
   */
  public static byte[] of(Map<String, byte[]> entries) {
    return gzip(tar(new TreeMap<>(entries)));
  }

  static byte[] tar(SortedMap<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      byte[] content = entry.getValue();
      out.writeBytes(header(entry.getKey(), content.length));
      out.writeBytes(content);
      out.writeBytes(new byte[(BLOCK - content.length % BLOCK) % BLOCK]);
    }
    out.writeBytes(new byte[2 * BLOCK]);
    return out.toByteArray();
  }

  private static byte[] header(String path, int size) {
    byte[] header = new byte[BLOCK];
    byte[] name = path.getBytes(StandardCharsets.UTF_8);
    byte[] prefix = new byte[0];
    if (name.length > 100) {
      int split = -1;
      for (int i = path.indexOf('/'); i > 0 && split < 0; i = path.indexOf('/', i + 1)) {
        if (path.substring(0, i).getBytes(StandardCharsets.UTF_8).length <= 155
            && path.substring(i + 1).getBytes(StandardCharsets.UTF_8).length <= 100) {
          split = i;
        }
      }
      if (split <= 0) {
        throw new IllegalArgumentException("path too long for a tar archive: " + path);
      }
      prefix = path.substring(0, split).getBytes(StandardCharsets.UTF_8);
      name = path.substring(split + 1).getBytes(StandardCharsets.UTF_8);
    }
    System.arraycopy(name, 0, header, 0, name.length);
    octal(header, 100, 8, 0644);
    octal(header, 108, 8, 0);
    octal(header, 116, 8, 0);
    octal(header, 124, 12, size);
    octal(header, 136, 12, ENTRY_TIME);
    for (int i = 148; i < 156; i++) {
      header[i] = ' ';
    }
    header[156] = '0';
    System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 6);
    header[263] = '0';
    header[264] = '0';
    System.arraycopy(prefix, 0, header, 345, prefix.length);
    long sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    octal(header, 148, 7, sum);
    header[155] = ' ';
    return header;
  }

  /** Writes {@code value} as zero-padded octal digits followed by NUL into {@code length} bytes. */
  private static void octal(byte[] header, int offset, int length, long value) {
    String digits = Long.toOctalString(value);
    int width = length - 1;
    if (digits.length() > width) {
      throw new IllegalArgumentException("value too large for a tar header: " + value);
    }
    String padded = "0".repeat(width - digits.length()) + digits;
    System.arraycopy(padded.getBytes(StandardCharsets.US_ASCII), 0, header, offset, width);
    header[offset + width] = 0;
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // magic, deflate, no flags (no name, no comment), mtime 0, no extra flags, OS unknown
    out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
    } finally {
      deflater.end();
    }
    CRC32 crc = new CRC32();
    crc.update(data);
    littleEndian(out, crc.getValue());
    littleEndian(out, data.length & 0xffffffffL);
    return out.toByteArray();
  }

  private static void littleEndian(ByteArrayOutputStream out, long value) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
  }
}
