package fr.passerelle.referral.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.testing.KafkaTopics;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishes what the directory would on its topic, to the test application's broker. */
final class DirectoryTopic {

  private DirectoryTopic() {}

  static void publish(EventType<?> type, String subject, String data) {
    KafkaTopics.publish(
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
        type,
        UUID.randomUUID().toString(),
        subject,
        data.getBytes(UTF_8));
  }
}
