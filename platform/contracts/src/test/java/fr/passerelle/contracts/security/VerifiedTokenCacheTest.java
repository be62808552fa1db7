package fr.passerelle.contracts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

  /** A clock the test moves by hand (platform-testing's depends on the contracts). */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final MovableClock clock = new MovableClock();

  /** What a verifier keeps of a token, reduced to its expiry. */
  private record Verified(String clientId, long expiresAtEpochSecond) {}

  private Verified expiringIn(Duration duration) {
    return new Verified("pe-system", clock.instant().plus(duration).getEpochSecond());
  }

  private VerifiedTokenCache<Verified> cache(long maxSize, Duration maxTtl) {
    return new VerifiedTokenCache<>(
        maxSize, maxTtl, clock, Runnable::run, Verified::expiresAtEpochSecond);
  }

  @Test
  void a_verified_token_is_remembered_until_it_expires() {
    VerifiedTokenCache<Verified> cache = cache(100, Duration.ofMinutes(10));
    Verified caller = expiringIn(Duration.ofMinutes(5));
    cache.put("token-a", caller);

    assertThat(cache.get("token-a")).isEqualTo(caller);
    assertThat(cache.get("token-b")).isNull();
    clock.advance(Duration.ofMinutes(4));
    assertThat(cache.get("token-a")).isEqualTo(caller);
    clock.advance(Duration.ofMinutes(1));
    assertThat(cache.get("token-a")).isNull();
  }

  @Test
  void a_long_lived_token_is_verified_again_after_the_maximum_time() {
    VerifiedTokenCache<Verified> cache = cache(100, Duration.ofMinutes(5));
    cache.put("token-a", expiringIn(Duration.ofHours(8)));
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(cache.get("token-a")).isNull();
  }

  @Test
  void an_already_expired_token_is_not_remembered() {
    VerifiedTokenCache<Verified> cache = cache(100, Duration.ofMinutes(5));
    cache.put("token-a", expiringIn(Duration.ofSeconds(-1)));
    assertThat(cache.get("token-a")).isNull();
  }

  @Test
  void the_cache_never_holds_more_than_its_maximum_size() {
    VerifiedTokenCache<Verified> cache = cache(50, Duration.ofMinutes(5));
    for (int i = 0; i < 500; i++) {
      cache.put("token-" + i, expiringIn(Duration.ofMinutes(5)));
    }
    assertThat(cache.size()).isLessThanOrEqualTo(50);
  }
}
