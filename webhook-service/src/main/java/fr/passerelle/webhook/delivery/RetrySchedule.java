package fr.passerelle.webhook.delivery;

import fr.passerelle.webhook.config.WebhookConfig;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** When the next attempt of a failed delivery is due, if any is left. */
@Singleton
public class RetrySchedule {

  private final List<Duration> delays;
  private final double jitter;

  RetrySchedule(WebhookConfig config) {
    this.delays = List.copyOf(config.retryDelays());
    this.jitter = config.jitter();
  }

  /**
   * @param attemptsMade attempts made so far, the failed one included
   * @param retryAfter a delay the endpoint asked for ({@code Retry-After}), honoured when longer
   */
  public Optional<Instant> next(int attemptsMade, Instant now, Optional<Duration> retryAfter) {
    if (attemptsMade > delays.size()) {
      return Optional.empty();
    }
    Duration delay = delays.get(attemptsMade - 1);
    long extra = (long) (delay.toMillis() * jitter * ThreadLocalRandom.current().nextDouble());
    Duration planned = delay.plusMillis(extra);
    if (retryAfter.isPresent() && retryAfter.get().compareTo(planned) > 0) {
      planned = retryAfter.get();
    }
    return Optional.of(now.plus(planned));
  }

  /** Attempts in all: the first and each retry. */
  public int maxAttempts() {
    return delays.size() + 1;
  }
}
