package fr.passerelle.prospection.opening;

import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.testing.JsonSchemas;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.platform.testing.MovableClock;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every move of an opening is an event on Kafka, valid against its schema, naming nobody. */
@QuarkusTest
class OpeningEventsTest {

  static final String SAINT_BRIEUC = "22278";

  private final ObjectMapper mapper = new ObjectMapper();

  @Inject OpeningExpiryJob job;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  @Test
  void published_filled_closed_and_expired_openings_are_events_without_personal_data()
      throws Exception {
    String agency = Territories.agencyIn("22", "53");
    UUID site = Territories.siteIn(SAINT_BRIEUC, "22", "53", 48.51, -2.76);
    Map<String, Object> employerBody = Employers.body("Biscuiterie Fictive", SAINT_BRIEUC);
    employerBody.put("postalCode", "22000");
    UUID employer = Employers.registered(companyAdvisorOf(agency), employerBody);
    UUID filled = Openings.published(companyOfficerOf(site), employer, Openings.body(SAINT_BRIEUC));
    UUID closed =
        Openings.published(companyAdvisorOf(agency), employer, Openings.body(SAINT_BRIEUC));
    Map<String, Object> shortOne = Openings.body(SAINT_BRIEUC);
    shortOne.put("startsOn", null);
    shortOne.put("endsOn", Openings.today().toString());
    UUID expired = Openings.published(companyAdvisorOf(agency), employer, shortOne);
    companyOfficerOf(site)
        .post("/api/v1/prospection/openings/" + filled + "/fill")
        .then()
        .statusCode(200);
    companyAdvisorOf(agency)
        .post("/api/v1/prospection/openings/" + closed + "/close")
        .then()
        .statusCode(200);
    companyAdvisorOf(agency)
        .post("/api/v1/prospection/openings/" + filled + "/close")
        .then()
        .statusCode(409);
    MovableClock.moveForward(Duration.ofDays(1));
    job.run();

    JsonNode published = valid(filled, ProspectionEvents.OPENING_PUBLISHED);
    assertThat(published.get("network").asText()).isEqualTo("E2C");
    assertThat(published.get("kind").asText()).isEqualTo("COMPANY_IMMERSION");
    assertThat(published.get("departmentCode").asText()).isEqualTo("22");
    assertThat(published.get("employerId").asText()).isEqualTo(employer.toString());
    assertThat(published.get("status").asText()).isEqualTo("OPEN");
    assertThat(valid(filled, ProspectionEvents.OPENING_FILLED).get("status").asText())
        .isEqualTo("FILLED");
    assertThat(valid(closed, ProspectionEvents.OPENING_CLOSED).get("status").asText())
        .isEqualTo("CLOSED");
    JsonNode expiry = valid(expired, ProspectionEvents.OPENING_EXPIRED);
    assertThat(expiry.get("status").asText()).isEqualTo("EXPIRED");
    assertThat(expiry.get("startsOn").isNull()).isTrue();
    assertThat(valid(expired, ProspectionEvents.OPENING_PUBLISHED).get("network").asText())
        .isEqualTo("PE");
    assertThat(
            KafkaTopics.events(
                bootstrapServers,
                ProspectionEvents.TOPIC,
                filled,
                ProspectionEvents.OPENING_CLOSED.type()))
        .as("a refused close publishes nothing")
        .isEmpty();
  }

  private JsonNode valid(UUID opening, EventType<?> type) throws Exception {
    ConsumerRecord<String, byte[]> record =
        KafkaTopics.awaitEvent(bootstrapServers, type.topic(), opening, type.type());
    assertThat(JsonSchemas.violations(type.schemaText(), record.value())).as(type.type()).isEmpty();
    String data = new String(record.value(), StandardCharsets.UTF_8);
    assertThat(data)
        .doesNotContain("company-officer")
        .doesNotContain("company-advisor")
        .doesNotContain("boulangerie");
    return mapper.readTree(record.value());
  }
}
