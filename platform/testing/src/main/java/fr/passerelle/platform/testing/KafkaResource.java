package fr.passerelle.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Hands Quarkus a real Kafka broker: {@code KAFKA_BOOTSTRAP_SERVERS} when set, else the JVM's
 * in-process broker.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    if (ExternalServers.devServicesRequested()) {
      return Map.of();
    }
    String servers =
        ExternalServers.env("KAFKA_BOOTSTRAP_SERVERS")
            .orElseGet(() -> KafkaServer.shared().bootstrapServers());
    return Map.of("kafka.bootstrap.servers", servers);
  }

  @Override
  public void stop() {
    // Shared by every Quarkus start of this JVM; a shutdown hook stops it.
  }
}
