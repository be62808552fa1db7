package fr.passerelle.directory.session;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.referralService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.session.SessionEnums.SessionStatus;
import fr.passerelle.directory.support.Fixtures;
import fr.passerelle.platform.testing.MovableClock;
import fr.passerelle.platform.testing.PublishedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions in time: a started session takes no booking and no longer shows as having free seats; an
 * ended one becomes DONE. Sessions start tomorrow, on the hour, and last two hours: moving the
 * clock 25 hours lands after the start and before the end, 27 hours after the end.
 */
@QuarkusTest
class SessionsInTimeTest {

  private static final Duration STARTED = Duration.ofHours(25);
  private static final Duration ENDED = Duration.ofHours(27);

  @Inject SessionsDoneJob sessionsDone;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @AfterEach
  void backToNow() {
    MovableClock.reset();
  }

  @Test
  void a_started_session_no_longer_shows_among_sessions_with_free_seats() {
    UUID site = Fixtures.site();
    UUID session = Fixtures.session(site, 5, 1);
    String sessions = "/api/v1/sessions?siteId=" + site;

    advisor()
        .get(sessions + "&freeSeats=true")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(session.toString()));

    MovableClock.moveForward(STARTED);

    advisor()
        .get(sessions + "&freeSeats=true")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(session.toString())));
    advisor().get(sessions).then().statusCode(200).body("items.id", hasItem(session.toString()));
    directoryAdmin().get("/api/v1/sessions/" + session).then().body("status", equalTo("SCHEDULED"));
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(409)
        .body("detail", equalTo("the session has already started"));
  }

  @Test
  void an_ended_session_becomes_done_once_and_publishes_session_done_with_its_seats() {
    UUID site = Fixtures.site();
    UUID ended = Fixtures.session(site, 5, 1);
    UUID later = Fixtures.session(site, 5, 3);
    UUID referral = UUID.randomUUID();
    referralService()
        .put("/api/v1/sessions/" + ended + "/reservations/" + referral)
        .then()
        .statusCode(201);

    MovableClock.moveForward(STARTED);
    sessionsDone.run();
    directoryAdmin().get("/api/v1/sessions/" + ended).then().body("status", equalTo("SCHEDULED"));

    MovableClock.moveForward(ENDED.minus(STARTED));
    assertThat(sessionsDone.run()).isPositive();
    assertThat(sessionsDone.run()).as("a session is done once").isZero();

    directoryAdmin()
        .get("/api/v1/sessions/" + ended)
        .then()
        .body("status", equalTo("DONE"))
        .body("seatsBooked", equalTo(1));
    directoryAdmin().get("/api/v1/sessions/" + later).then().body("status", equalTo("SCHEDULED"));
    referralService()
        .get("/api/v1/sessions/" + ended + "/reservations/" + referral)
        .then()
        .body("status", equalTo("BOOKED"));
    List<JsonNode> done =
        new PublishedEvents(bootstrapServers).await(ended, DirectoryEvents.SESSION_DONE, 1);
    assertThat(done).hasSize(1);
    assertThat(done.get(0).get("status").asText()).isEqualTo("DONE");
    assertThat(done.get(0).get("seatsBooked").asInt()).isEqualTo(1);
    assertThat(done.get(0).get("siteId").asText()).isEqualTo(site.toString());
  }

  @Test
  void booking_again_is_confirmed_while_the_session_takes_bookings_then_refused_once_it_started() {
    UUID session = Fixtures.session(Fixtures.site(), 5, 1);
    String seat = "/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID();
    String id = referralService().put(seat).then().statusCode(201).extract().path("id");
    referralService().put(seat).then().statusCode(200).body("id", equalTo(id));

    MovableClock.moveForward(STARTED);

    referralService()
        .put(seat)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:passerelle:problem:conflict"))
        .body("detail", equalTo("the session has already started"));
  }

  @Test
  void booking_again_in_a_done_session_is_refused_like_a_new_booking() {
    UUID session = Fixtures.session(Fixtures.site(), 5, 1);
    String seat = "/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID();
    referralService().put(seat).then().statusCode(201);

    MovableClock.moveForward(ENDED);
    sessionsDone.run();

    referralService()
        .put(seat)
        .then()
        .statusCode(409)
        .body("detail", equalTo("the session is done"))
        .body("status", equalTo("DONE"));
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(409)
        .body("detail", equalTo("the session is done"));
  }

  @Test
  void a_seat_still_booked_in_a_cancelled_session_is_not_confirmed_again() {
    UUID session = Fixtures.session(Fixtures.site(), 5, 4);
    String seat = "/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID();
    referralService().put(seat).then().statusCode(201);
    // A session cancelled before cancelling released its seats: the reservation is still BOOKED.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              InformationSession cancelled = InformationSession.findById(session);
              cancelled.status = SessionStatus.CANCELLED;
            });

    referralService()
        .put(seat)
        .then()
        .statusCode(409)
        .body("detail", equalTo("the session is cancelled"))
        .body("status", equalTo("CANCELLED"));
  }
}
