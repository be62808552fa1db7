package fr.passerelle.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short hash of what a product made once was made from: some words (options, versions) and files,
 * each file by its path, size and time (not its contents: reading a jar or a zip at every start
 * would cost more than it saves). A changed input gives another fingerprint, so the product is made
 * again.
 */
final class Fingerprint {

  private Fingerprint() {}

  /** The first {@code bytes} bytes of the SHA-256 of the inputs, in hexadecimal. */
  static String of(List<String> words, List<Path> files, int bytes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      words.forEach(word -> update(digest, word));
      for (Path file : files) {
        update(digest, file.toString());
        if (Files.exists(file)) {
          update(digest, Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
        }
      }
      return HexFormat.of().formatHex(digest.digest(), 0, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest digest, String word) {
    digest.update(word.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
