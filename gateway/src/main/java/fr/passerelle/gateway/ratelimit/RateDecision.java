package fr.passerelle.gateway.ratelimit;

import io.vertx.core.MultiMap;

/**
 * The outcome of taking one token: allowed or not, with what the {@code RateLimit-*} headers and
 * {@code Retry-After} tell the client.
 */
public record RateDecision(
    boolean allowed,
    long limit,
    long remaining,
    long resetSeconds,
    long retryAfterSeconds,
    String policy) {

  static final RateDecision UNLIMITED = new RateDecision(true, 0, 0, 0, 0, null);

  /** {@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset} and {@code -Policy}. */
  public void writeHeaders(MultiMap headers) {
    if (policy == null) {
      return;
    }
    headers
        .set("RateLimit-Limit", Long.toString(limit))
        .set("RateLimit-Remaining", Long.toString(remaining))
        .set("RateLimit-Reset", Long.toString(resetSeconds))
        .set("RateLimit-Policy", policy);
    if (!allowed) {
      headers.set("Retry-After", Long.toString(retryAfterSeconds));
    }
  }
}
