package dev.chartgen.core.incremental;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of labelled parts, each length-prefixed so that no two sequences
 * collide by concatenation.
 */
public final class Digest {

  private final MessageDigest sha;

  private Digest() {
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** An empty digest. */
  public static Digest start() {
    return new Digest();
  }

  /** Adds a text part. */
  public Digest add(String part) {
    return add(part == null ? new byte[] {0} : part.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a binary part. */
  public Digest add(byte[] part) {
    int n = part.length;
    sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    sha.update(part);
    return this;
  }

  /** The digest as lower-case hex. */
  public String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
