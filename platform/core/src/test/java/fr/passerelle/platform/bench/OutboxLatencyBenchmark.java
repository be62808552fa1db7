package fr.passerelle.platform.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.outbox.OutboxRelay;
import fr.passerelle.platform.outbox.OutboxRelayService;
import fr.passerelle.platform.testapp.ProofEvents;
import fr.passerelle.platform.testapp.WidgetRenamed;
import fr.passerelle.platform.testapp.WidgetService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Commit-to-Kafka latency of the outbox relay, printed as figures (not asserted): run with {@code
 * bin/bench-outbox}. Measures the service's relay (woken by each commit) and, for comparison, a
 * relay that only polls every 500 ms.
 */
@QuarkusTest
class OutboxLatencyBenchmark {

  private static final int EVENTS = 400;

  /** First events on a new topic wait for its metadata and the JIT: written, not measured. */
  private static final int WARM_UP = 50;

  private static final Duration PACE = Duration.ofMillis(10);

  @Inject WidgetService widgets;
  @Inject OutboxRelayService relayService;
  @Inject AgroalDataSource dataSource;

  @Inject
  @Identifier("default-kafka-broker")
  Map<String, Object> kafkaConfig;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void commit_to_kafka_latency() throws Exception {
    System.out.println();
    System.out.println(
        "Outbox commit-to-Kafka latency, "
            + EVENTS
            + " events after "
            + WARM_UP
            + " of warm-up, one every "
            + PACE.toMillis()
            + " ms, embedded PostgreSQL 17 and in-JVM Kafka, 2 cores:");
    print("relay woken on commit (the default)", measure());

    relayService.relay().stop();
    OutboxRelay pollOnly =
        new OutboxRelay(
            "poll-only",
            dataSource,
            kafkaConfig,
            new OutboxRelay.Settings(
                200,
                Duration.ofMillis(500),
                Duration.ofMillis(200),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                Duration.ofDays(7),
                Duration.ofHours(1)),
            Clock.systemUTC());
    pollOnly.start();
    try {
      print("relay polling every 500 ms, not woken", measure());
    } finally {
      pollOnly.stop();
      relayService.relay().start();
    }
  }

  private List<Long> measure() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    Map<String, Long> committedAt = new ConcurrentHashMap<>();
    List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch allReceived = new CountDownLatch(EVENTS);
    Thread reader = startReader(type.topic(), committedAt, latenciesMicros, allReceived);

    ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger written = new AtomicInteger();
    CountDownLatch allWritten = new CountDownLatch(1);
    writer.scheduleAtFixedRate(
        () -> {
          int rank = written.incrementAndGet();
          if (rank > WARM_UP + EVENTS) {
            allWritten.countDown();
            return;
          }
          try {
            UUID id = widgets.rename(type, WidgetRenamed.plain(UUID.randomUUID(), "bench", 1));
            if (rank > WARM_UP) {
              committedAt.put(id.toString(), System.nanoTime());
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        0,
        PACE.toMillis(),
        TimeUnit.MILLISECONDS);
    allWritten.await(2, TimeUnit.MINUTES);
    writer.shutdown();
    allReceived.await(2, TimeUnit.MINUTES);
    reader.join(Duration.ofMinutes(1).toMillis());
    return latenciesMicros;
  }

  private Thread startReader(
      String topic,
      Map<String, Long> committedAt,
      List<Long> latencies,
      CountDownLatch allReceived) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
    List<TopicPartition> partitions =
        List.of(0, 1, 2).stream().map(p -> new TopicPartition(topic, p)).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    partitions.forEach(consumer::position);
    Thread thread =
        new Thread(
            () -> {
              try (consumer) {
                while (allReceived.getCount() > 0) {
                  consumer
                      .poll(Duration.ofMillis(50))
                      .forEach(
                          record -> {
                            long now = System.nanoTime();
                            String id =
                                new String(record.headers().lastHeader("ce_id").value(), UTF_8);
                            Long committed = committedAt.get(id);
                            if (committed != null) {
                              latencies.add((now - committed) / 1000);
                              allReceived.countDown();
                            }
                          });
                }
              }
            },
            "bench-reader");
    thread.start();
    return thread;
  }

  private static void print(String label, List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.println("  " + label + ": no event received");
      return;
    }
    System.out.printf(
        "  %-40s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
        label,
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.get(sorted.size() - 1) / 1000.0);
  }

  private static double percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1000.0;
  }
}
