package fr.passerelle.platform.consumer;

import fr.passerelle.platform.events.InboundEvent;

/**
 * A service's handler of events from other services. Declare it as an {@code @ApplicationScoped}
 * bean with one method that receives its channel's records and hands them to the platform:
 *
 * <pre>{@code
 * @Incoming("referral-sites")
 * @Blocking
 * void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
 *   events.apply(this, record);
 * }
 * }</pre>
 *
 * <p>{@link EventApplier} runs {@link #handle} inside a database transaction that also records the
 * event id, skips ids already recorded, retries failures with back-off, waits out a database
 * outage, and parks a message that keeps failing. The channel ({@code
 * mp.messaging.incoming.<name>.topic} and {@code group.id}) is named after {@link #name()}.
 */
public interface EventConsumer {

  /** Stable name: the channel, the Kafka consumer group and the key of its processed events. */
  String name();

  /**
   * Applies one event. Runs in a transaction: throw to roll back and have it retried. Events of
   * types the consumer does not care about are simply ignored.
   */
  void handle(InboundEvent event) throws Exception;
}
