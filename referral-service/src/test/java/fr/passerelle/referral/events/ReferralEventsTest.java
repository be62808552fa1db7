package fr.passerelle.referral.events;

import static fr.passerelle.referral.support.Callers.e2cStaff;
import static fr.passerelle.referral.support.Callers.peSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.passerelle.platform.events.EventSchemas;
import fr.passerelle.platform.events.EventType;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  void every_committed_schema_matches_its_payload_record() {
    for (EventType<?> type : ReferralEvents.ALL) {
      assertThat(EventSchemas.differences(type)).as(type.type()).isEmpty();
    }
  }

  @Test
  void every_event_is_in_the_catalog() throws Exception {
    String catalog = Files.readString(Path.of("../docs/events/README.md"));
    for (EventType<?> type : ReferralEvents.ALL) {
      assertThat(catalog).as(type.type()).contains("`" + type.type() + "`");
    }
  }

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
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> find(aggregate, type), Optional::isPresent)
        .orElseThrow();
  }

  private Optional<ConsumerRecord<String, byte[]>> find(String aggregate, EventType<?> type) {
    return KafkaTopics.readAll(bootstrapServers, type.topic()).stream()
        .filter(r -> aggregate.equals(r.key()))
        .filter(
            r ->
                type.type()
                    .equals(
                        new String(
                            r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)))
        .findFirst();
  }

  private JsonNode validPayload(ConsumerRecord<String, byte[]> record, EventType<?> type)
      throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(EventSchemas.committed(type).toString());
    String json = new String(record.value(), StandardCharsets.UTF_8);
    assertThat(schema.validate(json, InputFormat.JSON)).as(type.type()).isEmpty();
    return mapper.readTree(json);
  }
}
