package fr.passerelle.referral.events;

import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.testing.JsonSchemas;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferralEventsTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void a_submission_and_a_move_publish_events_with_a_pseudonymous_person_and_no_name()
      throws Exception {
    UUID site = Sites.active();
    Map<String, Object> body = Submissions.eligible(site);
    @SuppressWarnings("unchecked")
    String lastName = (String) ((Map<String, Object>) body.get("youngPerson")).get("lastName");
    String id =
        peSystem().body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    e2cStaff(site).body(Map.of()).post("/api/v1/referrals/" + id + "/open").then().statusCode(200);

    ConsumerRecord<String, byte[]> submitted = awaitEvent(id, ReferralEvents.SUBMITTED);
    ConsumerRecord<String, byte[]> moved = awaitEvent(id, ReferralEvents.STATUS_CHANGED);

    JsonNode payload = validPayload(submitted, ReferralEvents.SUBMITTED);
    assertThat(payload.get("personId").asText()).isNotBlank();
    assertThat(payload.get("ageAtSubmission").asInt()).isEqualTo(19);
    for (ConsumerRecord<String, byte[]> record : List.of(submitted, moved)) {
      String data = new String(record.value(), StandardCharsets.UTF_8);
      assertThat(data).doesNotContain(lastName).doesNotContain("Camille").doesNotContain("+336");
    }
    assertThat(validPayload(moved, ReferralEvents.STATUS_CHANGED).get("toStatus").asText())
        .isEqualTo("UNDER_REVIEW");
  }

  private ConsumerRecord<String, byte[]> awaitEvent(String aggregate, EventType<?> type) {
    return KafkaTopics.awaitEvent(bootstrapServers, type.topic(), aggregate, type.type());
  }

  private JsonNode validPayload(ConsumerRecord<String, byte[]> record, EventType<?> type)
      throws Exception {
    assertThat(JsonSchemas.violations(type.schemaText(), record.value())).as(type.type()).isEmpty();
    return mapper.readTree(record.value());
  }
}
