package fr.passerelle.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.passerelle.contracts.events.CloudEventHeaders;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
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

  /** Any constant shared by all replicas of a service; advisory locks are per database. */
  private static final long RELAY_LOCK = 0x5041_5353_4552_454CL;

  private static final String SELECT_PENDING =
      "SELECT id, topic, aggregate_id, type, source, occurred_at, payload::text FROM outbox_event"
          + " WHERE published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED";
  private static final String MARK_PUBLISHED =
      "UPDATE outbox_event SET published_at = ? WHERE id = ANY (?)";
  private static final String PENDING_SUMMARY =
      "SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL";
  private static final String DELETE_PUBLISHED =
      "DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?";

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final String name;
  private final DataSource dataSource;
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
    this.dataSource = dataSource;
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
    Duration backoff = settings.initialBackoff();
    int failures = 0;
    while (running) {
      try {
        int published = publishBatch();
        if (failures > 0) {
          LOG.infof("Outbox relay %s publishes again after %d failed attempts", name, failures);
          failures = 0;
          backoff = settings.initialBackoff();
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
          WakeUpSignal.pause(backoff);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
      }
    }
  }

  /**
   * Publishes one batch of pending rows.
   *
   * @return how many rows were published, or -1 when another relay holds the lock
   */
  int publishBatch() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (!tryRelayLock(connection)) {
          connection.rollback();
          return -1;
        }
        List<PendingRow> rows = selectPending(connection);
        if (!rows.isEmpty()) {
          send(rows);
          markPublished(connection, rows);
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

  private static boolean tryRelayLock(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")) {
      result.next();
      return result.getBoolean(1);
    }
  }

  private List<PendingRow> selectPending(Connection connection) throws SQLException {
    List<PendingRow> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
      select.setInt(1, settings.batchSize());
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new PendingRow(
                  result.getObject(1, UUID.class),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getTimestamp(6).toInstant(),
                  result.getString(7)));
        }
      }
    }
    return rows;
  }

  private void send(List<PendingRow> rows) throws Exception {
    Producer<String, byte[]> kafka = producer();
    List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(rows.size());
    for (PendingRow row : rows) {
      acknowledgements.add(kafka.send(row.toRecord()));
    }
    kafka.flush();
    long deadline = settings.sendTimeout().plusSeconds(5).toMillis();
    for (Future<RecordMetadata> acknowledgement : acknowledgements) {
      acknowledgement.get(deadline, TimeUnit.MILLISECONDS);
    }
  }

  private void markPublished(Connection connection, List<PendingRow> rows) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(MARK_PUBLISHED)) {
      Array ids = connection.createArrayOf("uuid", rows.stream().map(PendingRow::id).toArray());
      update.setTimestamp(1, Timestamp.from(clock.instant()));
      update.setArray(2, ids);
      update.executeUpdate();
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

  private void refreshPendingSummary() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(PENDING_SUMMARY)) {
      result.next();
      pendingCount.set(result.getLong(1));
      Timestamp oldest = result.getTimestamp(2);
      oldestPending.set(oldest == null ? null : oldest.toInstant());
    }
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
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(DELETE_PUBLISHED)) {
      delete.setTimestamp(1, Timestamp.from(instant));
      return delete.executeUpdate();
    }
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

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private record PendingRow(
      UUID id,
      String topic,
      String aggregateId,
      String type,
      String source,
      Instant occurredAt,
      String payload) {

    ProducerRecord<String, byte[]> toRecord() {
      RecordHeaders headers = new RecordHeaders();
      headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
      headers.add(CloudEventHeaders.ID, bytes(id.toString()));
      headers.add(CloudEventHeaders.TYPE, bytes(type));
      headers.add(CloudEventHeaders.SOURCE, bytes(source));
      headers.add(CloudEventHeaders.SUBJECT, bytes(aggregateId));
      headers.add(
          CloudEventHeaders.TIME,
          bytes(
              DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt.atOffset(ZoneOffset.UTC))));
      headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
      return new ProducerRecord<>(topic, null, aggregateId, bytes(payload), headers);
    }

    private static byte[] bytes(String value) {
      return value.getBytes(UTF_8);
    }
  }
}
