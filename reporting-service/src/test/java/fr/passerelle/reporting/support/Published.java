package fr.passerelle.reporting.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.events.CloudEventRecords;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.nio.charset.StandardCharsets;
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
 * Publishes events as the other services' outbox relays do (their {@link CloudEventRecords}), then
 * waits until the reporting consumer has applied them all.
 */
public final class Published {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static KafkaProducer<String, byte[]> producer;

  private final List<String> ids = new ArrayList<>();

  /** Publishes a payload record of the type; answers the event id. */
  public String event(EventType<?> type, Object subject, Record payload) {
    try {
      return event(type, subject, JSON.writeValueAsBytes(payload), UUID.randomUUID().toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Publishes raw data under a given event id (a redelivery names an id already published). */
  public String event(EventType<?> type, Object subject, byte[] data, String eventId) {
    try {
      producer()
          .send(
              CloudEventRecords.toRecord(
                  type.topic(),
                  eventId,
                  type.type(),
                  type.source(),
                  subject.toString(),
                  Instant.now(),
                  new String(data, StandardCharsets.UTF_8),
                  null))
          .get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish " + type.type(), e);
    }
    ids.add(eventId);
    return eventId;
  }

  /** Waits until the reporting consumer has applied (or parked) every event published here. */
  public void awaitApplied() {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    await().atMost(Duration.ofSeconds(30)).until(() -> applied(dataSource) == ids.size());
  }

  private long applied(AgroalDataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT (SELECT count(*) FROM processed_event WHERE consumer = 'reporting'"
                    + " AND event_id = ANY (?)) + (SELECT count(DISTINCT event_id) FROM"
                    + " dead_letter_event WHERE consumer = 'reporting' AND event_id = ANY (?))")) {
      Object[] array = ids.stream().distinct().toArray();
      select.setArray(1, connection.createArrayOf("text", array));
      select.setArray(2, connection.createArrayOf("text", array));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1) + (ids.size() - ids.stream().distinct().count());
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
