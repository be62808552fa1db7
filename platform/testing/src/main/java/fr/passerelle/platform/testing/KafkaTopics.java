package fr.passerelle.platform.testing;

import static org.awaitility.Awaitility.await;

import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.contracts.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads what is on a topic, as a plain Kafka client would: for assertions on published events. */
public final class KafkaTopics {

  private KafkaTopics() {}

  /** The events of a CloudEvents type about one aggregate (the record key), in offset order. */
  public static List<ConsumerRecord<String, byte[]>> events(
      String bootstrapServers, String topic, Object aggregateId, String type) {
    return readAll(bootstrapServers, topic).stream()
        .filter(r -> aggregateId.toString().equals(r.key()))
        .filter(r -> type.equals(header(r, "ce_type")))
        .toList();
  }

  /** The first such event, waited for (20 s at most): the outbox relay publishes after commit. */
  public static ConsumerRecord<String, byte[]> awaitEvent(
      String bootstrapServers, String topic, Object aggregateId, String type) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> events(bootstrapServers, topic, aggregateId, type), found -> !found.isEmpty())
        .get(0);
  }

  /**
   * Publishes one event as a producing service's outbox relay would: CloudEvents in Kafka binary
   * mode, the subject as key, on the type's topic. For tests that feed a consumer.
   */
  public static void publish(
      String bootstrapServers, EventType<?> type, String eventId, String subject, byte[] data) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
    headers.add(CloudEventHeaders.ID, bytes(eventId));
    headers.add(CloudEventHeaders.TYPE, bytes(type.type()));
    headers.add(CloudEventHeaders.SOURCE, bytes(type.source()));
    headers.add(CloudEventHeaders.SUBJECT, bytes(subject));
    headers.add(CloudEventHeaders.TIME, bytes(OffsetDateTime.now().toString()));
    headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(type.topic(), null, subject, data, headers)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish " + type.type(), e);
    }
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** A header as text, null when the record has none. */
  public static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Every record on the topic, from the first offset to the end offsets of this moment. */
  public static List<ConsumerRecord<String, byte[]>> readAll(
      String bootstrapServers, String topic) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (infos == null || infos.isEmpty()) {
        return List.of();
      }
      List<TopicPartition> partitions =
          infos.stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .collect(Collectors.toList());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end in 30 s");
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }
}
