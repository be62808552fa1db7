package fr.passerelle.directory;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.directory.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The directory's 422 rule codes of docs/problems.md that no other test exercises: each refused
 * request answers {@code rule-violated} with its {@code code}, and changes nothing.
 */
@QuarkusTest
class RuleCodesTest {

  private static final String RULE_VIOLATED = "urn:passerelle:problem:rule-violated";

  @Test
  void a_nearby_search_from_a_postal_code_no_commune_has_is_unknown_postal_code() {
    ruleViolated(
        advisor().queryParam("postalCode", "29999").get("/api/v1/sites/nearby"),
        "unknown-postal-code");
  }

  @Test
  void a_nearby_search_from_a_commune_code_no_commune_has_is_unknown_commune() {
    ruleViolated(
        advisor().queryParam("communeCode", "29999").get("/api/v1/sites/nearby"),
        "unknown-commune");
  }

  @Test
  void an_agency_in_an_unknown_commune_or_with_a_foreign_postal_code_is_refused() {
    ruleViolated(
        directoryAdmin().body(agencyBody("59999", "59000")).post("/api/v1/agencies"),
        "unknown-commune");
    ruleViolated(
        directoryAdmin().body(agencyBody("59350", "75001")).post("/api/v1/agencies"),
        "postal-code-mismatch");
  }

  @Test
  void a_new_site_of_an_unknown_school_is_refused_and_not_created() {
    Map<String, Object> body = Fixtures.siteBody(UUID.randomUUID(), "59350", "59000");

    ruleViolated(directoryAdmin().body(body).post("/api/v1/sites"), "unknown-school");

    body.put("schoolId", Fixtures.school());
    directoryAdmin().body(body).post("/api/v1/sites").then().statusCode(201);
  }

  @Test
  void moving_a_site_to_an_unknown_school_is_refused_and_changes_nothing() {
    UUID school = Fixtures.school();
    Map<String, Object> body = Fixtures.siteBody(school, "59350", "59000");
    String site = Fixtures.site(body).toString();
    Object name = body.get("name");
    body.put("schoolId", UUID.randomUUID());
    body.put("name", "Renamed site");

    ruleViolated(
        directoryAdmin().header("If-Match", "\"0\"").body(body).put("/api/v1/sites/" + site),
        "unknown-school");

    directoryAdmin()
        .get("/api/v1/sites/" + site)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("schoolId", equalTo(school.toString()))
        .body("name", equalTo(name));
  }

  @Test
  void a_suspended_or_closed_site_holds_no_session() {
    for (String status : new String[] {"SUSPENDED", "CLOSED"}) {
      Map<String, Object> body = Fixtures.siteBody(Fixtures.school(), "59350", "59000");
      body.put("status", status);
      UUID site =
          UUID.fromString(
              directoryAdmin()
                  .body(body)
                  .post("/api/v1/sites")
                  .then()
                  .statusCode(201)
                  .extract()
                  .path("id"));

      ruleViolated(
          directoryAdmin().body(Fixtures.sessionBody(site, 5, 7)).post("/api/v1/sessions"),
          "site-not-active");
      assertNoSession(site);
    }
  }

  @Test
  void a_session_cannot_move_to_another_site() {
    UUID site = Fixtures.site();
    UUID session = Fixtures.session(site, 5, 7);
    String before = read(session);

    ruleViolated(update(session, Fixtures.sessionBody(Fixtures.site(), 5, 7)), "site-fixed");

    assertUnchanged(session, before);
  }

  @Test
  void a_session_starting_in_the_past_is_refused() {
    UUID site = Fixtures.site();

    ruleViolated(
        directoryAdmin().body(Fixtures.sessionBody(site, 5, -1)).post("/api/v1/sessions"),
        "start-in-past");
    assertNoSession(site);

    UUID session = Fixtures.session(site, 5, 7);
    String before = read(session);
    ruleViolated(update(session, Fixtures.sessionBody(site, 5, -1)), "start-in-past");
    assertUnchanged(session, before);
  }

  @Test
  void a_session_ending_at_or_before_its_start_is_refused() {
    UUID site = Fixtures.site();
    Map<String, Object> endsBefore = Fixtures.sessionBody(site, 5, 7);
    Instant start = Instant.parse((String) endsBefore.get("startsAt"));
    endsBefore.put("endsAt", start.minus(1, ChronoUnit.HOURS).toString());
    Map<String, Object> endsAtStart = Fixtures.sessionBody(site, 5, 7);
    endsAtStart.put("endsAt", endsAtStart.get("startsAt"));

    ruleViolated(directoryAdmin().body(endsBefore).post("/api/v1/sessions"), "ends-before-start");
    ruleViolated(directoryAdmin().body(endsAtStart).post("/api/v1/sessions"), "ends-before-start");
    assertNoSession(site);

    UUID session = Fixtures.session(site, 5, 7);
    String before = read(session);
    ruleViolated(update(session, endsBefore), "ends-before-start");
    assertUnchanged(session, before);
  }

  @Test
  void only_a_session_hosted_in_an_agency_names_the_agency() {
    UUID site = Fixtures.site();
    UUID agency = Fixtures.agency();
    Map<String, Object> agencyWithoutId = Fixtures.sessionBody(site, 5, 7);
    agencyWithoutId.put("venue", "AGENCY");
    Map<String, Object> siteWithAgency = Fixtures.sessionBody(site, 5, 7);
    siteWithAgency.put("agencyId", agency);

    ruleViolated(directoryAdmin().body(agencyWithoutId).post("/api/v1/sessions"), "venue-agency");
    ruleViolated(directoryAdmin().body(siteWithAgency).post("/api/v1/sessions"), "venue-agency");
    assertNoSession(site);

    UUID session = Fixtures.session(site, 5, 7);
    String before = read(session);
    ruleViolated(update(session, agencyWithoutId), "venue-agency");
    ruleViolated(update(session, siteWithAgency), "venue-agency");
    assertUnchanged(session, before);
    agencyWithoutId.put("agencyId", agency);
    update(session, agencyWithoutId)
        .then()
        .statusCode(200)
        .body("venue", equalTo("AGENCY"))
        .body("agencyId", equalTo(agency.toString()));
  }

  private static ValidatableResponse ruleViolated(Response response, String code) {
    return response
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(RULE_VIOLATED))
        .body("status", equalTo(422))
        .body("code", equalTo(code));
  }

  private static Response update(UUID session, Map<String, Object> body) {
    return directoryAdmin()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/sessions/" + session);
  }

  private static void assertNoSession(UUID site) {
    directoryAdmin()
        .queryParam("siteId", site)
        .get("/api/v1/sessions")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  private static String read(UUID session) {
    return directoryAdmin()
        .get("/api/v1/sessions/" + session)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .extract()
        .asString();
  }

  /** The session reads as it did {@code before}, still at version 0. */
  private static void assertUnchanged(UUID session, String before) {
    assertThat(read(session)).isEqualTo(before);
  }

  private static Map<String, Object> agencyBody(String communeCode, String postalCode) {
    return Map.of(
        "safir",
        "63999",
        "name",
        Fixtures.unique("France Travail"),
        "street",
        "50 rue Pierre Legrand",
        "communeCode",
        communeCode,
        "postalCode",
        postalCode);
  }
}
