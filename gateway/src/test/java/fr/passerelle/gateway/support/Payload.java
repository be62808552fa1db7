package fr.passerelle.gateway.support;

import io.vertx.core.buffer.Buffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A large body that both ends can produce byte for byte without holding it, and its checksum. */
public final class Payload {

  public static final int CHUNK = 64 * 1024;

  private Payload() {}

  /** Bytes {@code [offset, offset + length)} of the payload. */
  public static byte[] slice(long offset, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      long position = offset + i;
      bytes[i] = (byte) ((position * 2654435761L) >>> 13 ^ position);
    }
    return bytes;
  }

  public static Buffer chunk(long offset, long total) {
    return Buffer.buffer(slice(offset, (int) Math.min(CHUNK, total - offset)));
  }

  public static String sha256(long total) {
    MessageDigest digest = newDigest();
    for (long offset = 0; offset < total; offset += CHUNK) {
      digest.update(slice(offset, (int) Math.min(CHUNK, total - offset)));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
