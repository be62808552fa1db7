package fr.passerelle.platform.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code passerelle.consumer.*}: how idempotent consumers retry and when they give up. Where and
 * how a consumer reads Kafka is its channel's configuration ({@code
 * mp.messaging.incoming.<name>.*}).
 */
@ConfigMapping(prefix = "passerelle.consumer")
public interface ConsumerConfig {

  /** Attempts before a failing message is parked in {@code dead_letter_event}. */
  @WithDefault("5")
  int maxAttempts();

  /** Wait after the first failure; doubles on each further attempt. */
  @WithDefault("PT0.1S")
  Duration initialBackoff();

  /** Longest wait between two attempts, also between two looks at a database that is down. */
  @WithDefault("PT5S")
  Duration maxBackoff();
}
