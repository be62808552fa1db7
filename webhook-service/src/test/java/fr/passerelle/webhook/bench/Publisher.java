package fr.passerelle.webhook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SeatsChanged;
import fr.passerelle.platform.events.CloudEventRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the directory's {@code seats-changed} events as its outbox relay does once a booking
 * has committed: the relay's producer settings, {@code ce_time} = now, keyed by the session (one of
 * {@link #SESSIONS}, so that one subject's events come in order as in production). Notes when each
 * event was sent ({@link System#nanoTime()}).
 */
final class Publisher implements AutoCloseable {

  static final int SESSIONS = 1_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaProducer<String, byte[]> producer;
  private final Map<String, Sent> sent = new ConcurrentHashMap<>();
  private final AtomicLong failures = new AtomicLong();
  private final List<Session> sessions = new ArrayList<>();
  private final Random random = new Random(14);

  /** When an event was sent: the JVM's clock for latencies, the wall clock it carries. */
  record Sent(long nanos, Instant time) {}

  private record Session(UUID id, UUID site) {}

  Publisher(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                0),
            new StringSerializer(),
            new ByteArraySerializer());
    for (int i = 0; i < SESSIONS; i++) {
      sessions.add(new Session(UUID.randomUUID(), UUID.randomUUID()));
    }
  }

  /** Publishes {@code count} events on the pacer's schedule; answers their ids. */
  List<String> paced(Pacer pacer, int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pacer.awaitNextSlot();
      ids.add(publish());
    }
    return ids;
  }

  /** Publishes {@code count} events as fast as the producer takes them; answers their ids. */
  List<String> burst(int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(publish());
    }
    producer.flush();
    return ids;
  }

  Sent sent(String id) {
    return sent.get(id);
  }

  long failures() {
    return failures.get();
  }

  private String publish() {
    Session session = sessions.get(random.nextInt(sessions.size()));
    int booked = random.nextInt(13);
    SeatsChanged payload =
        new SeatsChanged(
            session.id(),
            session.site(),
            "59",
            "32",
            UUID.randomUUID(),
            random.nextBoolean() ? SeatsChanged.Change.BOOKED : SeatsChanged.Change.RELEASED,
            12,
            booked,
            12 - booked);
    String id = UUID.randomUUID().toString();
    String data;
    try {
      data = JSON.writeValueAsString(payload);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Instant now = Instant.now();
    sent.put(id, new Sent(System.nanoTime(), now));
    producer.send(
        CloudEventRecords.toRecord(
            DirectoryEvents.SEATS_CHANGED.topic(),
            id,
            DirectoryEvents.SEATS_CHANGED.type(),
            DirectoryEvents.SEATS_CHANGED.source(),
            session.id().toString(),
            now,
            data,
            null),
        (metadata, error) -> {
          if (error != null) {
            failures.incrementAndGet();
          }
        });
    return id;
  }

  @Override
  public void close() {
    producer.close();
  }

  /** A steady rate: slot k is at start + k / rate, whatever the time sending took. */
  static final class Pacer {
    private final long intervalNanos;
    private long next;

    Pacer(double perSecond) {
      this.intervalNanos = (long) (1e9 / perSecond);
      this.next = System.nanoTime();
    }

    void awaitNextSlot() {
      long wait;
      while ((wait = next - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      next += intervalNanos;
    }
  }
}
