package fr.passerelle.gateway.security;

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

/**
 * Tokens whose signature, issuer, audience and expiry were verified, so that a client sending the
 * same token again is not verified again until the token expires (the approach of Envoy's {@code
 * jwt_authn}). Keyed by the SHA-256 of the token, never the token; bounded in size and in time
 * ({@code max-ttl}), whichever comes first with the token's own {@code exp}.
 */
public final class VerifiedTokenCache {

  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(VerifiedTokenCache::sha256);

  private final Cache<ByteBuffer, VerifiedToken> verified;
  private final Clock clock;

  public VerifiedTokenCache(long maxSize, Duration maxTtl, Clock clock, Executor maintenance) {
    this.clock = clock;
    long maxTtlNanos = maxTtl.toNanos();
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(maxSize)
            .executor(maintenance)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .expireAfter(
                new Expiry<ByteBuffer, VerifiedToken>() {
                  @Override
                  public long expireAfterCreate(ByteBuffer key, VerifiedToken caller, long now) {
                    long untilExpiry =
                        TimeUnit.SECONDS.toNanos(caller.expiresAtEpochSecond())
                            - TimeUnit.MILLISECONDS.toNanos(clock.millis());
                    return Math.max(0, Math.min(untilExpiry, maxTtlNanos));
                  }

                  @Override
                  public long expireAfterUpdate(
                      ByteBuffer key, VerifiedToken caller, long now, long currentDuration) {
                    return expireAfterCreate(key, caller, now);
                  }

                  @Override
                  public long expireAfterRead(
                      ByteBuffer key, VerifiedToken caller, long now, long currentDuration) {
                    return currentDuration;
                  }
                })
            .build();
  }

  /** The caller of a token verified before and still valid, or null. */
  public VerifiedToken get(String token) {
    VerifiedToken caller = verified.getIfPresent(key(token));
    return caller != null && stillValid(caller) ? caller : null;
  }

  public void put(String token, VerifiedToken caller) {
    if (stillValid(caller)) {
      verified.put(key(token), caller);
    }
  }

  /** Entries held once pending evictions are done. */
  long size() {
    verified.cleanUp();
    return verified.estimatedSize();
  }

  private boolean stillValid(VerifiedToken caller) {
    return caller.expiresAtEpochSecond() * 1000 > clock.millis();
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
