package fr.passerelle.referral.path;

import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.platform.testing.MovableClock;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.followup.FollowUpJob;
import fr.passerelle.referral.support.DirectoryStub;
import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sessions;
import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The path against the information sessions' own time, as the directory tells it: attendance once a
 * session has started, a rescheduled session, a cancelled one, a seat that can no longer be used.
 */
@QuarkusTest
class SessionsInTimeTest {

  @Inject FollowUpJob followUp;

  private UUID site;
  private UUID session;

  @BeforeEach
  void siteAndSession() {
    site = Sites.active();
    session = UUID.randomUUID();
  }

  @AfterEach
  void backToNow() {
    MovableClock.reset();
  }

  @Test
  void attendance_is_recorded_once_the_session_has_started_even_when_it_was_moved() {
    Instant inTwoDays = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
    DirectoryStub.sessionWithSeats(session, site, inTwoDays);
    UUID id = Referrals.invited(site, session);
    attendance(id).statusCode(422).body("code", equalTo("session-not-started"));

    Sessions.rescheduled(session, site, inTwoDays.plus(Duration.ofDays(5)));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> startOf(id), start -> inTwoDays.plus(Duration.ofDays(5)).equals(start));
    MovableClock.moveForward(Duration.ofDays(3));
    attendance(id).statusCode(422).body("code", equalTo("session-not-started"));

    MovableClock.moveForward(Duration.ofDays(5));
    attendance(id).statusCode(200).body("status", equalTo("ATTENDED"));
  }

  @Test
  void a_cancelled_session_sends_its_invited_referrals_back_to_be_invited_again_and_reminded() {
    DirectoryStub.sessionWithSeats(session, site, Instant.now().plus(Duration.ofDays(2)));
    UUID invited = Referrals.invited(site, session);
    Map<String, Object> body = Submissions.eligible(site);
    body.put("sessionId", session.toString());
    UUID booked =
        UUID.fromString(
            peSystem()
                .body(body)
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));

    Sessions.cancelled(session, site, Instant.now().plus(Duration.ofDays(2)));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> cancelledAt(invited) != null && cancelledAt(booked) != null);
    e2cStaff(site)
        .get("/api/v1/referrals/" + invited)
        .then()
        .body("status", equalTo("UNDER_REVIEW"))
        .body("$", not(hasKey("sessionId")))
        .body("sessionCancelledAt", notNullValue())
        .body("allowedActions", hasItem("INVITE"));
    e2cStaff(site)
        .get("/api/v1/referrals/" + invited + "/transitions")
        .then()
        .body("items.action", hasItem("UNINVITE"))
        .body("items.reasonCode", hasItem("SESSION_CANCELLED"));
    peSystem()
        .get("/api/v1/referrals/" + booked)
        .then()
        .body("status", equalTo("SUBMITTED"))
        .body("$", not(hasKey("sessionId")))
        .body("sessionCancelledAt", notNullValue());

    MovableClock.moveForward(Duration.ofDays(11));
    FollowUpJob.Result result;
    do {
      result = followUp.run();
    } while (result.closedInactive() + result.expired() + result.reminded() > 0);
    assertThat(remindedAt(invited)).as("waiting to be invited again").isNotNull();
  }

  @Test
  void no_invitation_to_a_session_the_directory_refuses_even_with_a_seat_held_from_submission() {
    DirectoryStub.sessionWithSeats(session, site, Instant.now().plus(Duration.ofDays(2)));
    Map<String, Object> body = Submissions.eligible(site);
    body.put("sessionId", session.toString());
    String id =
        peSystem().body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    Referrals.move(site, UUID.fromString(id), "open", Map.of());

    DirectoryStub.fullSession(session);
    e2cStaff(site)
        .body(Map.of())
        .post("/api/v1/referrals/" + id + "/invitation")
        .then()
        .statusCode(409)
        .body("code", equalTo("seat-refused"));
  }

  private io.restassured.response.ValidatableResponse attendance(UUID id) {
    return e2cStaff(site)
        .body(Map.of("attendance", "SEEN"))
        .post("/api/v1/referrals/" + id + "/attendance")
        .then();
  }

  private static Instant startOf(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Referral.<Referral>findById(id).sessionStartsAt);
  }

  private static Instant cancelledAt(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Referral.<Referral>findById(id).sessionCancelledAt);
  }

  private static Instant remindedAt(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>findById(id).remindedAt);
  }
}
