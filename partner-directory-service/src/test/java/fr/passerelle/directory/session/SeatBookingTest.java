package fr.passerelle.directory.session;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.referralService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import fr.passerelle.directory.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeatBookingTest {

  @Test
  void fifty_concurrent_bookings_on_ten_seats_book_exactly_ten() throws Exception {
    UUID session = Fixtures.session(Fixtures.site(), 10, 7);
    ExecutorService pool = Executors.newFixedThreadPool(25);
    List<Future<Response>> answers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      UUID referral = UUID.randomUUID();
      Callable<Response> booking =
          () -> referralService().put("/api/v1/sessions/" + session + "/reservations/" + referral);
      answers.add(pool.submit(booking));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Response> answer : answers) {
      Response response = answer.get();
      statuses.add(response.statusCode());
      if (response.statusCode() == 409) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).isEqualTo("the session is full");
      }
    }
    pool.shutdown();

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(40);
    directoryAdmin()
        .get("/api/v1/sessions/" + session)
        .then()
        .body("seatsBooked", equalTo(10))
        .body("seatsLeft", equalTo(0));
  }

  @Test
  void a_sessions_reservations_are_listed_one_page_at_a_time_oldest_first() {
    UUID session = Fixtures.session(Fixtures.site(), 5, 7);
    List<String> booked = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      UUID referral = UUID.randomUUID();
      referralService()
          .put("/api/v1/sessions/" + session + "/reservations/" + referral)
          .then()
          .statusCode(201);
      booked.add(referral.toString());
    }

    String next =
        referralService()
            .queryParam("limit", 2)
            .get("/api/v1/sessions/" + session + "/reservations")
            .then()
            .statusCode(200)
            .body("items.referralId", contains(booked.get(0), booked.get(1)))
            .extract()
            .path("nextCursor");
    referralService()
        .queryParam("limit", 2)
        .queryParam("cursor", next)
        .get("/api/v1/sessions/" + session + "/reservations")
        .then()
        .statusCode(200)
        .body("items.referralId", contains(booked.get(2)))
        .body("$", not(hasKey("nextCursor")));
  }

  @Test
  void a_cancellation_sent_with_a_stale_version_is_refused_and_changes_nothing() {
    UUID session = Fixtures.session(Fixtures.site(), 5, 7);
    String path = "/api/v1/sessions/" + session;
    String current = directoryAdmin().get(path).then().statusCode(200).extract().header("ETag");

    directoryAdmin().header("If-Match", "\"999\"").post(path + "/cancel").then().statusCode(412);
    directoryAdmin().get(path).then().body("status", equalTo("SCHEDULED"));
    directoryAdmin()
        .header("If-Match", current)
        .post(path + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .header("ETag", not(equalTo(current)));
  }

  @Test
  void booking_again_for_the_same_referral_returns_the_same_reservation() {
    UUID session = Fixtures.session(Fixtures.site(), 3, 7);
    UUID referral = UUID.randomUUID();
    String path = "/api/v1/sessions/" + session + "/reservations/" + referral;

    String first = referralService().put(path).then().statusCode(201).extract().path("id");
    String again = referralService().put(path).then().statusCode(200).extract().path("id");

    assertThat(again).isEqualTo(first);
    directoryAdmin().get("/api/v1/sessions/" + session).then().body("seatsBooked", equalTo(1));
  }

  @Test
  void releasing_a_seat_frees_it_and_releasing_again_changes_nothing() {
    UUID session = Fixtures.session(Fixtures.site(), 1, 7);
    UUID referral = UUID.randomUUID();
    String path = "/api/v1/sessions/" + session + "/reservations/" + referral;
    referralService().put(path).then().statusCode(201);
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(409);

    referralService().delete(path).then().statusCode(204);
    referralService().delete(path).then().statusCode(204);

    directoryAdmin().get("/api/v1/sessions/" + session).then().body("seatsLeft", equalTo(1));
    referralService().get(path).then().statusCode(200).body("status", equalTo("CANCELLED"));
    referralService().put(path).then().statusCode(201).body("status", equalTo("BOOKED"));
  }

  @Test
  void a_cancelled_session_refuses_bookings() {
    UUID session = Fixtures.session(Fixtures.site(), 5, 7);
    directoryAdmin().post("/api/v1/sessions/" + session + "/cancel").then().statusCode(200);

    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(409)
        .body("status", equalTo("CANCELLED"));
  }

  @Test
  void e2c_staff_manage_their_own_sites_sessions_and_not_another_sites() {
    UUID mine = Fixtures.site();
    UUID other = Fixtures.site();
    UUID otherSession = Fixtures.session(other, 5, 7);

    e2cStaff(mine)
        .body(Fixtures.sessionBody(mine, 8, 5))
        .post("/api/v1/sessions")
        .then()
        .statusCode(201);
    e2cStaff(mine)
        .body(Fixtures.sessionBody(other, 8, 5))
        .post("/api/v1/sessions")
        .then()
        .statusCode(404);
    e2cStaff(mine).post("/api/v1/sessions/" + otherSession + "/cancel").then().statusCode(404);
    e2cStaff(mine).get("/api/v1/sessions/" + otherSession + "/reservations").then().statusCode(404);
    e2cStaff(mine)
        .put("/api/v1/sessions/" + otherSession + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(403);
  }

  @Test
  void capacity_never_goes_below_the_seats_booked() {
    UUID site = Fixtures.site();
    UUID session = Fixtures.session(site, 2, 7);
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(201);
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(201);
    var body = Fixtures.sessionBody(site, 1, 7);

    directoryAdmin()
        .header("If-Match", "\"2\"")
        .body(body)
        .put("/api/v1/sessions/" + session)
        .then()
        .statusCode(422)
        .body("code", equalTo("capacity-below-bookings"));
  }
}
