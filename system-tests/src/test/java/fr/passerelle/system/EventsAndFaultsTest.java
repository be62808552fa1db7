package fr.passerelle.system;

import static fr.passerelle.platform.testing.KafkaTopics.header;
import static fr.passerelle.system.SystemStack.as;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.platform.testing.KafkaTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Events reach Kafka, nothing is lost while the broker is down, a crashed service comes back. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class EventsAndFaultsTest {

  private static final String TOPIC = "passerelle.directory.v1";
  private static final String SEATS_CHANGED = "fr.passerelle.directory.seats-changed.v1";

  @Test
  void a_change_through_the_gateway_reaches_kafka_as_a_cloud_event() {
    String site = DirectoryData.createSite("21231", "21000");

    ConsumerRecord<String, byte[]> event =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> eventsOf(site), events -> !events.isEmpty())
            .get(0);

    assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(event, "ce_type")).isEqualTo("fr.passerelle.directory.site-created.v1");
    assertThat(header(event, "ce_source")).isEqualTo("/passerelle/directory");
    assertThat(header(event, "ce_subject")).isEqualTo(site);
    assertThat(header(event, "ce_id")).isNotBlank();
    assertThat(new String(event.value(), UTF_8)).contains("\"regionCode\":\"27\"");
  }

  @Test
  void nothing_is_lost_while_kafka_is_down() throws Exception {
    String session =
        DirectoryData.createSession(DirectoryData.createSite("21231", "21000"), 200, 20);
    String admin = DirectoryData.admin();

    SystemStack.get().kafka().stop();
    try {
      for (int i = 0; i < 200; i++) {
        as(admin)
            .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
            .then()
            .statusCode(201);
      }
    } finally {
      SystemStack.get().kafka().start();
    }

    List<ConsumerRecord<String, byte[]>> seats =
        await()
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> seatChanges(session), events -> events.size() >= 200);
    Map<String, Integer> perId = new HashMap<>();
    seats.forEach(r -> perId.merge(header(r, "ce_id"), 1, Integer::sum));
    assertThat(perId).hasSize(200);
    assertThat(perId.values()).allMatch(count -> count == 1);
  }

  @Test
  void while_a_service_is_down_its_routes_answer_503_then_it_recovers() throws Exception {
    String advisor = SystemStack.user("advisor");
    as(advisor).get("/api/v1/sites").then().statusCode(200);

    SystemStack.get().directory().kill();
    try {
      as(advisor)
          .get("/api/v1/sites")
          .then()
          .statusCode(503)
          .contentType("application/problem+json");
    } finally {
      SystemStack.get().directory().start();
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> as(advisor).get("/api/v1/sites").statusCode() == 200);
  }

  private static List<ConsumerRecord<String, byte[]>> eventsOf(String aggregate) {
    List<ConsumerRecord<String, byte[]>> events = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record :
        KafkaTopics.readAll(SystemStack.get().kafka().bootstrapServers(), TOPIC)) {
      if (aggregate.equals(record.key())) {
        events.add(record);
      }
    }
    return events;
  }

  private static List<ConsumerRecord<String, byte[]>> seatChanges(String session) {
    return eventsOf(session).stream()
        .filter(r -> SEATS_CHANGED.equals(header(r, "ce_type")))
        .toList();
  }
}
