package fr.passerelle.referral.path;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.referral.support.Referrals.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.referral.support.DirectoryStub;
import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sites;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PathTest {

  private UUID site;
  private UUID session;

  @BeforeEach
  void siteWithASession() {
    site = Sites.active();
    session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
  }

  @Test
  void a_move_a_milestone_and_a_message_retried_with_their_keys_happen_once() {
    UUID id = Referrals.submitted(site);
    String open = "open-" + UUID.randomUUID();
    for (int attempt = 0; attempt < 2; attempt++) {
      e2cStaff(site)
          .header("Idempotency-Key", open)
          .body(Map.of())
          .post("/api/v1/referrals/" + id + "/open")
          .then()
          .statusCode(200)
          .body("status", equalTo("UNDER_REVIEW"));
    }
    String message = "message-" + UUID.randomUUID();
    for (int attempt = 0; attempt < 2; attempt++) {
      advisor()
          .header("Idempotency-Key", message)
          .body(Map.of("kind", "MESSAGE", "body", "Le jeune est disponible le mardi."))
          .post("/api/v1/referrals/" + id + "/timeline")
          .then()
          .statusCode(201);
    }
    advisor()
        .header("Idempotency-Key", message)
        .body(Map.of("kind", "MESSAGE", "body", "Un autre message sous la même clé."))
        .post("/api/v1/referrals/" + id + "/timeline")
        .then()
        .statusCode(422);

    peSystem()
        .get("/api/v1/referrals/" + id + "/transitions")
        .then()
        .body("items.action", contains("SUBMIT", "OPEN"));
    advisor()
        .get("/api/v1/referrals/" + id + "/timeline")
        .then()
        .body("items.findAll { it.kind == 'MESSAGE' }.size()", equalTo(1));
  }

  @Test
  void the_transition_log_is_read_one_page_at_a_time_in_order() {
    UUID id = Referrals.submitted(site);
    move(site, id, "open", Map.of());
    move(site, id, "invitation", Map.of("sessionId", session.toString()));

    String next =
        peSystem()
            .queryParam("limit", 2)
            .get("/api/v1/referrals/" + id + "/transitions")
            .then()
            .statusCode(200)
            .body("items.action", contains("SUBMIT", "OPEN"))
            .body("nextCursor", notNullValue())
            .extract()
            .path("nextCursor");
    peSystem()
        .queryParam("limit", 2)
        .queryParam("cursor", next)
        .get("/api/v1/referrals/" + id + "/transitions")
        .then()
        .statusCode(200)
        .body("items.action", contains("INVITE"))
        .body("$", not(hasKey("nextCursor")));
    peSystem()
        .queryParam("cursor", "not-a-cursor")
        .get("/api/v1/referrals/" + id + "/transitions")
        .then()
        .statusCode(400);
  }

  @Test
  void a_referral_goes_from_submission_to_a_positive_exit_and_the_log_says_who_did_what() {
    UUID id = Referrals.submitted(site);

    assertThat(move(site, id, "open", Map.of())).isEqualTo("UNDER_REVIEW");
    assertThat(move(site, id, "invitation", Map.of("sessionId", session.toString())))
        .isEqualTo("INVITED");
    assertThat(move(site, id, "attendance", Map.of("attendance", "SEEN"))).isEqualTo("ATTENDED");
    assertThat(
            move(
                site,
                id,
                "admission",
                Map.of(
                    "commitmentSignedOn",
                    Referrals.daysAgo(20),
                    "pathStartsOn",
                    Referrals.daysAgo(10))))
        .isEqualTo("ADMITTED");
    assertThat(move(site, id, "start", Map.of("startedOn", Referrals.daysAgo(10))))
        .isEqualTo("IN_PATH");
    e2cStaff(site)
        .body(
            Map.of(
                "kind",
                "COMPANY_IMMERSION",
                "employerSiret",
                "73282932000074",
                "startsOn",
                Referrals.daysAgo(5),
                "endsOn",
                Referrals.daysAgo(1)))
        .post("/api/v1/referrals/" + id + "/milestones")
        .then()
        .statusCode(201);
    e2cStaff(site)
        .body(Map.of("outcome", "CDD_6_MONTHS_OR_MORE", "exitedOn", Referrals.daysAgo(0)))
        .post("/api/v1/referrals/" + id + "/exit")
        .then()
        .statusCode(200)
        .body("status", equalTo("EXITED"))
        .body("positiveExit", equalTo(true))
        .body("allowedActions.size()", equalTo(0));

    peSystem()
        .get("/api/v1/referrals/" + id + "/transitions")
        .then()
        .statusCode(200)
        .body(
            "items.action",
            contains(
                "SUBMIT", "OPEN", "INVITE", "RECORD_ATTENDANCE", "ADMIT", "START_PATH", "EXIT"))
        .body("items.actorSide", contains("PE", "E2C", "E2C", "E2C", "E2C", "E2C", "E2C"))
        .body("items[3].reasonCode", equalTo("SEEN"))
        .body("items[6].reasonCode", equalTo("CDD_6_MONTHS_OR_MORE"));
  }

  @Test
  void an_action_the_status_does_not_allow_is_409_with_the_allowed_ones() {
    UUID id = Referrals.submitted(site);

    e2cStaff(site)
        .body(
            Map.of(
                "commitmentSignedOn", Referrals.daysAgo(20), "pathStartsOn", Referrals.daysAgo(10)))
        .post("/api/v1/referrals/" + id + "/admission")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409))
        .body("currentStatus", equalTo("SUBMITTED"))
        .body("allowed", containsInAnyOrder("OPEN", "WITHDRAW", "TRANSFER"));
    advisor().body(Map.of()).post("/api/v1/referrals/" + id + "/open").then().statusCode(403);
    advisor()
        .get("/api/v1/referrals/" + id)
        .then()
        .body("allowedActions", containsInAnyOrder("WITHDRAW", "TRANSFER"));
  }

  @Test
  void e2c_actions_are_refused_to_the_advisor() {
    UUID id = Referrals.submitted(site);
    advisor().body(Map.of()).post("/api/v1/referrals/" + id + "/open").then().statusCode(403);
  }

  @Test
  void attendance_excused_or_no_show_can_be_invited_again_and_revoked_gives_the_seat_back() {
    UUID excused = Referrals.invited(site, session);
    assertThat(move(site, excused, "attendance", Map.of("attendance", "EXCUSED")))
        .isEqualTo("EXCUSED");
    assertThat(DirectoryStub.releases(session, excused)).as("attendance uses the seat").isZero();
    assertThat(move(site, excused, "invitation", Map.of("sessionId", session.toString())))
        .isEqualTo("INVITED");

    UUID noShow = Referrals.invited(site, session);
    assertThat(move(site, noShow, "attendance", Map.of("attendance", "NOSHOW")))
        .isEqualTo("NO_SHOW");
    e2cStaff(site)
        .body(Map.of("reason", "DID_NOT_ATTEND", "messageToAdvisor", "Absent sans nouvelles."))
        .post("/api/v1/referrals/" + noShow + "/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"))
        .body("declineReason", equalTo("DID_NOT_ATTEND"));
    advisor()
        .get("/api/v1/referrals/" + noShow + "/timeline")
        .then()
        .statusCode(200)
        .body("items.body", contains("Absent sans nouvelles."))
        .body("items.authorSide", contains("E2C"));

    UUID revoked = Referrals.invited(site, session);
    assertThat(move(site, revoked, "attendance", Map.of("attendance", "REVOKED")))
        .isEqualTo("UNDER_REVIEW");
    assertThat(DirectoryStub.releases(session, revoked)).isEqualTo(1);
  }

  @Test
  void a_withdrawal_by_the_advisor_gives_the_held_seat_back() {
    UUID id = Referrals.invited(site, session);

    advisor()
        .body(Map.of("reason", "FOUND_JOB"))
        .post("/api/v1/referrals/" + id + "/withdrawal")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawalReason", equalTo("FOUND_JOB"));
    assertThat(DirectoryStub.releases(session, id)).isEqualTo(1);
  }

  @Test
  void a_transfer_before_admission_starts_a_fresh_review_at_the_new_site_keeping_the_history() {
    UUID id = Referrals.underReview(site);
    UUID other = Sites.active();

    advisor()
        .body(Map.of("siteId", other.toString(), "comment", "Déménagement"))
        .post("/api/v1/referrals/" + id + "/transfer")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("siteId", equalTo(other.toString()));

    e2cStaff(site).get("/api/v1/referrals/" + id).then().statusCode(404);
    for (UUID eitherSite : List.of(site, other)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .alias("the feed of the site " + eitherSite + " shows the transfer")
          .until(() -> changesOf(eitherSite, id).contains("TRANSFERRED"));
    }
    e2cStaff(other)
        .get("/api/v1/referrals/" + id + "/transitions")
        .then()
        .statusCode(200)
        .body("items.action", contains("SUBMIT", "OPEN", "TRANSFER"))
        .body("items[2].fromSiteId", equalTo(site.toString()))
        .body("items[2].toSiteId", equalTo(other.toString()));
  }

  @Test
  void a_path_in_progress_goes_on_at_the_new_site() {
    UUID id = Referrals.inPath(site, session);
    UUID other = Sites.active();

    advisor()
        .body(Map.of("siteId", other.toString()))
        .post("/api/v1/referrals/" + id + "/transfer")
        .then()
        .statusCode(403);
    advisor()
        .get("/api/v1/referrals/" + id)
        .then()
        .body("siteId", equalTo(site.toString()))
        .body("allowedActions", not(hasItem("TRANSFER")));
    e2cStaff(site)
        .get("/api/v1/referrals/" + id)
        .then()
        .body("allowedActions", hasItem("TRANSFER"));

    e2cStaff(site)
        .body(Map.of("siteId", other.toString()))
        .post("/api/v1/referrals/" + id + "/transfer")
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PATH"))
        .body("siteId", equalTo(other.toString()));
    assertThat(DirectoryStub.releases(session, id)).as("the session took place").isZero();
  }

  @Test
  void a_full_session_is_a_clear_409_carried_back_from_the_directory() {
    UUID id = Referrals.underReview(site);
    UUID full = UUID.randomUUID();
    DirectoryStub.fullSession(full);

    e2cStaff(site)
        .body(Map.of("sessionId", full.toString()))
        .post("/api/v1/referrals/" + id + "/invitation")
        .then()
        .statusCode(409)
        .body("code", equalTo("seat-refused"))
        .body("detail", org.hamcrest.Matchers.containsString("is full"));
    e2cStaff(site).get("/api/v1/referrals/" + id).then().body("status", equalTo("UNDER_REVIEW"));
  }

  @Test
  void a_directory_that_does_not_answer_in_time_is_a_503_and_a_seat_it_took_is_given_back() {
    UUID id = Referrals.underReview(site);
    UUID slow = UUID.randomUUID();
    DirectoryStub.slowSession(slow);

    e2cStaff(site)
        .body(Map.of("sessionId", slow.toString()))
        .post("/api/v1/referrals/" + id + "/invitation")
        .then()
        .statusCode(503)
        .contentType("application/problem+json");
    e2cStaff(site).get("/api/v1/referrals/" + id).then().body("status", equalTo("UNDER_REVIEW"));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(DirectoryStub.releases(slow, id)).isEqualTo(1));
  }

  @Test
  void a_stale_if_match_is_refused() {
    UUID id = Referrals.submitted(site);
    e2cStaff(site)
        .header("If-Match", "\"99\"")
        .body(Map.of())
        .post("/api/v1/referrals/" + id + "/open")
        .then()
        .statusCode(412);
  }

  @Test
  void milestones_in_a_company_need_the_employer_and_dates() {
    UUID id = Referrals.inPath(site, session);
    e2cStaff(site)
        .body(Map.of("kind", "INTERNSHIP", "startsOn", Referrals.daysAgo(1)))
        .post("/api/v1/referrals/" + id + "/milestones")
        .then()
        .statusCode(422)
        .body("code", equalTo("company-period-incomplete"));
    e2cStaff(site)
        .body(
            Map.of(
                "kind",
                "INTERNSHIP",
                "employerSiret",
                "73282932000075",
                "startsOn",
                Referrals.daysAgo(1)))
        .post("/api/v1/referrals/" + id + "/milestones")
        .then()
        .statusCode(400);
  }

  /** The kinds of change a site's staff read in their feed about one referral. */
  private static List<String> changesOf(UUID site, UUID referral) {
    return e2cStaff(site)
        .queryParam("limit", 1000)
        .get("/api/v1/referrals/changes")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("changes.findAll { it.referralId == '" + referral + "' }.change");
  }
}
