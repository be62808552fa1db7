package fr.passerelle.directory.events;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.referralService;
import static fr.passerelle.platform.testing.KafkaTopics.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.support.Fixtures;
import fr.passerelle.platform.testing.JsonSchemas;
import fr.passerelle.platform.testing.KafkaTopics;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectoryEventsTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void creating_a_site_publishes_site_created_with_its_region() throws Exception {
    UUID site = Fixtures.site("62041", "62000");

    ConsumerRecord<String, byte[]> record = awaitEvent(site, DirectoryEvents.SITE_CREATED);

    assertThat(header(record, "ce_source")).isEqualTo("/passerelle/directory");
    assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    JsonNode payload = validPayload(record, DirectoryEvents.SITE_CREATED);
    assertThat(payload.get("regionCode").asText()).isEqualTo("32");
    assertThat(payload.get("departmentCode").asText()).isEqualTo("62");
  }

  @Test
  void booking_a_seat_publishes_seats_changed_with_the_seats_left() throws Exception {
    UUID session = Fixtures.session(Fixtures.site(), 4, 3);
    UUID referral = UUID.randomUUID();
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + referral)
        .then()
        .statusCode(201);

    ConsumerRecord<String, byte[]> record = awaitEvent(session, DirectoryEvents.SEATS_CHANGED);

    JsonNode payload = validPayload(record, DirectoryEvents.SEATS_CHANGED);
    assertThat(payload.get("referralId").asText()).isEqualTo(referral.toString());
    assertThat(payload.get("seatsLeft").asInt()).isEqualTo(3);
    assertThat(payload.get("change").asText()).isEqualTo("BOOKED");
  }

  @Test
  void cancelling_a_session_publishes_session_cancelled() throws Exception {
    UUID session = Fixtures.session(Fixtures.site(), 4, 3);
    directoryAdmin().post("/api/v1/sessions/" + session + "/cancel").then().statusCode(200);

    JsonNode payload =
        validPayload(
            awaitEvent(session, DirectoryEvents.SESSION_CANCELLED),
            DirectoryEvents.SESSION_CANCELLED);
    assertThat(payload.get("status").asText()).isEqualTo("CANCELLED");
  }

  private ConsumerRecord<String, byte[]> awaitEvent(UUID aggregate, EventType<?> type) {
    return KafkaTopics.awaitEvent(bootstrapServers, type.topic(), aggregate, type.type());
  }

  private JsonNode validPayload(ConsumerRecord<String, byte[]> record, EventType<?> type)
      throws Exception {
    assertThat(JsonSchemas.violations(type.schemaText(), record.value())).isEmpty();
    return mapper.readTree(record.value());
  }
}
