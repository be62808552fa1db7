package fr.passerelle.gateway.ratelimit;

import static fr.passerelle.gateway.support.StandInServices.LIMITED_CLIENT;
import static fr.passerelle.gateway.support.StandInServices.LIMITED_REQUESTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.gateway.support.StandIns;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
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
        .untilAsserted(
            () -> given().auth().oauth2(token).get("/api/v1/sites").then().statusCode(200));
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
    assertThat(limitOf(TestTokens.user("advisor-9").roles("pe-advisor").issue())).isEqualTo("600");
  }

  private static String limitOf(String token) {
    return given().auth().oauth2(token).get("/api/v1/sites").header("RateLimit-Limit");
  }
}
