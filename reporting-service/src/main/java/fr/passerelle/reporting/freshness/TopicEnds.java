package fr.passerelle.reporting.freshness;

import fr.passerelle.reporting.config.ReportingConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The end offsets of the consumed topics, read from the broker at most every few seconds. */
@ApplicationScoped
public class TopicEnds {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final List<String> topics;
  private final Duration cacheFor;
  private final Admin admin;
  private Map<TopicPartition, Long> ends;
  private long readAt;

  TopicEnds(
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      @ConfigProperty(name = "mp.messaging.incoming.reporting.topics") String topics,
      ReportingConfig config) {
    this.topics = Arrays.stream(topics.split(",")).map(String::trim).toList();
    this.cacheFor = config.freshness().endOffsetsCache();
    // The broker's settings as every client of the service has them (bootstrap servers, security).
    Map<String, Object> adminConfig = new HashMap<>(kafkaConfig);
    adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    this.admin = Admin.create(adminConfig);
  }

  public List<String> topics() {
    return topics;
  }

  /** Each partition's end offset, or empty when the broker does not answer. */
  public synchronized Optional<Map<TopicPartition, Long>> read() {
    if (ends != null && System.nanoTime() - readAt < cacheFor.toNanos()) {
      return Optional.of(ends);
    }
    try {
      Map<String, TopicDescription> described =
          admin
              .describeTopics(existing())
              .allTopicNames()
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      described.forEach(
          (topic, description) ->
              description
                  .partitions()
                  .forEach(
                      p ->
                          latest.put(
                              new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
      Map<TopicPartition, ListOffsetsResultInfo> offsets =
          admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      ends =
          offsets.entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
      readAt = System.nanoTime();
      return Optional.of(ends);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /** The consumed topics that exist yet (prospection's may come later). */
  private List<String> existing() throws Exception {
    var names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    return topics.stream().filter(names::contains).toList();
  }

  @PreDestroy
  void close() {
    admin.close(Duration.ofSeconds(2));
  }
}
