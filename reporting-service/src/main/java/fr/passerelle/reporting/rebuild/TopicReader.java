package fr.passerelle.reporting.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their first offset, outside any consumer group (a rebuild commits nothing and
 * never moves the live consumer), up to end offsets taken when asked.
 */
final class TopicReader implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<TopicPartition> partitions = new ArrayList<>();
  private Map<TopicPartition, Long> ends = Map.of();

  /** {@code kafkaConfig}: the broker's settings (bootstrap servers, security). */
  TopicReader(Map<String, Object> kafkaConfig, List<String> topics) {
    Properties config = new Properties();
    config.putAll(kafkaConfig);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
    config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    consumer = new KafkaConsumer<>(config);
    for (String topic : topics) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
      if (infos != null) {
        infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Takes the end offsets of this moment as the place to stop; answers the events left. */
  long readUpToNow() {
    ends = consumer.endOffsets(partitions);
    return partitions.stream().mapToLong(p -> ends.get(p) - consumer.position(p)).sum();
  }

  boolean reachedEnd() {
    return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
  }

  /** The next records, none beyond the end offsets taken last. */
  List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> next() {
    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
    List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> upToEnd =
        new ArrayList<>(records.count());
    for (TopicPartition partition : records.partitions()) {
      long end = ends.getOrDefault(partition, 0L);
      for (var record : records.records(partition)) {
        if (record.offset() < end) {
          upToEnd.add(record);
        }
      }
      if (consumer.position(partition) > end) {
        consumer.seek(partition, end);
      }
    }
    return upToEnd;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
