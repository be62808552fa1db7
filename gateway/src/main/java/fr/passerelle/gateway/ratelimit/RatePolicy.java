package fr.passerelle.gateway.ratelimit;

import fr.passerelle.gateway.config.GatewayConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/** A token bucket's shape: {@code requests} per {@code period}, at most {@code burst} at once. */
record RatePolicy(String name, long requests, Duration period, long burst) {

  static RatePolicy of(String name, GatewayConfig.Limit limit) {
    if (limit.requests() <= 0 || limit.per().isZero() || limit.per().isNegative()) {
      throw new IllegalStateException("Rate limit " + name + " needs requests > 0 and per > 0");
    }
    return new RatePolicy(
        name, limit.requests(), limit.per(), limit.burst().orElse(limit.requests()));
  }

  /**
   * This limit made no more generous than {@code ceiling}: the slower of the two rates, and the
   * smaller of the two bursts.
   */
  RatePolicy within(RatePolicy ceiling) {
    RatePolicy slower = rate() <= ceiling.rate() ? this : ceiling;
    return new RatePolicy(
        name + " within " + ceiling.name,
        slower.requests,
        slower.period,
        Math.min(burst, ceiling.burst));
  }

  /** Requests per second, to pick the most generous of several policies. */
  double rate() {
    return requests * 1_000_000_000.0 / period.toNanos();
  }

  Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(requests, period).build())
        .build();
  }

  /** {@code RateLimit-Policy} value: the quota and its window in seconds. */
  String header() {
    return requests + ";w=" + Math.max(1, period.toSeconds());
  }
}
