package fr.passerelle.contracts.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} rule, the same at the gateway and in every service: the caller's id is
 * kept when it is a sane token (1 to 128 letters, digits, {@code . _ : -}), else a new one is made.
 */
public final class RequestIds {

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  public static boolean accepts(String incoming) {
    return incoming != null && ACCEPTED.matcher(incoming).matches();
  }

  public static String acceptOrCreate(String incoming) {
    return accepts(incoming) ? incoming : create();
  }

  /** A version 4 UUID; request ids need to be unique, not unguessable. */
  public static String create() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
