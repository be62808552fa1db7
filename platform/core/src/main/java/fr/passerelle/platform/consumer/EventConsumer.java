package fr.passerelle.platform.consumer;

import fr.passerelle.platform.events.InboundEvent;
import java.util.Set;

/**
 * A service's handler of events from other services. Declare it as an {@code @ApplicationScoped}
 * bean; the platform subscribes it, runs {@link #handle} inside a database transaction that also
 * records the event id, skips ids already recorded, retries failures with back-off and parks a
 * message that keeps failing.
 */
public interface EventConsumer {

  /** Stable name: the Kafka consumer group and the key of its processed events. */
  String name();

  Set<String> topics();

  /**
   * Applies one event. Runs in a transaction: throw to roll back and have it retried. Events of
   * types the consumer does not care about are simply ignored.
   */
  void handle(InboundEvent event) throws Exception;
}
