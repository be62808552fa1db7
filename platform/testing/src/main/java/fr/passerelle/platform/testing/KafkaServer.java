package fr.passerelle.platform.testing;

import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.AppInfoParser;
import org.jboss.logging.Logger;

/**
 * A real Kafka broker (KRaft, one combined broker/controller node) running inside the test JVM,
 * started at most once per JVM with its logs under {@code target/}.
 */
public final class KafkaServer {

  private static final Logger LOG = Logger.getLogger(KafkaServer.class);
  private static KafkaServer shared;

  private final KafkaClusterTestKit cluster;

  private KafkaServer(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** The JVM's broker, started on first use. */
  public static synchronized KafkaServer shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "kafka-shutdown"));
    }
    return shared;
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  private static KafkaServer start() {
    try {
      TestKitNodes nodes =
          new TestKitNodes.Builder()
              .setCombined(true)
              .setNumBrokerNodes(1)
              .setNumControllerNodes(1)
              .setBaseDirectory(Path.of("target", "kafka").toAbsolutePath())
              .build();
      KafkaClusterTestKit cluster =
          new KafkaClusterTestKit.Builder(nodes)
              // A single broker: internal topics must not wait for replicas that never come.
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .setConfigProp("num.partitions", "3")
              .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      KafkaServer server = new KafkaServer(cluster);
      LOG.infof(
          "Tests use a real Kafka %s broker (KRaft) at %s",
          AppInfoParser.getVersion(), server.bootstrapServers());
      return server;
    } catch (Exception e) {
      throw new IllegalStateException("Kafka broker did not start", e);
    }
  }

  private void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      LOG.warn("Kafka broker did not stop cleanly", e);
    }
  }
}
