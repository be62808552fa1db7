package fr.passerelle.webhook.delivery;

import java.time.Duration;
import java.util.Optional;

/** What one attempt gave: its outcome, the status if any, what went wrong, how long it took. */
public record AttemptResult(
    AttemptOutcome outcome,
    Integer statusCode,
    String error,
    int latencyMs,
    Optional<Duration> retryAfter) {}
