package fr.passerelle.referral.orientation;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.advisorOf;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.testing.JsonSchemas;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.platform.testing.MovableClock;
import fr.passerelle.referral.privacy.RetentionJob;
import fr.passerelle.referral.support.DirectoryStub;
import fr.passerelle.referral.support.Sessions;
import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Information-only orientations: an advisor sends a young person to an E2C information session
 * without a referral; the agency and the site see it, nobody else; it becomes a referral later.
 */
@QuarkusTest
class OrientationTest {

  @Inject RetentionJob retention;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private UUID site;
  private UUID session;

  @BeforeEach
  void siteAndSession() {
    site = Sites.active();
    session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site, Instant.now().plus(Duration.ofDays(3)));
  }

  @AfterEach
  void backToNow() {
    MovableClock.reset();
  }

  @Test
  void an_advisor_orients_a_young_person_the_site_welcomes_them_and_reporting_counts_it()
      throws Exception {
    String id = orient();

    advisor()
        .get("/api/v1/orientations/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("BOOKED"));
    e2cStaff(site)
        .queryParam("sessionId", session)
        .get("/api/v1/orientations")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items[0].youngPerson.firstName", equalTo("Camille"));

    ConsumerRecord<String, byte[]> event =
        KafkaTopics.awaitEvent(
            bootstrapServers, ReferralEvents.TOPIC, id, ReferralEvents.ORIENTATION_CHANGED.type());
    assertThat(
            JsonSchemas.violations(ReferralEvents.ORIENTATION_CHANGED.schemaText(), event.value()))
        .isEmpty();
    assertThat(new String(event.value(), StandardCharsets.UTF_8))
        .contains("\"BOOKED\"")
        .doesNotContain("Camille")
        .doesNotContain("+336");
  }

  @Test
  void no_one_outside_the_agency_and_the_site_sees_or_cancels_it() {
    String id = orient();

    advisorOf("75056").get("/api/v1/orientations/" + id).then().statusCode(404);
    e2cStaff(UUID.randomUUID()).get("/api/v1/orientations/" + id).then().statusCode(404);
    peSystem().get("/api/v1/orientations/" + id).then().statusCode(404);
    partner().get("/api/v1/orientations/" + id).then().statusCode(403);
    advisorOf("75056")
        .get("/api/v1/orientations")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    advisorOf("75056").post("/api/v1/orientations/" + id + "/cancellation").then().statusCode(404);
    e2cStaff(site).post("/api/v1/orientations/" + id + "/cancellation").then().statusCode(403);
    partner().body(body()).post("/api/v1/orientations").then().statusCode(403);
    e2cStaff(site).body(body()).post("/api/v1/orientations").then().statusCode(403);
  }

  @Test
  void the_agency_cancels_it_and_the_seat_goes_back() {
    String id = orient();
    advisor()
        .post("/api/v1/orientations/" + id + "/cancellation")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    assertThat(DirectoryStub.releases(session, UUID.fromString(id))).isEqualTo(1);
    advisor().post("/api/v1/orientations/" + id + "/cancellation").then().statusCode(409);
  }

  @Test
  void it_becomes_a_referral_when_the_young_person_wishes_and_keeps_no_personal_data() {
    String id = orient();
    Map<String, Object> submission = Submissions.eligible(site);
    submission.remove("agencySafir");
    submission.put("orientationId", id);
    String referral =
        advisor()
            .body(submission)
            .post("/api/v1/referrals")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    advisor()
        .get("/api/v1/orientations/" + id)
        .then()
        .body("status", equalTo("CONVERTED"))
        .body("referralId", equalTo(referral))
        .body("$", not(hasKey("youngPerson")));
    submission.put("externalRef", "PE-" + UUID.randomUUID());
    advisor().body(submission).post("/api/v1/referrals").then().statusCode(409);
  }

  @Test
  void another_agency_cannot_turn_it_into_its_referral() {
    String id = orient();
    Map<String, Object> submission = Submissions.eligible(site);
    submission.remove("agencySafir");
    submission.put("orientationId", id);
    advisorOf("75056").body(submission).post("/api/v1/referrals").then().statusCode(404);
    advisor().get("/api/v1/orientations/" + id).then().body("status", equalTo("BOOKED"));
  }

  @Test
  void a_cancelled_session_cancels_its_orientations() {
    String id = orient();
    Sessions.cancelled(session, site, Instant.now().plus(Duration.ofDays(3)));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                advisor()
                    .get("/api/v1/orientations/" + id)
                    .then()
                    .body("status", equalTo("CANCELLED"))
                    .body("cancelledAt", notNullValue()));
  }

  @Test
  void the_name_and_contact_are_erased_months_after_the_session() {
    String id = orient();
    MovableClock.moveForward(Duration.ofDays(100));
    retention.run();
    advisor().get("/api/v1/orientations/" + id).then().body("$", not(hasKey("youngPerson")));
  }

  private String orient() {
    return advisor()
        .body(body())
        .post("/api/v1/orientations")
        .then()
        .statusCode(201)
        .body("sessionStartsAt", notNullValue())
        .extract()
        .path("id");
  }

  private Map<String, Object> body() {
    return Map.of(
        "siteId",
        site.toString(),
        "sessionId",
        session.toString(),
        "youngPerson",
        Map.of(
            "firstName",
            "Camille",
            "contact",
            Map.of("phone", "+33612345678", "preferredChannel", "SMS")));
  }
}
