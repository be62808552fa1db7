package fr.passerelle.referral.access;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.advisorOf;
import static fr.passerelle.platform.testing.Callers.anonymous;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sites;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ScopeTest {

  private UUID site;
  private UUID referral;

  @BeforeEach
  void aReferralOfAgency59021ToASite() {
    site = Sites.active();
    referral = Referrals.submitted(site);
  }

  @Test
  void each_side_sees_the_referral_in_its_own_scope() {
    advisor().get("/api/v1/referrals/" + referral).then().statusCode(200);
    e2cStaff(site).get("/api/v1/referrals/" + referral).then().statusCode(200);
    peSystem().get("/api/v1/referrals/" + referral).then().statusCode(200);
  }

  @Test
  void outside_the_scope_it_does_not_exist() {
    advisorOf("75001").get("/api/v1/referrals/" + referral).then().statusCode(404);
    e2cStaff(UUID.randomUUID()).get("/api/v1/referrals/" + referral).then().statusCode(404);
    peSystem("another-system").get("/api/v1/referrals/" + referral).then().statusCode(404);
    advisorOf("75001").get("/api/v1/referrals/" + referral + "/timeline").then().statusCode(404);
  }

  @Test
  void outside_the_scope_nothing_can_be_done_to_it_and_nothing_changes() {
    for (var stranger :
        List.of(advisorOf("75001"), e2cStaff(UUID.randomUUID()), peSystem("another-system"))) {
      stranger
          .body(Map.of())
          .post("/api/v1/referrals/" + referral + "/open")
          .then()
          .statusCode(404);
      stranger
          .body(Map.of("reason", "BY_YOUNG_PERSON"))
          .post("/api/v1/referrals/" + referral + "/withdrawal")
          .then()
          .statusCode(404);
      stranger
          .body(Map.of("siteId", Sites.active().toString()))
          .post("/api/v1/referrals/" + referral + "/transfer")
          .then()
          .statusCode(404);
      stranger
          .body(Map.of("kind", "MESSAGE", "body", "Un message qui ne devrait pas arriver"))
          .post("/api/v1/referrals/" + referral + "/timeline")
          .then()
          .statusCode(404);
    }
    e2cStaff(UUID.randomUUID())
        .body(Map.of("kind", "SKILLS_CERTIFICATE", "startsOn", Referrals.daysAgo(1)))
        .post("/api/v1/referrals/" + referral + "/milestones")
        .then()
        .statusCode(404);

    advisor()
        .get("/api/v1/referrals/" + referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("siteId", equalTo(site.toString()));
    advisor()
        .get("/api/v1/referrals/" + referral + "/timeline")
        .then()
        .statusCode(200)
        .body("items.body", not(hasItem("Un message qui ne devrait pas arriver")));
  }

  @Test
  void a_move_answer_the_milestones_and_the_log_itself_are_reads_on_record() {
    e2cStaff(site)
        .body(Map.of())
        .post("/api/v1/referrals/" + referral + "/open")
        .then()
        .statusCode(200);
    advisor().get("/api/v1/referrals/" + referral + "/milestones").then().statusCode(200);
    admin().get("/api/v1/referrals/" + referral + "/access-log").then().statusCode(200);

    admin()
        .get("/api/v1/referrals/" + referral + "/access-log")
        .then()
        .statusCode(200)
        .body("items.operation", contains("answer to open", "read milestones", "read access log"))
        .body("items.actor", contains("e2c-staff-1", "advisor-59021", "dpo-1"));
  }

  @Test
  void the_change_feed_of_another_scope_does_not_name_the_referral() {
    for (var stranger :
        List.of(advisorOf("75001"), e2cStaff(UUID.randomUUID()), peSystem("another-system"))) {
      stranger
          .queryParam("limit", 1000)
          .get("/api/v1/referrals/changes")
          .then()
          .statusCode(200)
          .body("changes.referralId", not(hasItem(referral.toString())));
    }
    e2cStaff(site)
        .queryParam("limit", 1000)
        .get("/api/v1/referrals/changes")
        .then()
        .statusCode(200)
        .body("changes.referralId", hasItem(referral.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"steering", "directory-admin", "partner", "pe-company-advisor", "admin"})
  void other_roles_see_no_referral(String role) {
    withRole(role).get("/api/v1/referrals/" + referral).then().statusCode(403);
    withRole(role).get("/api/v1/referrals").then().statusCode(403);
  }

  @Test
  void a_purpose_holding_a_nir_is_refused_before_anything_is_read() {
    advisor()
        .header("X-Access-Purpose", "dossier 2 95 12 2A 004 017")
        .get("/api/v1/referrals/" + referral)
        .then()
        .statusCode(400);
  }

  @Test
  void anonymous_callers_get_401() {
    anonymous().get("/api/v1/referrals/" + referral).then().statusCode(401);
  }

  @Test
  void lists_hold_only_the_callers_referrals() {
    UUID elsewhere = Referrals.submitted(Sites.active());
    e2cStaff(site)
        .get("/api/v1/referrals?limit=100")
        .then()
        .statusCode(200)
        .body("items.siteId", everyItem(equalTo(site.toString())))
        .body("items.id", hasItem(referral.toString()))
        .body("items.id", not(hasItem(elsewhere.toString())));
  }

  @Test
  void every_read_of_personal_data_is_in_the_access_log_with_its_purpose() {
    e2cStaff(site)
        .header("X-Access-Purpose", "préparation de l'information collective")
        .get("/api/v1/referrals/" + referral)
        .then()
        .statusCode(200);
    advisor().get("/api/v1/referrals/" + referral + "/transitions").then().statusCode(200);

    admin()
        .get("/api/v1/referrals/" + referral + "/access-log")
        .then()
        .statusCode(200)
        .body("items.actor", contains("e2c-staff-1", "advisor-59021"))
        .body(
            "items.purpose",
            contains("préparation de l'information collective", "read transition log"));
  }
}
