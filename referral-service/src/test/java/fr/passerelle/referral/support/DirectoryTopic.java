package fr.passerelle.referral.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishes what the directory would: a CloudEvent on its topic, in Kafka binary mode. */
final class DirectoryTopic {

  private DirectoryTopic() {}

  static void publish(String event, String subject, String data) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>("passerelle.directory.v1", subject, data.getBytes(UTF_8));
    Map.of(
            "ce_specversion",
            "1.0",
            "ce_id",
            UUID.randomUUID().toString(),
            "ce_type",
            "fr.passerelle.directory." + event + ".v1",
            "ce_source",
            "/passerelle/directory",
            "ce_subject",
            subject,
            "ce_time",
            OffsetDateTime.now().toString(),
            "content-type",
            "application/json")
        .forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
    String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish the directory's " + event + " event", e);
    }
  }
}
