package fr.passerelle.webhook.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.events.CloudEventRecords;
import fr.passerelle.platform.testing.JsonSchemas;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Publishes events as the other services' outbox relays do ({@link CloudEventRecords}), each
 * payload checked against its type's JSON Schema first, then waits until the webhook consumer has
 * taken them.
 */
public final class Published {

  /** What was put on Kafka, to compare with what a receiver gets. */
  public record Sent(
      String id, String type, String source, String subject, Instant time, JsonNode data) {}

  private static final String CONSUMER = "webhooks";
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static KafkaProducer<String, byte[]> producer;

  private final List<String> ids = new ArrayList<>();

  public <P extends Record> Sent event(EventType<P> type, Object subject, P payload) {
    byte[] data;
    try {
      data = JSON.writeValueAsBytes(payload);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(JsonSchemas.violations(type.schemaText(), data)).as(type.type()).isEmpty();
    String id = UUID.randomUUID().toString();
    Instant time = Instant.now();
    try {
      producer()
          .send(
              CloudEventRecords.toRecord(
                  type.topic(),
                  id,
                  type.type(),
                  type.source(),
                  subject.toString(),
                  time,
                  new String(data, java.nio.charset.StandardCharsets.UTF_8),
                  null))
          .get();
      ids.add(id);
      return new Sent(
          id, type.type(), type.source(), subject.toString(), time, JSON.readTree(data));
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish " + type.type(), e);
    }
  }

  /**
   * Waits until the webhook consumer has taken every event published here: from then on, each is
   * queued for the subscriptions that may have it, or for none, for good.
   */
  public void awaitTaken() {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    await().atMost(Duration.ofSeconds(60)).until(() -> taken(dataSource) == ids.size());
  }

  private long taken(AgroalDataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ANY (?)")) {
      select.setString(1, CONSUMER);
      select.setArray(2, connection.createArrayOf("text", ids.toArray()));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static synchronized KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      producer =
          new KafkaProducer<>(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)),
              new StringSerializer(),
              new ByteArraySerializer());
    }
    return producer;
  }
}
