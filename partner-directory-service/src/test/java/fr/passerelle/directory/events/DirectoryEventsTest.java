package fr.passerelle.directory.events;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
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
import fr.passerelle.platform.testing.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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

  @Test
  void a_referents_life_is_published_without_its_name_or_contact_details() {
    UUID site = Fixtures.site("62041", "62000");
    Map<String, Object> body = Fixtures.referentBody(site, null, "PEDAGOGICAL_REFERENT");
    String path =
        "/api/v1/referents/"
            + e2cStaff(site)
                .body(body)
                .post("/api/v1/referents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    UUID referent = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    body.put("function", "COMPANY_RELATIONS_OFFICER");
    e2cStaff(Fixtures.site())
        .header("If-Match", "\"0\"")
        .body(body)
        .put(path)
        .then()
        .statusCode(404);
    e2cStaff(site).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(200);
    body.put("active", false);
    e2cStaff(site).header("If-Match", "\"1\"").body(body).put(path).then().statusCode(200);

    PublishedEvents events = new PublishedEvents(bootstrapServers);
    JsonNode removed = events.first(referent, DirectoryEvents.REFERENT_REMOVED);
    JsonNode created = events.first(referent, DirectoryEvents.REFERENT_CREATED);
    List<JsonNode> updated = events.of(referent, DirectoryEvents.REFERENT_UPDATED);

    assertThat(created.get("function").asText()).isEqualTo("PEDAGOGICAL_REFERENT");
    assertThat(created.get("siteId").asText()).isEqualTo(site.toString());
    assertThat(created.get("agencyId").isNull()).isTrue();
    assertThat(created.get("departmentCode").asText()).isEqualTo("62");
    assertThat(created.get("regionCode").asText()).isEqualTo("32");
    assertThat(created.get("active").asBoolean()).isTrue();
    assertThat(updated).as("the refused update published nothing").hasSize(1);
    assertThat(PublishedEvents.recorded(referent, DirectoryEvents.REFERENT_UPDATED)).isEqualTo(1);
    assertThat(updated.get(0).get("function").asText()).isEqualTo("COMPANY_RELATIONS_OFFICER");
    assertThat(removed.get("active").asBoolean()).isFalse();
    assertThat(created.toString() + updated + removed)
        .doesNotContain("Camille", "Martin", "camille.martin", "+33320123457");
  }

  @Test
  void an_agencys_referent_is_published_with_the_agencys_department_and_region() {
    UUID agency = Fixtures.agency();
    UUID referent =
        UUID.fromString(
            directoryAdmin()
                .body(Fixtures.referentBody(null, agency, "AGENCY_E2C_REFERENT"))
                .post("/api/v1/referents")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));

    JsonNode created =
        new PublishedEvents(bootstrapServers).first(referent, DirectoryEvents.REFERENT_CREATED);
    assertThat(created.get("agencyId").asText()).isEqualTo(agency.toString());
    assertThat(created.get("siteId").isNull()).isTrue();
    assertThat(created.get("departmentCode").asText()).isEqualTo("59");
    assertThat(created.get("regionCode").asText()).isEqualTo("32");
  }

  @Test
  void a_pairings_life_is_published_with_both_sides_places_and_its_dates() {
    UUID agency = Fixtures.agency();
    UUID site = Fixtures.site("62041", "62000");
    UUID pairing = Fixtures.pairing(agency, site);
    String path = "/api/v1/pairings/" + pairing;
    directoryAdmin()
        .header("If-Match", "\"0\"")
        .body(Fixtures.pairingBody(agency, site, "2024-01-08"))
        .put(path)
        .then()
        .statusCode(200);
    advisor().delete(path).then().statusCode(403);
    directoryAdmin().delete(path).then().statusCode(204);
    directoryAdmin().delete(path).then().statusCode(204);

    PublishedEvents events = new PublishedEvents(bootstrapServers);
    JsonNode ended = events.first(pairing, DirectoryEvents.PAIRING_ENDED);
    JsonNode created = events.first(pairing, DirectoryEvents.PAIRING_CREATED);
    JsonNode updated = events.first(pairing, DirectoryEvents.PAIRING_UPDATED);

    assertThat(created.get("agencyId").asText()).isEqualTo(agency.toString());
    assertThat(created.get("agencyDepartmentCode").asText()).isEqualTo("59");
    assertThat(created.get("siteId").asText()).isEqualTo(site.toString());
    assertThat(created.get("siteDepartmentCode").asText()).isEqualTo("62");
    assertThat(created.get("siteRegionCode").asText()).isEqualTo("32");
    assertThat(created.get("since").asText()).isEqualTo("2024-09-01");
    assertThat(created.get("endedOn").isNull()).isTrue();
    assertThat(updated.get("since").asText()).isEqualTo("2024-01-08");
    assertThat(ended.get("endedOn").asText())
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString());
    assertThat(PublishedEvents.recorded(pairing, DirectoryEvents.PAIRING_ENDED))
        .as("ended once, whoever asked and however often")
        .isEqualTo(1);
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
