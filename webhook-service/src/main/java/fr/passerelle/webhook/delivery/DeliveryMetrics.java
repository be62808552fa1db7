package fr.passerelle.webhook.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code passerelle_webhook_attempts_total{outcome}}, {@code passerelle_webhook_failures_total},
 * {@code passerelle_webhook_attempt_seconds}, and, read from the queue at each scrape, {@code
 * passerelle_webhook_queue_depth} (deliveries waiting) and {@code passerelle_webhook_lag_seconds}
 * (how long the oldest due delivery has been waiting).
 */
@Singleton
public class DeliveryMetrics {

  private final Map<AttemptOutcome, Counter> attempts = new EnumMap<>(AttemptOutcome.class);
  private final Counter failures;
  private final Timer latency;

  DeliveryMetrics(MeterRegistry registry, Clock clock) {
    for (AttemptOutcome outcome : AttemptOutcome.values()) {
      attempts.put(
          outcome,
          Counter.builder("passerelle.webhook.attempts")
              .description("Webhook attempts, by outcome")
              .tag("outcome", outcome.name())
              .register(registry));
    }
    failures =
        Counter.builder("passerelle.webhook.failures")
            .description("Webhook attempts that did not succeed")
            .register(registry);
    latency =
        Timer.builder("passerelle.webhook.attempt")
            .description("How long an attempt took, until the endpoint's answer")
            .register(registry);
    Gauge.builder("passerelle.webhook.queue.depth", () -> pending())
        .description("Deliveries waiting for an attempt or a retry")
        .register(registry);
    Gauge.builder("passerelle.webhook.lag.seconds", () -> lagSeconds(clock.instant()))
        .description("How long the oldest due delivery has been waiting")
        .register(registry);
  }

  void attempted(AttemptResult result) {
    attempts.get(result.outcome()).increment();
    if (!result.outcome().succeeded()) {
      failures.increment();
    }
    latency.record(Duration.ofMillis(result.latencyMs()));
  }

  /** NaN while the database does not answer: the scrape still succeeds. */
  private static double pending() {
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> Delivery.count("status", DeliveryStatus.PENDING));
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private static double lagSeconds(Instant now) {
    try {
      return lag(now);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private static double lag(Instant now) {
    Instant oldest =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Delivery.getEntityManager()
                        .createQuery(
                            "select min(d.nextAttemptAt) from Delivery d"
                                + " where d.status = :pending and d.nextAttemptAt <= :now",
                            Instant.class)
                        .setParameter("pending", DeliveryStatus.PENDING)
                        .setParameter("now", now)
                        .getSingleResult());
    return oldest == null ? 0 : Duration.between(oldest, now).toMillis() / 1000.0;
  }
}
