package fr.passerelle.contracts.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * Bearer tokens whose signature, issuer, audience and expiry were verified, with what their
 * verifier made of them, so that the same token sent again is not verified again until it expires
 * (the approach of Envoy's {@code jwt_authn}). The gateway and every service use it: a token is
 * verified once per process, not once per request. Keyed by the SHA-256 of the token, never the
 * token; bounded in size and in time ({@code maxTtl}), whichever comes first with the token's own
 * {@code exp}. Only a verifier puts a token here, after it accepted it: a token it refused (another
 * audience, a bad signature) never enters.
 *
 * @param <T> what the verifier keeps of a verified token
 */
public final class VerifiedTokenCache<T> {

  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(VerifiedTokenCache::sha256);

  private final Cache<ByteBuffer, T> verified;
  private final Clock clock;
  private final ToLongFunction<T> expiresAtEpochSecond;

  /**
   * @param maintenance runs the cache's upkeep (evictions)
   * @param expiresAtEpochSecond the token's {@code exp}, read from what the verifier kept
   */
  public VerifiedTokenCache(
      long maxSize,
      Duration maxTtl,
      Clock clock,
      Executor maintenance,
      ToLongFunction<T> expiresAtEpochSecond) {
    this.clock = clock;
    this.expiresAtEpochSecond = expiresAtEpochSecond;
    long maxTtlNanos = maxTtl.toNanos();
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(maxSize)
            .executor(maintenance)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .expireAfter(
                new Expiry<ByteBuffer, T>() {
                  @Override
                  public long expireAfterCreate(ByteBuffer key, T value, long now) {
                    long untilExpiry =
                        TimeUnit.SECONDS.toNanos(expiresAtEpochSecond.applyAsLong(value))
                            - TimeUnit.MILLISECONDS.toNanos(clock.millis());
                    return Math.max(0, Math.min(untilExpiry, maxTtlNanos));
                  }

                  @Override
                  public long expireAfterUpdate(
                      ByteBuffer key, T value, long now, long currentDuration) {
                    return expireAfterCreate(key, value, now);
                  }

                  @Override
                  public long expireAfterRead(
                      ByteBuffer key, T value, long now, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
  }

  /** What was kept of this token when it was verified, if it is still valid; else null. */
  public T get(String token) {
    T value = verified.getIfPresent(key(token));
    return value != null && stillValid(value) ? value : null;
  }

  /** Remembers a token its verifier just accepted (an expired one is not remembered). */
  public void put(String token, T value) {
    if (stillValid(value)) {
      verified.put(key(token), value);
    }
  }

  /** Entries held once pending evictions are done. */
  public long size() {
    verified.cleanUp();
    return verified.estimatedSize();
  }

  private boolean stillValid(T value) {
    return expiresAtEpochSecond.applyAsLong(value) * 1000 > clock.millis();
  }

  private static ByteBuffer key(String token) {
    MessageDigest digest = SHA_256.get();
    return ByteBuffer.wrap(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
