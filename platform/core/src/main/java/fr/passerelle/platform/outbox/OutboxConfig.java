package fr.passerelle.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code passerelle.outbox.*}: how the relay moves outbox rows to Kafka. */
@ConfigMapping(prefix = "passerelle.outbox")
public interface OutboxConfig {

  Relay relay();

  /**
   * Readiness fails when the oldest unpublished event is older than this: the relay is stuck.
   * Pending rows are counted once a second, so the check lags by up to a second.
   */
  @WithDefault("PT1M")
  Duration maxPendingAge();

  /** How long published rows are kept before clean-up (they are the audit of what was sent). */
  @WithDefault("P7D")
  Duration retention();

  /** How often published rows older than the retention are deleted. */
  @WithDefault("PT1H")
  Duration cleanupInterval();

  interface Relay {
    /** Off only for a replica that must not publish (or a test that drives relays by hand). */
    @WithDefault("true")
    boolean enabled();

    /** Rows read and sent per database transaction. */
    @WithDefault("200")
    int batchSize();

    /**
     * Longest wait between two looks at the table. A commit in this JVM wakes the relay at once;
     * this interval catches rows committed by other replicas.
     */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** First wait after a failure (broker down); doubles up to {@link #maxBackoff()}. */
    @WithDefault("PT0.2S")
    Duration initialBackoff();

    @WithDefault("PT30S")
    Duration maxBackoff();

    /** How long one send may wait for the broker before the batch is retried. */
    @WithDefault("PT10S")
    Duration sendTimeout();
  }
}
