package fr.passerelle.referral.privacy;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.platform.testing.MovableClock;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.followup.FollowUpJob;
import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sites;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpAndRetentionTest {

  @Inject FollowUpJob followUp;
  @Inject RetentionJob retention;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private UUID site;

  @BeforeEach
  void site() {
    site = Sites.active();
  }

  @AfterEach
  void backToNow() {
    MovableClock.reset();
  }

  @Test
  void a_note_on_the_timeline_does_not_put_off_the_reminder_only_a_move_does() {
    UUID waiting = Referrals.submitted(site);

    MovableClock.moveForward(Duration.ofDays(9));
    advisor()
        .body(Map.of("kind", "MESSAGE", "body", "Avez-vous pu regarder ce dossier ?"))
        .post("/api/v1/referrals/" + waiting + "/timeline")
        .then()
        .statusCode(201);
    MovableClock.moveForward(Duration.ofDays(2));
    followUpUntilDone();

    assertThat(reminded(waiting)).as("ten days without a move").isTrue();
  }

  @Test
  void a_referral_left_ten_days_gets_one_reminder_and_after_thirty_it_expires() {
    UUID waiting = Referrals.submitted(site);
    UUID answered = Referrals.submitted(site);

    MovableClock.moveForward(Duration.ofDays(9));
    Referrals.move(site, answered, "open", Map.of());
    followUpUntilDone();
    assertThat(reminded(waiting)).isFalse();

    MovableClock.moveForward(Duration.ofDays(2));
    followUpUntilDone();
    followUpUntilDone();
    assertThat(reminded(waiting)).isTrue();
    assertThat(reminded(answered)).isFalse();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> remindersPublishedFor(waiting), count -> count == 1);

    MovableClock.moveForward(Duration.ofDays(20));
    followUpUntilDone();
    peSystem()
        .get("/api/v1/referrals/" + waiting)
        .then()
        .body("status", equalTo("EXPIRED"))
        .body("closedAt", notNullValue());
    peSystem()
        .get("/api/v1/referrals/" + waiting + "/transitions")
        .then()
        .body("items.actorSide", hasItem("SYSTEM"));
    peSystem().get("/api/v1/referrals/" + answered).then().body("status", equalTo("UNDER_REVIEW"));
  }

  @Test
  void an_expired_referral_gives_back_the_seat_booked_at_submission() {
    UUID session = UUID.randomUUID();
    fr.passerelle.referral.support.DirectoryStub.sessionWithSeats(session, site);
    Map<String, Object> body = fr.passerelle.referral.support.Submissions.eligible(site);
    body.put("sessionId", session.toString());
    UUID id =
        UUID.fromString(
            peSystem()
                .body(body)
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));

    MovableClock.moveForward(Duration.ofDays(31));
    followUpUntilDone();

    peSystem().get("/api/v1/referrals/" + id).then().body("status", equalTo("EXPIRED"));
    assertThat(fr.passerelle.referral.support.DirectoryStub.releases(session, id)).isEqualTo(1);
  }

  @Test
  void personal_data_of_a_referral_closed_for_24_months_is_anonymised_and_indicators_remain() {
    UUID closed = Referrals.submitted(site);
    advisor()
        .body(Map.of("reason", "BY_YOUNG_PERSON", "comment", "Camille a trouvé un emploi"))
        .post("/api/v1/referrals/" + closed + "/withdrawal")
        .then()
        .statusCode(200);
    UUID open = Referrals.submitted(site);

    MovableClock.moveForward(Duration.ofDays(23 * 31));
    retention.run();
    assertThat(anonymised(closed)).isFalse();

    MovableClock.moveForward(Duration.ofDays(2 * 31));
    retention.run();

    assertThat(anonymised(closed)).isTrue();
    assertThat(anonymised(open)).isFalse();
    advisor()
        .get("/api/v1/referrals/" + closed)
        .then()
        .statusCode(200)
        .body("$", not(hasKey("youngPerson")))
        .body("$", not(hasKey("diagnostic")))
        .body("barriers", hasItem("MOBILITY"))
        .body("eligibility.ageAtSubmission", equalTo(19))
        .body("status", equalTo("WITHDRAWN"));
    advisor()
        .get("/api/v1/referrals/" + closed + "/transitions")
        .then()
        .body("items", not(empty()))
        .body("items", everyItem(not(hasKey("comment"))));
  }

  @Test
  void an_erasure_anonymises_every_referral_of_the_person_and_is_recorded() {
    Map<String, Object> body = fr.passerelle.referral.support.Submissions.eligible(site);
    String first =
        peSystem().body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    body.put("externalRef", "PE-" + UUID.randomUUID());
    String second =
        peSystem().body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    e2cStaff(site)
        .body(Map.of())
        .post("/api/v1/referrals/" + second + "/open")
        .then()
        .statusCode(200);

    admin()
        .body(Map.of("reason", "Demande RGPD art. 17, réf. DPO-TEST"))
        .post("/api/v1/referrals/" + first + "/erasure")
        .then()
        .statusCode(200)
        .body("referralIds.size()", equalTo(2));

    for (String id : new String[] {first, second}) {
      peSystem()
          .get("/api/v1/referrals/" + id)
          .then()
          .body("$", not(hasKey("youngPerson")))
          .body("status", equalTo("WITHDRAWN"))
          .body("withdrawalReason", equalTo("ERASURE_REQUESTED"));
    }
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> Erasure.count("personId", personOf(UUID.fromString(first)))))
        .isEqualTo(1);
  }

  @Test
  void the_person_id_is_random_shared_by_one_persons_referrals_and_forgotten_with_their_data() {
    Map<String, Object> body = fr.passerelle.referral.support.Submissions.eligible(site);
    UUID first = submit(body);
    body.put("externalRef", "PE-" + UUID.randomUUID());
    UUID second = submit(body);
    assertThat(personOf(second)).isEqualTo(personOf(first));

    admin()
        .body(Map.of("reason", "Demande RGPD art. 17, réf. DPO-TEST-2"))
        .post("/api/v1/referrals/" + first + "/erasure")
        .then()
        .statusCode(200);

    // The same young person, referred again: nothing links them to the erased referrals any more.
    body.put("externalRef", "PE-" + UUID.randomUUID());
    UUID again = submit(body);
    assertThat(personOf(again)).isNotEqualTo(personOf(first));
  }

  @Test
  void an_open_referral_left_twelve_months_without_action_is_closed_then_retention_runs() {
    UUID session = UUID.randomUUID();
    fr.passerelle.referral.support.DirectoryStub.sessionWithSeats(session, site);
    UUID forgotten = Referrals.inPath(site, session);

    MovableClock.moveForward(Duration.ofDays(300));
    UUID followed = Referrals.inPath(site, session);
    MovableClock.moveForward(Duration.ofDays(70));
    followUpUntilDone();

    peSystem()
        .get("/api/v1/referrals/" + forgotten)
        .then()
        .body("status", equalTo("EXPIRED"))
        .body("closedAt", notNullValue());
    peSystem()
        .get("/api/v1/referrals/" + forgotten + "/transitions")
        .then()
        .body("items.action", hasItem("CLOSE_INACTIVE"))
        .body("items.reasonCode", hasItem("INACTIVE"));
    peSystem().get("/api/v1/referrals/" + followed).then().body("status", equalTo("IN_PATH"));

    MovableClock.moveForward(Duration.ofDays(24 * 31));
    retention.run();
    assertThat(anonymised(forgotten)).isTrue();
  }

  @Test
  void only_an_admin_erases() {
    UUID id = Referrals.submitted(site);
    peSystem()
        .body(Map.of("reason", "test"))
        .post("/api/v1/referrals/" + id + "/erasure")
        .then()
        .statusCode(403);
  }

  /** The job takes a batch per run; other tests' referrals may be due too. */
  private void followUpUntilDone() {
    FollowUpJob.Result result;
    do {
      result = followUp.run();
    } while (result.closedInactive() + result.expired() + result.reminded() > 0);
  }

  private long remindersPublishedFor(UUID id) {
    return KafkaTopics.events(
            bootstrapServers,
            ReferralEvents.REMINDER_DUE.topic(),
            id,
            ReferralEvents.REMINDER_DUE.type())
        .size();
  }

  private static boolean reminded(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Referral.<Referral>findById(id).remindedAt != null);
  }

  private static boolean anonymised(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Referral.<Referral>findById(id).isAnonymised());
  }

  private static UUID submit(Map<String, Object> body) {
    return UUID.fromString(
        peSystem()
            .body(body)
            .post("/api/v1/referrals")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  private static UUID personOf(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>findById(id).personId);
  }
}
