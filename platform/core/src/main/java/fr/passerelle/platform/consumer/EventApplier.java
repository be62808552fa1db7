package fr.passerelle.platform.consumer;

import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.platform.events.MalformedEventException;
import fr.passerelle.platform.retry.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies a consumed record once: the consumer's handler and the {@code processed_event} row in one
 * transaction, so a redelivery is a no-op. A failing event is retried with back-off, then parked in
 * {@code dead_letter_event}; a record that is no CloudEvent is parked at once. While the database
 * itself is down nothing is counted as an attempt: the applier waits, reports the consumer as not
 * ready, and carries on when the database is back. The record is acknowledged (its offset may be
 * committed) only once this returns.
 */
@ApplicationScoped
public class EventApplier {

  private static final Logger LOG = Logger.getLogger(EventApplier.class);

  private final ProcessedEvents processedEvents;
  private final DeadLetters deadLetters;
  private final DatabaseProbe database;
  private final ConsumerStates states;
  private final ConsumerConfig config;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, Meters> meters = new ConcurrentHashMap<>();

  EventApplier(
      ProcessedEvents processedEvents,
      DeadLetters deadLetters,
      DatabaseProbe database,
      ConsumerStates states,
      ConsumerConfig config,
      MeterRegistry registry,
      Clock clock) {
    this.processedEvents = processedEvents;
    this.deadLetters = deadLetters;
    this.database = database;
    this.states = states;
    this.config = config;
    this.registry = registry;
    this.clock = clock;
  }

  /**
   * @throws InterruptedException when the application stops meanwhile: the record is not
   *     acknowledged and comes back at the next start
   */
  public void apply(EventConsumer consumer, ConsumerRecord<String, byte[]> record)
      throws InterruptedException {
    Meters meter = meters.computeIfAbsent(consumer.name(), this::meters);
    InboundEvent event;
    try {
      event = InboundEvent.from(record);
    } catch (MalformedEventException e) {
      park(consumer, meter, record, e, 1);
      return;
    }
    Backoff backoff = backoff();
    int attempts = 0;
    while (true) {
      try {
        boolean first = QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event));
        (first ? meter.processed : meter.duplicates).increment();
        backOnline(consumer);
        return;
      } catch (RuntimeException e) {
        Throwable failure =
            e instanceof QuarkusTransactionException && e.getCause() != null ? e.getCause() : e;
        if (failure instanceof MalformedEventException) {
          park(consumer, meter, record, failure, attempts + 1);
          return;
        }
        if (!database.reachable()) {
          waitForDatabase(consumer, failure);
        } else if (++attempts >= config.maxAttempts()) {
          park(consumer, meter, record, failure, attempts);
          return;
        } else {
          LOG.debugf(
              "Consumer %s attempt %d of event %s failed, retrying: %s",
              consumer.name(), attempts, event.id(), failure.toString());
        }
        backoff.pause();
      }
    }
  }

  /**
   * Applies a batch of records (a channel with {@code batch=true}) in one transaction: a consumer
   * that reads a long topic catches up many times faster than with a transaction per event. When
   * anything in the batch fails, nothing of it is kept and its records are applied one by one as
   * {@link #apply} does, so that a failing event is retried, and parked, alone.
   *
   * @throws InterruptedException when the application stops meanwhile
   */
  public void applyAll(EventConsumer consumer, List<ConsumerRecord<String, byte[]>> records)
      throws InterruptedException {
    if (records.size() > 1) {
      Meters meter = meters.computeIfAbsent(consumer.name(), this::meters);
      try {
        int first = QuarkusTransaction.requiringNew().call(() -> applyEach(consumer, records));
        meter.processed.increment(first);
        meter.duplicates.increment(records.size() - first);
        backOnline(consumer);
        return;
      } catch (RuntimeException e) {
        LOG.debugf(
            "Consumer %s: a batch of %d records failed, applying them one by one: %s",
            consumer.name(), records.size(), e.toString());
      }
    }
    for (ConsumerRecord<String, byte[]> record : records) {
      apply(consumer, record);
    }
  }

  /** Applies every record of a batch in the current transaction; answers how many were new. */
  private int applyEach(EventConsumer consumer, List<ConsumerRecord<String, byte[]>> records)
      throws Exception {
    int first = 0;
    for (ConsumerRecord<String, byte[]> record : records) {
      if (applyOnce(consumer, InboundEvent.from(record))) {
        first++;
      }
    }
    return first;
  }

  private boolean applyOnce(EventConsumer consumer, InboundEvent event) throws Exception {
    if (!processedEvents.recordFirstProcessing(consumer.name(), event.id())) {
      return false;
    }
    consumer.handle(event);
    return true;
  }

  private void park(
      EventConsumer consumer,
      Meters meter,
      ConsumerRecord<String, byte[]> record,
      Throwable error,
      int attempts)
      throws InterruptedException {
    Backoff backoff = backoff();
    while (true) {
      try {
        deadLetters.park(consumer.name(), record, error, attempts);
        meter.parked.increment();
        meter.deadLetters.incrementAndGet();
        backOnline(consumer);
        LOG.errorf(
            "Consumer %s parked %s-%d@%d after %d attempts: %s",
            consumer.name(),
            record.topic(),
            record.partition(),
            record.offset(),
            attempts,
            DeadLetters.describe(error));
        return;
      } catch (Exception e) {
        // The database itself is failing: hold the partition rather than lose the message.
        waitForDatabase(consumer, e);
        backoff.pause();
      }
    }
  }

  private void waitForDatabase(EventConsumer consumer, Throwable failure) {
    if (!states.startWaiting(consumer.name(), clock.instant())) {
      return;
    }
    LOG.warnf(
        "Consumer %s waits for its database, nothing is lost meanwhile: %s",
        consumer.name(), failure.toString());
  }

  private void backOnline(EventConsumer consumer) {
    states
        .resumed(consumer.name())
        .ifPresent(
            since ->
                LOG.infof(
                    "Consumer %s applies events again after %d s without its database",
                    consumer.name(), Duration.between(since, Instant.now(clock)).toSeconds()));
  }

  private Backoff backoff() {
    return new Backoff(config.initialBackoff(), config.maxBackoff());
  }

  private Meters meters(String consumer) {
    AtomicLong deadLetterCount = new AtomicLong();
    try {
      deadLetterCount.set(deadLetters.count(consumer));
    } catch (Exception e) {
      LOG.debugf("Consumer %s cannot count its dead letters yet: %s", consumer, e.toString());
    }
    Gauge.builder("passerelle.consumer.dead.letters", deadLetterCount, AtomicLong::get)
        .tag("consumer", consumer)
        .description("Messages in dead_letter_event for this consumer")
        .register(registry);
    return new Meters(
        counter(consumer, "passerelle.consumer.processed", "Events applied"),
        counter(consumer, "passerelle.consumer.duplicates", "Redelivered events skipped"),
        counter(consumer, "passerelle.consumer.parked", "Messages parked as dead letters"),
        deadLetterCount);
  }

  private Counter counter(String consumer, String name, String description) {
    return Counter.builder(name)
        .tag("consumer", consumer)
        .description(description)
        .register(registry);
  }

  private record Meters(
      Counter processed, Counter duplicates, Counter parked, AtomicLong deadLetters) {}
}
