package fr.passerelle.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the service under test published on Kafka about one aggregate, each payload checked against
 * its event type's JSON Schema: the events of an aggregate arrive in order, so once a later event
 * is there, the earlier ones are too.
 */
public final class PublishedEvents {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String bootstrapServers;

  public PublishedEvents(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** The payloads of this type about the aggregate, in order, as published so far. */
  public List<JsonNode> of(Object aggregateId, EventType<?> type) {
    return KafkaTopics.events(bootstrapServers, type.topic(), aggregateId, type.type()).stream()
        .map(record -> valid(type, record.value()))
        .toList();
  }

  /** Waits (20 s at most) for {@code count} such payloads, and answers them. */
  public List<JsonNode> await(Object aggregateId, EventType<?> type, int count) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> of(aggregateId, type), found -> found.size() >= count);
  }

  /** Waits for the first such payload. */
  public JsonNode first(Object aggregateId, EventType<?> type) {
    return await(aggregateId, type, 1).get(0);
  }

  /**
   * How many events of this type about the aggregate the service wrote to its outbox, in the
   * transaction of each change: every event it publishes, counted as soon as the change committed
   * (a refused request has written none). Read from the test application's own database.
   */
  public static long recorded(Object aggregateId, EventType<?> type) {
    Config config = ConfigProvider.getConfig();
    try (Connection connection =
            DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from outbox_event where aggregate_id = ? and type = ?")) {
      count.setString(1, aggregateId.toString());
      count.setString(2, type.type());
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the outbox's events", e);
    }
  }

  private static JsonNode valid(EventType<?> type, byte[] payload) {
    List<String> violations = JsonSchemas.violations(type.schemaText(), payload);
    if (!violations.isEmpty()) {
      throw new AssertionError(type.type() + " breaks its schema: " + violations);
    }
    try {
      return MAPPER.readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
