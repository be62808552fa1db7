package fr.passerelle.gateway.tracing;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} of an exchange: the caller's when it is a sane token (the same rule as
 * the services apply), a new random UUID otherwise.
 */
public final class RequestId {

  public static final String HEADER = "X-Request-Id";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestId() {}

  public static String acceptOrCreate(String incoming) {
    return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : create();
  }

  /** A version 4 UUID; request ids need to be unique, not unguessable. */
  static String create() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
