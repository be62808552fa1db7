package fr.passerelle.platform.outbox;

import fr.passerelle.platform.events.CloudEventRecords;
import fr.passerelle.platform.outbox.OutboxTable.PendingRow;
import fr.passerelle.platform.retry.Backoff;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka as CloudEvents (binary mode), oldest first.
 *
 * <p>Each batch runs in one database transaction that first takes a transaction-scoped advisory
 * lock: however many replicas of a service run, one relay publishes at a time, so a row is never
 * sent by two relays and the events of one aggregate leave in commit order. Rows are marked
 * published only once the broker has acknowledged them ({@code acks=all}, idempotent producer);
 * when the broker is unreachable the batch rolls back, every row stays pending and the relay
 * retries with exponential back-off. A crash between the acknowledgement and the commit sends a row
 * again: delivery is at least once, and consumers deduplicate by event id.
 */
public final class OutboxRelay implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final String name;
  private final OutboxTable table;
  private final Map<String, Object> producerConfig;
  private final Settings settings;
  private final Clock clock;
  private final WakeUpSignal signal = new WakeUpSignal();
  private final AtomicLong pendingCount = new AtomicLong();
  private final AtomicReference<Instant> oldestPending = new AtomicReference<>();
  private final AtomicLong publishedTotal = new AtomicLong();
  private final AtomicLong failedBatches = new AtomicLong();

  private Producer<String, byte[]> producer;
  private Thread worker;
  private volatile boolean running;
  private Instant nextCleanup = Instant.MIN;
  private long nextSummaryNanos;

  /** How one relay behaves; see {@link OutboxConfig} for the meaning and defaults. */
  public record Settings(
      int batchSize,
      Duration pollInterval,
      Duration initialBackoff,
      Duration maxBackoff,
      Duration sendTimeout,
      Duration retention,
      Duration cleanupInterval) {

    public static Settings from(OutboxConfig config) {
      OutboxConfig.Relay relay = config.relay();
      return new Settings(
          relay.batchSize(),
          relay.pollInterval(),
          relay.initialBackoff(),
          relay.maxBackoff(),
          relay.sendTimeout(),
          config.retention(),
          config.cleanupInterval());
    }
  }

  /**
   * @param kafkaConfig the client settings of the broker (bootstrap servers, security); the relay
   *     adds what makes its producer safe
   */
  public OutboxRelay(
      String name,
      DataSource dataSource,
      Map<String, Object> kafkaConfig,
      Settings settings,
      Clock clock) {
    this.name = name;
    this.table = new OutboxTable(dataSource);
    this.settings = settings;
    this.clock = clock;
    this.producerConfig = producerConfig(name, kafkaConfig, settings);
  }

  private static Map<String, Object> producerConfig(
      String name, Map<String, Object> kafkaConfig, Settings settings) {
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    long sendTimeout = settings.sendTimeout().toMillis();
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + name);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    // The relay flushes after each batch: waiting for more records would only add latency.
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, sendTimeout / 2));
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout);
    return config;
  }

  /** Starts publishing in a background thread. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    worker = new Thread(this::run, "outbox-relay-" + name);
    worker.setDaemon(true);
    worker.start();
  }

  /** Stops after the batch in flight; pending rows stay for the next start. */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    signal.raise();
    try {
      worker.join(settings.sendTimeout().plusSeconds(5).toMillis());
      if (worker.isAlive()) {
        worker.interrupt();
        worker.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeProducer();
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return running;
  }

  /** Asks for a look at the table now rather than at the next poll. */
  public void wakeUp() {
    signal.raise();
  }

  public long pendingCount() {
    return pendingCount.get();
  }

  /** Age of the oldest row not yet published, zero when none. */
  public Duration oldestPendingAge() {
    Instant oldest = oldestPending.get();
    return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
  }

  public long publishedTotal() {
    return publishedTotal.get();
  }

  public long failedBatches() {
    return failedBatches.get();
  }

  private void run() {
    Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    int failures = 0;
    while (running) {
      try {
        int published = publishBatch();
        if (failures > 0) {
          LOG.infof("Outbox relay %s publishes again after %d failed attempts", name, failures);
          failures = 0;
          backoff.reset();
        }
        refreshPendingSummaryWhenDue();
        cleanUpWhenDue();
        if (published < settings.batchSize() && running) {
          signal.await(published < 0 ? settings.initialBackoff() : settings.pollInterval());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        failures++;
        failedBatches.incrementAndGet();
        closeProducer();
        if (failures == 1) {
          LOG.warnf(
              "Outbox relay %s cannot publish, rows stay pending and it retries with back-off: %s",
              name, e.toString());
        } else {
          LOG.debugf("Outbox relay %s failed attempt %d: %s", name, failures, e.toString());
        }
        refreshPendingSummaryQuietly();
        try {
          backoff.pause();
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Publishes one batch of pending rows.
   *
   * @return how many rows were published, or -1 when another relay holds the lock
   */
  int publishBatch() throws Exception {
    try (Connection connection = table.transaction()) {
      try {
        if (!OutboxTable.tryRelayLock(connection)) {
          connection.rollback();
          return -1;
        }
        List<PendingRow> rows = OutboxTable.lockPending(connection, settings.batchSize());
        if (!rows.isEmpty()) {
          send(rows);
          OutboxTable.markPublished(connection, rows, clock.instant());
        }
        connection.commit();
        publishedTotal.addAndGet(rows.size());
        return rows.size();
      } catch (Exception e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private void send(List<PendingRow> rows) throws Exception {
    Producer<String, byte[]> kafka = producer();
    List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(rows.size());
    for (PendingRow row : rows) {
      acknowledgements.add(
          kafka.send(
              CloudEventRecords.toRecord(
                  row.topic(),
                  row.id().toString(),
                  row.type(),
                  row.source(),
                  row.aggregateId(),
                  row.occurredAt(),
                  row.payload(),
                  row.traceparent())));
    }
    kafka.flush();
    long deadline = settings.sendTimeout().plusSeconds(5).toMillis();
    for (Future<RecordMetadata> acknowledgement : acknowledgements) {
      acknowledgement.get(deadline, TimeUnit.MILLISECONDS);
    }
  }

  /** The metrics need no more than a reading a second, not one per batch while busy. */
  private void refreshPendingSummaryWhenDue() throws SQLException {
    long now = System.nanoTime();
    if (now - nextSummaryNanos >= 0) {
      nextSummaryNanos = now + 1_000_000_000L;
      refreshPendingSummary();
    }
  }

  /** Read now from the table, whether the relay runs or not. */
  OutboxTable.PendingSummary pendingNow() throws SQLException {
    return table.pendingSummary();
  }

  private void refreshPendingSummary() throws SQLException {
    OutboxTable.PendingSummary summary = table.pendingSummary();
    pendingCount.set(summary.count());
    oldestPending.set(summary.oldest());
  }

  private void refreshPendingSummaryQuietly() {
    try {
      refreshPendingSummary();
    } catch (SQLException e) {
      LOG.debugf("Outbox relay %s cannot read the pending summary: %s", name, e.toString());
    }
  }

  private void cleanUpWhenDue() throws SQLException {
    Instant now = clock.instant();
    if (now.isBefore(nextCleanup)) {
      return;
    }
    nextCleanup = now.plus(settings.cleanupInterval());
    int deleted = deletePublishedBefore(now.minus(settings.retention()));
    if (deleted > 0) {
      LOG.infof("Outbox relay %s deleted %d published rows past retention", name, deleted);
    }
  }

  /** Deletes rows published before the given instant; pending rows are never deleted. */
  public int deletePublishedBefore(Instant instant) throws SQLException {
    return table.deletePublishedBefore(instant);
  }

  private Producer<String, byte[]> producer() {
    if (producer == null) {
      producer = new KafkaProducer<>(producerConfig);
    }
    return producer;
  }

  private void closeProducer() {
    if (producer != null) {
      try {
        producer.close(Duration.ZERO);
      } catch (RuntimeException e) {
        LOG.debugf("Outbox relay %s producer close: %s", name, e.toString());
      }
      producer = null;
    }
  }
}
