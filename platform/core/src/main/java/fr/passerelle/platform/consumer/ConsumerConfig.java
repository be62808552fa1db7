package fr.passerelle.platform.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code passerelle.consumer.*}: how idempotent consumers retry and when they give up. */
@ConfigMapping(prefix = "passerelle.consumer")
public interface ConsumerConfig {

  /** Off for a replica that must not consume (or a test that drives consumers by hand). */
  @WithDefault("true")
  boolean enabled();

  /** Attempts before a failing message is parked in {@code dead_letter_event}. */
  @WithDefault("5")
  int maxAttempts();

  /** Wait after the first failure; doubles on each further attempt. */
  @WithDefault("PT0.1S")
  Duration initialBackoff();

  @WithDefault("PT5S")
  Duration maxBackoff();

  /** Longest wait for new records in one poll. */
  @WithDefault("PT0.5S")
  Duration pollTimeout();
}
