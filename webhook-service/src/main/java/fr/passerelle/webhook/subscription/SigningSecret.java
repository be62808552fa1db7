package fr.passerelle.webhook.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Standard Webhooks symmetric signing secret: {@code whsec_} followed by the base64 of random
 * bytes (32 here, within the specification's 24 to 64); the HMAC key is the decoded bytes.
 */
public final class SigningSecret {

  static final String PREFIX = "whsec_";
  private static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SigningSecret() {}

  public static String generate() {
    byte[] key = new byte[BYTES];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The HMAC key of a secret. */
  public static byte[] key(String secret) {
    if (!secret.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a whsec_ secret");
    }
    return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
  }
}
