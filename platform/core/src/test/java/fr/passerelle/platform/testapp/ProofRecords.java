package fr.passerelle.platform.testapp;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.platform.testing.KafkaTopics;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends what {@link RecordingConsumer} reads, and counts what it recorded. */
public final class ProofRecords {

  private final String bootstrapServers;
  private final ObjectMapper mapper;
  private final AgroalDataSource dataSource;

  public ProofRecords(String bootstrapServers, ObjectMapper mapper, AgroalDataSource dataSource) {
    this.bootstrapServers = bootstrapServers;
    this.mapper = mapper;
    this.dataSource = dataSource;
  }

  /** A CloudEvent of the consumed type, in Kafka binary mode. */
  public void send(String eventId, WidgetRenamed change) throws Exception {
    KafkaTopics.publish(
        bootstrapServers,
        RecordingConsumer.CONSUMED,
        eventId,
        change.widgetId().toString(),
        mapper.writeValueAsBytes(change));
  }

  /** Many events of the batch consumer's type in one go, in order (the same key: one partition). */
  public void sendBatched(String key, List<String> eventIds, List<WidgetRenamed> changes)
      throws Exception {
    try (KafkaProducer<String, byte[]> producer = producer()) {
      for (int i = 0; i < eventIds.size(); i++) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(
            CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.ID, eventIds.get(i).getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, BatchRecordingConsumer.CONSUMED.type().getBytes(UTF_8));
        headers.add(
            CloudEventHeaders.SOURCE, BatchRecordingConsumer.CONSUMED.source().getBytes(UTF_8));
        producer.send(
            new ProducerRecord<>(
                BatchRecordingConsumer.CONSUMED.topic(),
                null,
                key,
                mapper.writeValueAsBytes(changes.get(i)),
                headers));
      }
      producer.flush();
    }
  }

  public void sendRaw(String key, byte[] value, RecordHeaders headers) throws Exception {
    try (KafkaProducer<String, byte[]> producer = producer()) {
      producer
          .send(new ProducerRecord<>(RecordingConsumer.CONSUMED.topic(), null, key, value, headers))
          .get();
    }
  }

  /** How many times the consumer recorded the event. */
  public long received(String eventId) throws SQLException {
    return count("SELECT count(*) FROM received_event WHERE event_id = ?", eventId);
  }

  public long count(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, parameter);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(config);
  }
}
