package fr.passerelle.platform.consumer;

import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.platform.events.MalformedEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Runs one {@link EventConsumer} on its own thread: poll, apply each record once (handler and
 * {@code processed_event} row in one transaction), commit offsets by hand after the records of a
 * partition are applied or parked. A crash before the offset commit only causes a redelivery, which
 * the {@code processed_event} row turns into a no-op.
 */
final class ConsumerLoop {

  private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

  private final EventConsumer handler;
  private final KafkaConsumer<String, byte[]> kafka;
  private final ConsumerConfig config;
  private final ProcessedEvents processedEvents;
  private final DeadLetters deadLetters;
  private final Counter processed;
  private final Counter duplicates;
  private final Counter parked;
  private final AtomicLong deadLetterCount = new AtomicLong();
  private final Thread thread;
  private volatile boolean running;

  ConsumerLoop(
      EventConsumer handler,
      Map<String, Object> kafkaConfig,
      ConsumerConfig config,
      ProcessedEvents processedEvents,
      DeadLetters deadLetters,
      MeterRegistry registry) {
    this.handler = handler;
    this.config = config;
    this.processedEvents = processedEvents;
    this.deadLetters = deadLetters;
    this.kafka = new KafkaConsumer<>(consumerConfig(handler.name(), kafkaConfig));
    this.processed = counter(registry, "passerelle.consumer.processed", "Events applied");
    this.duplicates =
        counter(registry, "passerelle.consumer.duplicates", "Redelivered events skipped");
    this.parked =
        counter(registry, "passerelle.consumer.parked", "Messages parked as dead letters");
    Gauge.builder("passerelle.consumer.dead.letters", deadLetterCount, AtomicLong::get)
        .tag("consumer", handler.name())
        .description("Messages in dead_letter_event for this consumer")
        .register(registry);
    this.thread = new Thread(this::run, "consumer-" + handler.name());
    this.thread.setDaemon(true);
  }

  private Counter counter(MeterRegistry registry, String name, String description) {
    return Counter.builder(name)
        .tag("consumer", handler.name())
        .description(description)
        .register(registry);
  }

  private static Map<String, Object> consumerConfig(String group, Map<String, Object> kafkaConfig) {
    Map<String, Object> settings = new HashMap<>(kafkaConfig);
    settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, group);
    settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.CLIENT_ID_CONFIG, group);
    settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(
        org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
    settings.put(
        org.apache.kafka.clients.consumer.ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
        StringDeserializer.class.getName());
    settings.put(
        org.apache.kafka.clients.consumer.ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class.getName());
    return settings;
  }

  void start() {
    try {
      deadLetterCount.set(deadLetters.count(handler.name()));
    } catch (Exception e) {
      LOG.warnf("Consumer %s cannot count its dead letters: %s", handler.name(), e.toString());
    }
    running = true;
    thread.start();
  }

  void stop() {
    running = false;
    kafka.wakeup();
    try {
      thread.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try {
      kafka.subscribe(handler.topics());
      LOG.infof("Consumer %s subscribed to %s", handler.name(), handler.topics());
      while (running) {
        ConsumerRecords<String, byte[]> records = kafka.poll(config.pollTimeout());
        for (TopicPartition partition : records.partitions()) {
          List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
          for (ConsumerRecord<String, byte[]> record : batch) {
            apply(record);
          }
          long next = batch.get(batch.size() - 1).offset() + 1;
          kafka.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
        }
      }
    } catch (WakeupException e) {
      if (running) {
        LOG.errorf("Consumer %s woken up unexpectedly", handler.name());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.errorf(e, "Consumer %s stopped", handler.name());
    } finally {
      kafka.close(Duration.ofSeconds(5));
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    InboundEvent event;
    try {
      event = InboundEvent.from(record);
    } catch (MalformedEventException e) {
      park(record, e, 1);
      return;
    }
    Duration backoff = config.initialBackoff();
    for (int attempt = 1; ; attempt++) {
      try {
        boolean first = QuarkusTransaction.requiringNew().call(() -> applyOnce(event));
        (first ? processed : duplicates).increment();
        return;
      } catch (RuntimeException e) {
        Throwable failure =
            e instanceof QuarkusTransactionException && e.getCause() != null ? e.getCause() : e;
        if (attempt >= config.maxAttempts() || failure instanceof MalformedEventException) {
          park(record, failure, attempt);
          return;
        }
        LOG.debugf(
            "Consumer %s attempt %d of event %s failed, retrying: %s",
            handler.name(), attempt, event.id(), failure.toString());
        backoff = pause(backoff);
      }
    }
  }

  private boolean applyOnce(InboundEvent event) throws Exception {
    if (!processedEvents.recordFirstProcessing(handler.name(), event.id())) {
      return false;
    }
    handler.handle(event);
    return true;
  }

  private void park(ConsumerRecord<String, byte[]> record, Throwable error, int attempts)
      throws InterruptedException {
    Duration backoff = config.initialBackoff();
    while (true) {
      try {
        deadLetters.park(handler.name(), record, error, attempts);
        parked.increment();
        deadLetterCount.incrementAndGet();
        LOG.errorf(
            "Consumer %s parked %s-%d@%d after %d attempts: %s",
            handler.name(),
            record.topic(),
            record.partition(),
            record.offset(),
            attempts,
            DeadLetters.describe(error));
        return;
      } catch (Exception e) {
        if (!running) {
          // Stopping: leave the offset uncommitted, the message comes back on the next start.
          throw new InterruptedException("stopped before the message could be parked");
        }
        // The database itself is failing: hold the partition rather than lose the message.
        LOG.warnf("Consumer %s cannot park a message yet: %s", handler.name(), e.toString());
        backoff = pause(backoff);
      }
    }
  }

  private Duration pause(Duration backoff) throws InterruptedException {
    TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
    Duration doubled = backoff.multipliedBy(2);
    return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
  }
}
