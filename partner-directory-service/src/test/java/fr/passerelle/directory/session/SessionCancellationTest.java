package fr.passerelle.directory.session;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.referralService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.support.Fixtures;
import fr.passerelle.platform.testing.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Cancelling a session releases its seats: no invitation to a cancelled session. */
@QuarkusTest
class SessionCancellationTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void cancelling_a_session_releases_every_seat_and_tells_each_holder() {
    UUID site = Fixtures.site();
    UUID session = Fixtures.session(site, 5, 6);
    UUID first = book(session);
    UUID second = book(session);
    UUID left = book(session);
    referralService()
        .delete("/api/v1/sessions/" + session + "/reservations/" + left)
        .then()
        .statusCode(204);

    e2cStaff(site)
        .post("/api/v1/sessions/" + session + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("seatsBooked", equalTo(0))
        .body("seatsLeft", equalTo(5));

    referralService()
        .get("/api/v1/sessions/" + session + "/reservations")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(3))
        .body("items.status", everyItem(equalTo("CANCELLED")))
        .body("items.cancelledAt", everyItem(notNullValue()));
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + first)
        .then()
        .statusCode(409)
        .body("detail", equalTo("the session is cancelled"));

    PublishedEvents events = new PublishedEvents(bootstrapServers);
    JsonNode cancelled = events.first(session, DirectoryEvents.SESSION_CANCELLED);
    assertThat(cancelled.get("seatsBooked").asInt()).isZero();
    assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
    List<JsonNode> released =
        events.await(session, DirectoryEvents.SEATS_CHANGED, 6).stream()
            .filter(seat -> seat.get("change").asText().equals("RELEASED"))
            .toList();
    assertThat(released).hasSize(3);
    assertThat(released.get(0).get("referralId").asText()).isEqualTo(left.toString());
    List<JsonNode> byCancellation = released.subList(1, 3);
    assertThat(byCancellation)
        .extracting(seat -> seat.get("referralId").asText())
        .containsExactlyInAnyOrder(first.toString(), second.toString());
    assertThat(byCancellation)
        .allSatisfy(seat -> assertThat(seat.get("seatsBooked").asInt()).isZero());
  }

  @Test
  void a_cancellation_refused_to_the_caller_releases_nothing() {
    UUID site = Fixtures.site();
    UUID session = Fixtures.session(site, 5, 6);
    UUID held = book(session);

    advisor().post("/api/v1/sessions/" + session + "/cancel").then().statusCode(403);
    e2cStaff(Fixtures.site())
        .post("/api/v1/sessions/" + session + "/cancel")
        .then()
        .statusCode(404);

    directoryAdmin()
        .get("/api/v1/sessions/" + session)
        .then()
        .body("status", equalTo("SCHEDULED"))
        .body("seatsBooked", equalTo(1));
    referralService()
        .get("/api/v1/sessions/" + session + "/reservations/" + held)
        .then()
        .body("status", equalTo("BOOKED"));
    assertThat(PublishedEvents.recorded(session, DirectoryEvents.SESSION_CANCELLED)).isZero();
  }

  private static UUID book(UUID session) {
    UUID referral = UUID.randomUUID();
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + referral)
        .then()
        .statusCode(201);
    return referral;
  }
}
