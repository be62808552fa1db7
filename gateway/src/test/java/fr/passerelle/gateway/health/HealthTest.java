package fr.passerelle.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Health and metrics live on the management port, not on the public one. */
@QuarkusTest
class HealthTest {

  @TestHTTPResource(value = "/health/live", management = true)
  URL liveness;

  @TestHTTPResource(value = "/health/ready", management = true)
  URL readiness;

  @TestHTTPResource(value = "/metrics", management = true)
  URL metrics;

  @Test
  void the_gateway_is_live() {
    given().get(liveness).then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void readiness_reports_each_service_and_stays_up_when_one_is_down() {
    given()
        .get(readiness)
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'upstreams' }.data.directory", equalTo("UP"))
        .body("checks.find { it.name == 'upstreams' }.data.reporting", equalTo("UP"))
        .body("checks.find { it.name == 'upstreams' }.data.referral", equalTo("DOWN"));
  }

  @Test
  void health_is_not_exposed_on_the_public_port() {
    given().get("/q/health").then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void requests_are_counted_by_route_and_status() {
    given()
        .auth()
        .oauth2(TestTokens.client("pe-system").roles("pe-system").issue())
        .get("/api/v1/sites")
        .then()
        .statusCode(200);
    given()
        .get(metrics)
        .then()
        .statusCode(200)
        .body(
            containsString(
                "passerelle_gateway_requests_seconds_count{route=\"directory\",status=\"200\"}"));
  }
}
