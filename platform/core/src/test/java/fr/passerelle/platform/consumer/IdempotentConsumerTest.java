package fr.passerelle.platform.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.platform.testapp.ProofRecords;
import fr.passerelle.platform.testapp.RecordingConsumer;
import fr.passerelle.platform.testapp.WidgetRenamed;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentConsumerTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  /** Prometheus metrics, on the management port. */
  @TestHTTPResource(value = "/metrics", management = true)
  URL metrics;

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void a_redelivered_event_is_processed_once() throws Exception {
    String eventId = UUID.randomUUID().toString();
    String marker = UUID.randomUUID().toString();
    WidgetRenamed change = WidgetRenamed.plain(UUID.randomUUID(), "blue", 1);

    send(eventId, change);
    send(eventId, change);
    send(marker, WidgetRenamed.plain(change.widgetId(), "marker", 2));
    await().atMost(DEADLINE).until(() -> received(marker) == 1);

    assertThat(received(eventId)).isOne();
    assertThat(RecordingConsumer.ATTEMPTS.get(eventId).get()).isOne();
    assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId)).isOne();
  }

  @Test
  void a_poison_message_is_parked_and_the_next_one_processed() throws Exception {
    String poison = UUID.randomUUID().toString();
    String next = UUID.randomUUID().toString();
    UUID widget = UUID.randomUUID();

    send(poison, withKind(WidgetRenamed.plain(widget, "poison", 1), WidgetRenamed.Kind.POISON, 0));
    send(next, WidgetRenamed.plain(widget, "fine", 2));
    await().atMost(DEADLINE).until(() -> received(next) == 1);

    assertThat(received(poison)).as("its failed attempts rolled back").isZero();
    assertThat(RecordingConsumer.ATTEMPTS.get(poison).get()).isEqualTo(3);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT consumer, event_type, error, attempts, record_key FROM dead_letter_event"
                    + " WHERE event_id = ?")) {
      select.setString(1, poison);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString("consumer")).isEqualTo("proof-recorder");
        assertThat(row.getString("event_type")).isEqualTo(RecordingConsumer.CONSUMED.type());
        assertThat(row.getString("error")).contains("can never be applied");
        assertThat(row.getInt("attempts")).isEqualTo(3);
        assertThat(row.getString("record_key")).isEqualTo(widget.toString());
      }
    }
    assertThat(metric("passerelle_consumer_parked_total")).isGreaterThanOrEqualTo(1.0);
    assertThat(metric("passerelle_consumer_dead_letters")).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void a_transient_failure_is_retried_until_it_succeeds() throws Exception {
    String eventId = UUID.randomUUID().toString();

    send(
        eventId,
        withKind(WidgetRenamed.plain(UUID.randomUUID(), "flaky", 1), WidgetRenamed.Kind.PLAIN, 2));
    await().atMost(DEADLINE).until(() -> received(eventId) == 1);

    assertThat(RecordingConsumer.ATTEMPTS.get(eventId).get()).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM dead_letter_event WHERE event_id = ?", eventId))
        .isZero();
  }

  @Test
  void a_record_that_is_not_a_cloud_event_is_parked_without_retries() throws Exception {
    String key = UUID.randomUUID().toString();
    String marker = UUID.randomUUID().toString();
    records().sendRaw(key, "{}".getBytes(UTF_8), new RecordHeaders());
    send(marker, WidgetRenamed.plain(UUID.fromString(key), "after", 1));
    await().atMost(DEADLINE).until(() -> received(marker) == 1);

    assertThat(
            count(
                "SELECT count(*) FROM dead_letter_event WHERE record_key = ? AND attempts = 1",
                key))
        .isOne();
  }

  @Test
  void a_time_without_seconds_no_longer_stops_the_consumer() throws Exception {
    String key = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    String marker = UUID.randomUUID().toString();
    RecordHeaders headers = new RecordHeaders();
    headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
    headers.add(CloudEventHeaders.ID, eventId.getBytes(UTF_8));
    headers.add(CloudEventHeaders.TYPE, RecordingConsumer.CONSUMED.type().getBytes(UTF_8));
    headers.add(CloudEventHeaders.SOURCE, RecordingConsumer.CONSUMED.source().getBytes(UTF_8));
    headers.add(CloudEventHeaders.TIME, "2025-01-01T08:00Z".getBytes(UTF_8));
    records()
        .sendRaw(
            key,
            mapper.writeValueAsBytes(WidgetRenamed.plain(UUID.fromString(key), "at 8", 1)),
            headers);
    send(marker, WidgetRenamed.plain(UUID.fromString(key), "after", 1));
    await().atMost(DEADLINE).until(() -> received(marker) == 1);

    assertThat(received(eventId)).isOne();
  }

  private static WidgetRenamed withKind(
      WidgetRenamed change, WidgetRenamed.Kind kind, int failures) {
    return new WidgetRenamed(
        change.widgetId(),
        change.name(),
        change.sequence(),
        change.renamedAt(),
        kind,
        failures,
        List.of(),
        null);
  }

  private void send(String eventId, WidgetRenamed change) throws Exception {
    records().send(eventId, change);
  }

  private long received(String eventId) throws SQLException {
    return records().received(eventId);
  }

  private long count(String sql, String parameter) throws SQLException {
    return records().count(sql, parameter);
  }

  private ProofRecords records() {
    return new ProofRecords(bootstrapServers, mapper, dataSource);
  }

  private double metric(String name) {
    String body = io.restassured.RestAssured.get(metrics).then().extract().asString();
    return body.lines()
        .filter(line -> line.startsWith(name + "{") && line.contains("consumer=\"proof-recorder\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
