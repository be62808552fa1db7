package fr.passerelle.platform.outbox;

import static fr.passerelle.platform.testing.KafkaTopics.header;
import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.testapp.ProofEvents;
import fr.passerelle.platform.testapp.WidgetRenamed;
import fr.passerelle.platform.testapp.WidgetService;
import fr.passerelle.platform.testing.KafkaTopics;
import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  /** Readiness, on the management port. */
  @TestHTTPResource(value = "/health/ready", management = true)
  URL readiness;

  @Inject WidgetService widgets;
  @Inject OutboxRelayService relayService;
  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  @Inject
  @Identifier("default-kafka-broker")
  Map<String, Object> kafkaConfig;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void a_committed_change_yields_exactly_one_cloud_event_on_kafka() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    UUID widget = UUID.randomUUID();
    UUID eventId = widgets.rename(type, WidgetRenamed.plain(widget, "blue", 1));

    await().atMost(DEADLINE).until(() -> isPublished(eventId));
    List<ConsumerRecord<String, byte[]>> records =
        KafkaTopics.readAll(bootstrapServers, type.topic());

    assertThat(records).hasSize(1);
    ConsumerRecord<String, byte[]> record = records.get(0);
    assertThat(record.key()).isEqualTo(widget.toString());
    assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(record, "ce_id")).isEqualTo(eventId.toString());
    assertThat(header(record, "ce_type")).isEqualTo(type.type());
    assertThat(header(record, "ce_source")).isEqualTo(type.source());
    assertThat(header(record, "ce_subject")).isEqualTo(widget.toString());
    assertThat(OffsetDateTime.parse(header(record, "ce_time")).getOffset().getTotalSeconds())
        .isZero();
    assertThat(header(record, "content-type")).isEqualTo("application/json");
    WidgetRenamed payload = mapper.readValue(record.value(), WidgetRenamed.class);
    assertThat(payload.widgetId()).isEqualTo(widget);
    assertThat(payload.name()).isEqualTo("blue");
    // Unlike an HTTP answer, an event keeps its explicit nulls, as its JSON Schema declares them.
    assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"note\":null");

    // The CloudEvents SDK reads it as a binary-mode CloudEvent: the encoding is the standard one.
    MessageReader reader = KafkaMessageFactory.createReader(record);
    CloudEvent event = reader.toEvent();
    assertThat(event.getId()).isEqualTo(eventId.toString());
    assertThat(event.getType()).isEqualTo("fr.passerelle." + type.service() + ".widget-renamed.v1");
    assertThat(event.getSubject()).isEqualTo(widget.toString());
    assertThat(event.getDataContentType()).isEqualTo("application/json");
  }

  @Test
  void a_rolled_back_change_yields_no_event() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    UUID refused = UUID.randomUUID();

    assertThatThrownBy(() -> widgets.renameThenFail(type, WidgetRenamed.plain(refused, "red", 1)))
        .isInstanceOf(IllegalStateException.class);
    UUID marker = widgets.rename(type, WidgetRenamed.plain(UUID.randomUUID(), "marker", 1));
    await().atMost(DEADLINE).until(() -> isPublished(marker));

    assertThat(
            countRows(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", refused.toString()))
        .isZero();
    assertThat(countRows("SELECT count(*) FROM widget WHERE id = ?", refused)).isZero();
    assertThat(KafkaTopics.readAll(bootstrapServers, type.topic()))
        .extracting(r -> header(r, "ce_id"))
        .containsExactly(marker.toString());
  }

  @Test
  void a_batch_of_events_is_published_whole_with_its_change() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    List<WidgetRenamed> changes = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      changes.add(WidgetRenamed.plain(UUID.randomUUID(), "batch", 1));
    }
    widgets.renameAll(type, changes);

    await()
        .atMost(DEADLINE)
        .until(() -> KafkaTopics.readAll(bootstrapServers, type.topic()).size() >= 250);
    List<ConsumerRecord<String, byte[]>> records =
        KafkaTopics.readAll(bootstrapServers, type.topic());
    assertThat(records)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(
            changes.stream().map(c -> c.widgetId().toString()).toList());
    assertThat(records).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();
  }

  @Test
  void publishing_outside_a_transaction_is_refused() {
    Outbox outbox = io.quarkus.arc.Arc.container().instance(Outbox.class).get();
    assertThatThrownBy(
            () ->
                outbox.publish(
                    ProofEvents.WIDGET_RENAMED,
                    UUID.randomUUID(),
                    WidgetRenamed.plain(UUID.randomUUID(), "x", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transaction");
  }

  @Test
  void a_thousand_events_across_fifty_aggregates_arrive_in_order_per_aggregate() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    List<UUID> aggregates = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      aggregates.add(UUID.randomUUID());
    }
    List<UUID> changes = new ArrayList<>();
    for (int round = 1; round <= 20; round++) {
      List<UUID> shuffled = new ArrayList<>(aggregates);
      Collections.shuffle(shuffled);
      for (UUID aggregate : shuffled) {
        changes.add(widgets.rename(type, WidgetRenamed.plain(aggregate, "n" + round, round)));
      }
    }

    await().atMost(DEADLINE).until(() -> allPublished(changes));
    Map<String, List<Integer>> sequences = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (ConsumerRecord<String, byte[]> record :
        KafkaTopics.readAll(bootstrapServers, type.topic())) {
      if (seen.add(header(record, "ce_id"))) {
        sequences
            .computeIfAbsent(record.key(), k -> new ArrayList<>())
            .add(mapper.readValue(record.value(), WidgetRenamed.class).sequence());
      }
    }

    assertThat(seen).hasSize(1000);
    assertThat(sequences).hasSize(50);
    List<Integer> oneToTwenty = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      oneToTwenty.add(i);
    }
    sequences.forEach(
        (aggregate, received) -> assertThat(received).as(aggregate).isEqualTo(oneToTwenty));
  }

  @Test
  void a_relay_stopped_mid_stream_and_restarted_loses_nothing() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    relayService.relay().stop();
    try {
      List<UUID> events = renameMany(type, 500);
      OutboxRelay first = standaloneRelay("first", 10, kafkaConfig);
      first.start();
      await().atMost(DEADLINE).until(() -> first.publishedTotal() >= 100);
      first.stop();
      long publishedBeforeRestart = countPublished(events);
      assertThat(publishedBeforeRestart).isBetween(100L, 500L);

      OutboxRelay restarted = standaloneRelay("restarted", 10, kafkaConfig);
      restarted.start();
      try {
        await().atMost(DEADLINE).until(() -> allPublished(events));
      } finally {
        restarted.stop();
      }
      assertThat(distinctIdsOn(type)).containsExactlyInAnyOrderElementsOf(asStrings(events));
    } finally {
      relayService.relay().start();
    }
  }

  @Test
  void two_relays_on_one_outbox_publish_each_row_once() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    relayService.relay().stop();
    OutboxRelay a = standaloneRelay("replica-a", 20, kafkaConfig);
    OutboxRelay b = standaloneRelay("replica-b", 20, kafkaConfig);
    a.start();
    b.start();
    try {
      ExecutorService writers = Executors.newFixedThreadPool(4);
      List<Future<List<UUID>>> batches = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        batches.add(writers.submit(() -> renameMany(type, 250)));
      }
      List<UUID> events = new ArrayList<>();
      for (Future<List<UUID>> batch : batches) {
        events.addAll(batch.get());
      }
      writers.shutdown();
      await().atMost(DEADLINE).until(() -> allPublished(events));

      List<String> ids =
          KafkaTopics.readAll(bootstrapServers, type.topic()).stream()
              .map(r -> header(r, "ce_id"))
              .toList();
      assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
      assertThat(a.publishedTotal() + b.publishedTotal()).isGreaterThanOrEqualTo(1000);
    } finally {
      a.stop();
      b.stop();
      relayService.relay().start();
    }
  }

  @Test
  void rows_stay_pending_while_the_broker_is_unreachable_then_all_go_out() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    relayService.relay().stop();
    try {
      List<UUID> events = renameMany(type, 5);
      Map<String, Object> deadBroker = new HashMap<>(kafkaConfig);
      deadBroker.put("bootstrap.servers", "127.0.0.1:1");
      OutboxRelay cutOff = standaloneRelay("cut-off", 10, deadBroker, Duration.ofSeconds(1));
      cutOff.start();
      try {
        await().atMost(DEADLINE).until(() -> cutOff.failedBatches() >= 2);
      } finally {
        cutOff.stop();
      }
      assertThat(countPublished(events)).isZero();
      assertThat(cutOff.pendingCount()).isGreaterThanOrEqualTo(5);
      assertThat(cutOff.oldestPendingAge()).isPositive();
    } finally {
      relayService.relay().start();
    }
    // Back to the real broker: everything that waited is published.
    List<UUID> waiting = pendingEventsOf(type);
    await().atMost(DEADLINE).until(() -> allPublished(waiting));
    assertThat(distinctIdsOn(type)).hasSize(5);
  }

  @Test
  void a_stopped_relay_makes_the_service_not_ready_until_it_publishes_again() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    relayService.relay().stop();
    try {
      widgets.rename(type, WidgetRenamed.plain(UUID.randomUUID(), "stuck", 1));

      await().atMost(DEADLINE).until(() -> get(readiness).statusCode() == 503);
      assertThat(get(readiness).asString()).contains("outbox relay");
    } finally {
      relayService.relay().start();
    }
    await().atMost(DEADLINE).until(() -> get(readiness).statusCode() == 200);
  }

  @Test
  void published_rows_past_retention_are_deleted_and_pending_ones_kept() throws Exception {
    EventType<WidgetRenamed> type = ProofEvents.onFreshTopic();
    UUID published = widgets.rename(type, WidgetRenamed.plain(UUID.randomUUID(), "old", 1));
    await().atMost(DEADLINE).until(() -> isPublished(published));
    relayService.relay().stop();
    try {
      UUID pending = widgets.rename(type, WidgetRenamed.plain(UUID.randomUUID(), "new", 1));

      int deleted = relayService.relay().deletePublishedBefore(Instant.now().plusSeconds(1));

      assertThat(deleted).isGreaterThanOrEqualTo(1);
      assertThat(countRows("SELECT count(*) FROM outbox_event WHERE id = ?", published)).isZero();
      assertThat(countRows("SELECT count(*) FROM outbox_event WHERE id = ?", pending)).isOne();
    } finally {
      relayService.relay().start();
    }
  }

  private OutboxRelay standaloneRelay(String name, int batchSize, Map<String, Object> kafka) {
    return standaloneRelay(name, batchSize, kafka, Duration.ofSeconds(5));
  }

  private OutboxRelay standaloneRelay(
      String name, int batchSize, Map<String, Object> kafka, Duration sendTimeout) {
    OutboxRelay.Settings settings =
        new OutboxRelay.Settings(
            batchSize,
            Duration.ofMillis(20),
            Duration.ofMillis(50),
            Duration.ofMillis(200),
            sendTimeout,
            Duration.ofDays(7),
            Duration.ofHours(1));
    return new OutboxRelay(name, dataSource, kafka, settings, Clock.systemUTC());
  }

  private List<UUID> renameMany(EventType<WidgetRenamed> type, int count) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(widgets.rename(type, WidgetRenamed.plain(UUID.randomUUID(), "w" + i, 1)));
    }
    return ids;
  }

  private Set<String> distinctIdsOn(EventType<?> type) {
    return KafkaTopics.readAll(bootstrapServers, type.topic()).stream()
        .map(r -> header(r, "ce_id"))
        .collect(Collectors.toSet());
  }

  private static List<String> asStrings(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toList();
  }

  private boolean isPublished(UUID eventId) throws SQLException {
    return countRows(
            "SELECT count(*) FROM outbox_event WHERE id = ? AND published_at IS NOT NULL", eventId)
        == 1;
  }

  private boolean allPublished(List<UUID> eventIds) throws SQLException {
    return countPublished(eventIds) == eventIds.size();
  }

  private long countPublished(List<UUID> eventIds) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE id = ANY (?) AND published_at IS NOT NULL")) {
      select.setArray(1, connection.createArrayOf("uuid", eventIds.toArray()));
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private List<UUID> pendingEventsOf(EventType<?> type) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT id FROM outbox_event WHERE topic = ?")) {
      select.setString(1, type.topic());
      List<UUID> ids = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          ids.add(result.getObject(1, UUID.class));
        }
      }
      return ids;
    }
  }

  private long countRows(String sql, Object parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, parameter);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
