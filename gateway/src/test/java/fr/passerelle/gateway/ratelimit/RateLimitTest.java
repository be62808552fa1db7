package fr.passerelle.gateway.ratelimit;

import static fr.passerelle.gateway.support.StandInServices.LIMITED_CLIENT;
import static fr.passerelle.gateway.support.StandInServices.LIMITED_REQUESTS;
import static fr.passerelle.gateway.support.StandInServices.PERSON_REQUESTS;
import static fr.passerelle.gateway.support.StandInServices.SLOW_CLIENT;
import static fr.passerelle.gateway.support.StandInServices.SLOW_CLIENT_REQUESTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import fr.passerelle.gateway.support.StandIns;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

  @Test
  void a_client_over_its_limit_gets_429_with_retry_after_then_is_served_again() {
    String token = TestTokens.client(LIMITED_CLIENT).roles("partner").issue();
    // Whatever is left of the bucket from an earlier run of this test, empty it.
    Response last;
    int served = 0;
    do {
      last = given().auth().oauth2(token).get("/api/v1/sites");
      if (last.statusCode() == 200) {
        served++;
        assertThat(last.header("RateLimit-Limit")).isEqualTo(Integer.toString(LIMITED_REQUESTS));
        assertThat(Long.parseLong(last.header("RateLimit-Remaining")))
            .isBetween(0L, LIMITED_REQUESTS - 1L);
      }
    } while (last.statusCode() == 200 && served <= LIMITED_REQUESTS);
    assertThat(served).isLessThanOrEqualTo(LIMITED_REQUESTS);

    String refusedPath = StandIns.uniquePath("/api/v1/sites");
    Response refused = given().auth().oauth2(token).get(refusedPath);
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:rate-limited"))
        .body("status", equalTo(429));
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
    assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.header("RateLimit-Policy")).isEqualTo(LIMITED_REQUESTS + ";w=1");
    assertThat(StandIns.timesServed("directory", refusedPath)).isZero();

    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(100))
        // The status is read, not asserted: a failed assertion would print the 429 exchange.
        .until(() -> given().auth().oauth2(token).get("/api/v1/sites").statusCode() == 200);
  }

  @Test
  void limits_are_per_client_so_one_busy_client_does_not_slow_another() {
    String busy = TestTokens.client(LIMITED_CLIENT).roles("partner").issue();
    for (int i = 0; i <= LIMITED_REQUESTS; i++) {
      given().auth().oauth2(busy).get("/api/v1/sites");
    }
    given().auth().oauth2(busy).get("/api/v1/sites").then().statusCode(429);

    given()
        .auth()
        .oauth2(TestTokens.client("another-partner").roles("partner").issue())
        .get("/api/v1/sites")
        .then()
        .statusCode(200);
  }

  @Test
  void a_client_gets_its_own_limit_else_its_roles_else_the_default() {
    assertThat(limitOf(TestTokens.client(LIMITED_CLIENT).roles("pe-system").issue()))
        .isEqualTo(Integer.toString(LIMITED_REQUESTS));
    assertThat(limitOf(TestTokens.client("pe-batch").roles("partner", "pe-system").issue()))
        .isEqualTo("3000");
    assertThat(limitOf(TestTokens.client("pe-reporting").roles("pe-advisor").issue()))
        .isEqualTo("600");
  }

  @Test
  void people_of_one_client_have_buckets_of_their_own() {
    String looping = TestTokens.user("advisor-" + UUID.randomUUID()).roles("pe-advisor").issue();
    Response last = given().auth().oauth2(looping).get("/api/v1/sites");
    assertThat(last.header("RateLimit-Limit")).isEqualTo(Integer.toString(PERSON_REQUESTS));
    for (int i = 0; i < 100 && last.statusCode() == 200; i++) {
      last = given().auth().oauth2(looping).get("/api/v1/sites");
    }
    last.then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("detail", startsWith("This user sent more requests than their own limit allows"));
    assertThat(last.header("RateLimit-Policy")).isEqualTo(PERSON_REQUESTS + ";w=1");

    // A colleague signed in through the same portal client starts with a full bucket.
    Response colleague =
        given()
            .auth()
            .oauth2(TestTokens.user("advisor-" + UUID.randomUUID()).roles("pe-advisor").issue())
            .get("/api/v1/sites");
    colleague.then().statusCode(200);
    assertThat(colleague.header("RateLimit-Remaining"))
        .isEqualTo(Integer.toString(PERSON_REQUESTS - 1));
  }

  @Test
  void a_person_never_gets_more_than_the_client_they_call_through() {
    // The client's limit (2 a minute) is below a person's (4 a second): it is the person's.
    String person = TestTokens.user("officer-" + UUID.randomUUID(), SLOW_CLIENT).issue();
    for (int i = 1; i <= SLOW_CLIENT_REQUESTS; i++) {
      Response served = given().auth().oauth2(person).get("/api/v1/sites");
      served.then().statusCode(200);
      assertThat(served.header("RateLimit-Limit"))
          .isEqualTo(Integer.toString(SLOW_CLIENT_REQUESTS));
      assertThat(served.header("RateLimit-Policy")).isEqualTo(SLOW_CLIENT_REQUESTS + ";w=60");
    }
    given().auth().oauth2(person).get("/api/v1/sites").then().statusCode(429);

    // Still a bucket per person: another person of that client is served.
    given()
        .auth()
        .oauth2(TestTokens.user("officer-" + UUID.randomUUID(), SLOW_CLIENT).issue())
        .get("/api/v1/sites")
        .then()
        .statusCode(200);
  }

  @Test
  void machine_tokens_of_one_client_share_its_bucket() {
    for (int i = 0; i < SLOW_CLIENT_REQUESTS; i++) {
      given()
          .auth()
          .oauth2(TestTokens.client(SLOW_CLIENT).issue())
          .get("/api/v1/sites")
          .then()
          .statusCode(200);
    }
    Response refused =
        given().auth().oauth2(TestTokens.client(SLOW_CLIENT).issue()).get("/api/v1/sites");
    refused
        .then()
        .statusCode(429)
        .body("detail", startsWith("This client sent more requests than its limit allows"));
    assertThat(refused.header("RateLimit-Policy")).isEqualTo(SLOW_CLIENT_REQUESTS + ";w=60");
  }

  private static String limitOf(String token) {
    return given().auth().oauth2(token).get("/api/v1/sites").header("RateLimit-Limit");
  }
}
