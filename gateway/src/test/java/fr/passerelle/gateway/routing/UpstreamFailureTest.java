package fr.passerelle.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import fr.passerelle.gateway.support.StandInServices;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UpstreamFailureTest {

  private final String token = TestTokens.client("pe-system").roles("pe-system").issue();

  @Test
  void a_service_that_is_down_gives_a_503_problem_naming_it_and_nothing_of_its_address() {
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/referrals/42")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:unavailable"))
        .body("detail", equalTo("The referral service is unavailable; retry later."))
        .body("service", equalTo("referral"))
        .body(not(containsString("127.0.0.1")))
        .body(not(containsString("Exception")));
  }

  @Test
  void a_service_slower_than_the_route_timeout_gives_a_504_problem_in_about_that_time() {
    long start = System.nanoTime();
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/slow")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:upstream-timeout"))
        .body("detail", equalTo("The slowpoke service did not answer in time."))
        .body("service", equalTo("slowpoke"));
    Duration waited = Duration.ofNanos(System.nanoTime() - start);
    assertThat(waited).isGreaterThanOrEqualTo(StandInServices.SLOW_ROUTE_TIMEOUT);
    assertThat(waited).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void a_service_that_never_completes_the_connection_gives_a_504_after_the_connect_timeout() {
    long start = System.nanoTime();
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/unresponsive")
        .then()
        .statusCode(504)
        .body("type", equalTo("urn:passerelle:problem:upstream-timeout"))
        .body("service", equalTo("unresponsive"));
    // One attempt and one retry (GET is idempotent), 0.3 s each.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void an_idempotent_request_whose_connection_dropped_is_sent_again() {
    String id = UUID.randomUUID().toString();
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/dropping/drop-once/" + id)
        .then()
        .statusCode(200)
        .body(equalTo("attempt 2"));
  }

  @Test
  void a_post_whose_connection_dropped_is_not_sent_again() {
    String id = UUID.randomUUID().toString();
    Response response = given().auth().oauth2(token).post("/api/v1/dropping/drop-once/" + id);
    response.then().statusCode(503).body("service", equalTo("dropping"));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/dropping/attempts/" + id)
        .then()
        .statusCode(200)
        .body(equalTo("attempts 1"));
  }
}
