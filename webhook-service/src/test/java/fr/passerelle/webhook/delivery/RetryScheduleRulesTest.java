package fr.passerelle.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.webhook.config.WebhookConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Standard Webhooks schedule of retries, with its jitter, as configured by default. */
class RetryScheduleRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-30T09:30:00Z");
  private static final List<Duration> DELAYS =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(5),
          Duration.ofHours(10),
          Duration.ofHours(14),
          Duration.ofHours(20),
          Duration.ofHours(24));

  private final RetrySchedule schedule =
      new RetrySchedule(
          new SmallRyeConfigBuilder()
              .withMapping(WebhookConfig.class)
              .build()
              .getConfigMapping(WebhookConfig.class));

  @Test
  void each_retry_waits_its_delay_plus_at_most_a_tenth_more() {
    for (int attempts = 1; attempts <= DELAYS.size(); attempts++) {
      Duration delay = DELAYS.get(attempts - 1);
      for (int draw = 0; draw < 50; draw++) {
        Instant next = schedule.next(attempts, NOW, Optional.empty()).orElseThrow();
        assertThat(Duration.between(NOW, next))
            .as("after attempt %d", attempts)
            .isBetween(delay, delay.plus(delay.dividedBy(10)));
      }
    }
  }

  @Test
  void after_the_last_retry_there_is_none_ten_attempts_in_all() {
    assertThat(schedule.maxAttempts()).isEqualTo(10);
    assertThat(schedule.next(10, NOW, Optional.empty())).isEmpty();
  }

  @Test
  void a_longer_retry_after_wins_a_shorter_one_does_not() {
    assertThat(schedule.next(1, NOW, Optional.of(Duration.ofHours(1))))
        .contains(NOW.plus(Duration.ofHours(1)));
    assertThat(schedule.next(2, NOW, Optional.of(Duration.ofSeconds(1))).orElseThrow())
        .isAfterOrEqualTo(NOW.plus(Duration.ofMinutes(5)));
  }
}
