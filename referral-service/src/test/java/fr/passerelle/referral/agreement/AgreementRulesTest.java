package fr.passerelle.referral.agreement;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.referral.support.Referrals.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.referral.support.DirectoryStub;
import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agreement's own words, as the referral service enforces them: consent, social difficulties,
 * the inclusion side of the path, civic service, and the dates of the path.
 */
@QuarkusTest
class AgreementRulesTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private UUID site;

  @BeforeEach
  void site() {
    site = Sites.active();
  }

  @Test
  void a_referral_without_the_young_persons_consent_is_refused_and_with_it_the_consent_is_kept() {
    Map<String, Object> body = Submissions.eligible(site);
    body.remove("consent");
    peSystem()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("consent"));

    body.put(
        "consent",
        Map.of("givenOn", LocalDate.now().plusDays(1).toString(), "method", "IN_WRITING"));
    peSystem().body(body).post("/api/v1/referrals").then().statusCode(400);

    body.put("consent", Map.of("givenOn", daysAgo(2), "method", "REMOTE_CONVERSATION"));
    peSystem()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(201)
        .body("consent.givenOn", equalTo(daysAgo(2)))
        .body("consent.method", equalTo("REMOTE_CONVERSATION"));
  }

  @Test
  void a_diagnostic_without_any_barrier_needs_a_justified_override() {
    Map<String, Object> body = withBarriers(List.of());
    advisor()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(422)
        .body("code", equalTo("not-eligible"))
        .body("reasons.rule", contains("barrier"));

    body.put(
        "eligibilityOverride",
        Map.of("justification", "Rupture familiale récente, signalée oralement au conseiller."));
    advisor()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(201)
        .body("eligibility.overriddenRules", contains("barrier"));
  }

  @Test
  void the_health_barrier_never_leaves_the_service_but_both_sides_see_it() throws Exception {
    String id =
        advisor()
            .body(withBarriers(List.of("HEALTH", "MOBILITY")))
            .post("/api/v1/referrals")
            .then()
            .statusCode(201)
            .body("barriers", contains("HEALTH", "MOBILITY"))
            .extract()
            .path("id");
    e2cStaff(site).get("/api/v1/referrals/" + id).then().body("barriers", hasItem("HEALTH"));

    JsonNode event =
        mapper.readTree(
            KafkaTopics.awaitEvent(
                    bootstrapServers, ReferralEvents.TOPIC, id, ReferralEvents.SUBMITTED.type())
                .value());
    assertThat(event.get("barriers")).extracting(JsonNode::asText).containsExactly("MOBILITY");
  }

  @Test
  void inclusion_milestones_are_recorded_and_a_health_one_publishes_no_event() {
    UUID session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
    UUID id = Referrals.inPath(site, session);
    for (String kind :
        List.of("HOUSING", "HEALTH_ACCESS", "MOBILITY", "CIVIC_ENGAGEMENT", "SOCIAL_RIGHTS")) {
      e2cStaff(site)
          .body(Map.of("kind", kind, "startsOn", daysAgo(1)))
          .post("/api/v1/referrals/" + id + "/milestones")
          .then()
          .statusCode(201)
          .body("kind", equalTo(kind));
    }

    // Published in commit order: once the last one is there, a health one would be too.
    List<String> published =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    KafkaTopics.events(
                        bootstrapServers,
                        ReferralEvents.TOPIC,
                        id,
                        ReferralEvents.MILESTONE_RECORDED.type()),
                found -> found.stream().anyMatch(r -> kindOf(r.value()).equals("SOCIAL_RIGHTS")))
            .stream()
            .map(record -> kindOf(record.value()))
            .toList();
    assertThat(published)
        .containsExactlyInAnyOrder("HOUSING", "MOBILITY", "CIVIC_ENGAGEMENT", "SOCIAL_RIGHTS");
  }

  @Test
  void a_civic_service_is_an_exit_of_its_own_not_counted_as_employment() {
    UUID session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
    UUID id = Referrals.inPath(site, session);
    e2cStaff(site)
        .body(Map.of("outcome", "CIVIC_SERVICE", "exitedOn", daysAgo(0)))
        .post("/api/v1/referrals/" + id + "/exit")
        .then()
        .statusCode(200)
        .body("exitOutcome", equalTo("CIVIC_SERVICE"))
        .body("positiveExit", equalTo(false));
  }

  @Test
  void the_path_starts_after_the_commitment_and_not_in_the_future() {
    UUID session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
    UUID id = Referrals.invited(site, session);
    Referrals.move(site, id, "attendance", Map.of("attendance", "SEEN"));
    Referrals.move(
        site,
        id,
        "admission",
        Map.of("commitmentSignedOn", daysAgo(5), "pathStartsOn", daysAgo(2)));

    refused(id, "start", Map.of("startedOn", daysAgo(6)), "start-before-commitment");
    refused(
        id, "start", Map.of("startedOn", LocalDate.now().plusDays(2).toString()), "date-in-future");
    assertThat(Referrals.move(site, id, "start", Map.of("startedOn", daysAgo(2))))
        .isEqualTo("IN_PATH");
  }

  @Test
  void exits_and_milestones_are_dated_within_the_path() {
    UUID session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
    UUID id = Referrals.inPath(site, session);

    e2cStaff(site)
        .body(Map.of("kind", "SKILLS_CERTIFICATE", "startsOn", daysAgo(30)))
        .post("/api/v1/referrals/" + id + "/milestones")
        .then()
        .statusCode(422)
        .body("code", equalTo("date-before-path"));
    refused(id, "exit", Map.of("outcome", "CDI", "exitedOn", daysAgo(30)), "date-before-path");
    refused(
        id,
        "exit",
        Map.of("outcome", "CDI", "exitedOn", LocalDate.now().plusDays(3).toString()),
        "date-in-future");
  }

  private void refused(UUID id, String action, Map<String, Object> body, String code) {
    e2cStaff(site)
        .body(body)
        .post("/api/v1/referrals/" + id + "/" + action)
        .then()
        .statusCode(422)
        .body("code", equalTo(code));
  }

  private Map<String, Object> withBarriers(List<String> barriers) {
    Map<String, Object> body = Submissions.eligible(site);
    body.remove("agencySafir");
    body.put(
        "diagnostic",
        Map.of("barriers", barriers, "summary", "Souhaite se remobiliser après une rupture."));
    return body;
  }

  private String kindOf(byte[] value) {
    try {
      return mapper.readTree(value).get("kind").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
