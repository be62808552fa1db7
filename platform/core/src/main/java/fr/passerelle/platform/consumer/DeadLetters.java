package fr.passerelle.platform.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.platform.events.CloudEventRecords;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The {@code dead_letter_event} table: messages a consumer gave up on, kept whole (headers and
 * data) with the error, so that an operator can look at them and replay them.
 */
@ApplicationScoped
class DeadLetters {

  private static final String PARK =
      "INSERT INTO dead_letter_event (consumer, topic, kafka_partition, kafka_offset, event_id,"
          + " event_type, record_key, headers, payload, error, attempts, parked_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final int MAX_ERROR_LENGTH = 2000;

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;
  private final Clock clock;

  DeadLetters(AgroalDataSource dataSource, ObjectMapper mapper, Clock clock) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.clock = clock;
  }

  void park(String consumer, ConsumerRecord<String, byte[]> record, Throwable error, int attempts)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(PARK)) {
      insert.setString(1, consumer);
      insert.setString(2, record.topic());
      insert.setInt(3, record.partition());
      insert.setLong(4, record.offset());
      insert.setString(5, header(record, CloudEventHeaders.ID));
      insert.setString(6, header(record, CloudEventHeaders.TYPE));
      insert.setString(7, record.key());
      insert.setObject(8, headersJson(record), Types.OTHER);
      insert.setBytes(9, record.value());
      insert.setString(10, describe(error));
      insert.setInt(11, attempts);
      insert.setTimestamp(12, Timestamp.from(clock.instant()));
      insert.executeUpdate();
    }
  }

  long count(String consumer) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT count(*) FROM dead_letter_event WHERE consumer = ?")) {
      select.setString(1, consumer);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private String headersJson(ConsumerRecord<String, byte[]> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), header.value() == null ? null : new String(header.value(), UTF_8));
    }
    try {
      return mapper.writeValueAsString(headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return CloudEventRecords.header(record.headers(), name);
  }

  static String describe(Throwable error) {
    String text = error.getClass().getName() + ": " + error.getMessage();
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
  }
}
