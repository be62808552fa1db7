package fr.passerelle.prospection.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.testing.JsonSchemas;
import fr.passerelle.platform.testing.KafkaTopics;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * What the prospection service published on Kafka about one aggregate, each payload checked against
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
        .map(
            record -> {
              assertThat(JsonSchemas.violations(type.schemaText(), record.value()))
                  .as(type.type())
                  .isEmpty();
              try {
                return MAPPER.readTree(record.value());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  /** Waits (20 s at most) for {@code count} such payloads, and answers them. */
  public List<JsonNode> await(Object aggregateId, EventType<?> type, int count) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> of(aggregateId, type), found -> found.size() >= count);
  }

  /**
   * How many events of this type about the aggregate the service wrote to its outbox, in the
   * transaction of each change: every event it publishes, counted as soon as the change committed
   * (a refused request has written none).
   */
  public static long recorded(Object aggregateId, EventType<?> type) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "select count(*) from outbox_event"
                                    + " where aggregate_id = ?1 and type = ?2")
                            .setParameter(1, aggregateId.toString())
                            .setParameter(2, type.type())
                            .getSingleResult())
                    .longValue());
  }

  /** Waits for the first such payload. */
  public JsonNode first(Object aggregateId, EventType<?> type) {
    return await(aggregateId, type, 1).get(0);
  }
}
