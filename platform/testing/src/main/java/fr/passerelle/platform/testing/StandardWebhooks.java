package fr.passerelle.platform.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver checks a webhook, written from the Standard Webhooks specification alone (not from
 * the service's code): the key is the base64 part of the {@code whsec_} secret; the signed content
 * is {@code webhook-id.webhook-timestamp.body} with the body's raw bytes; {@code webhook-signature}
 * holds space-separated {@code v1,<base64 HMAC-SHA256>}; the timestamp must be within the tolerance
 * of the receiver's clock. Shared by the webhook service's tests, its benchmark and the system
 * tests, so that every receiver checks signatures the same, independent way.
 */
public final class StandardWebhooks {

  /** A request as a receiver got it: its three headers and its raw body. */
  public interface Request {
    String id();

    String timestamp();

    String signature();

    byte[] body();
  }

  public static final Duration TOLERANCE = Duration.ofMinutes(5);
  private static final String SECRET_PREFIX = "whsec_";

  private StandardWebhooks() {}

  /** The decoded key of a secret. */
  public static byte[] key(String secret) {
    if (!secret.startsWith(SECRET_PREFIX)) {
      throw new IllegalArgumentException("a Standard Webhooks secret starts with whsec_");
    }
    return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
  }

  /** The base64 signatures of the header's {@code v1} entries. */
  public static List<String> signatures(String header) {
    return Arrays.stream(header.trim().split(" +"))
        .filter(entry -> entry.startsWith("v1,"))
        .map(entry -> entry.substring(3))
        .toList();
  }

  /** The {@code v1} signature a sender holding this secret computes for this request. */
  public static String expected(String secret, Request webhook) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(
        (webhook.id() + "." + webhook.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
    content.writeBytes(webhook.body());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(content.toByteArray()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One of the request's signatures is this secret's (compared in constant time). */
  public static boolean verifies(String secret, Request webhook) {
    byte[] wanted = expected(secret, webhook).getBytes(StandardCharsets.US_ASCII);
    return signatures(webhook.signature()).stream()
        .anyMatch(s -> MessageDigest.isEqual(wanted, s.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The timestamp is within the tolerance of {@code now}. */
  public static boolean timely(Request webhook, Instant now) {
    Instant sent = Instant.ofEpochSecond(Long.parseLong(webhook.timestamp()));
    return Duration.between(sent, now).abs().compareTo(TOLERANCE) <= 0;
  }
}
