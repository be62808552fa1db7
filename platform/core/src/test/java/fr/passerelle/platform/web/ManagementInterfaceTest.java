package fr.passerelle.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform's defaults put health, metrics and the OpenAPI document on the management port,
 * which every service inherits: the public port answers 404 there.
 */
@QuarkusTest
class ManagementInterfaceTest {

  @TestHTTPResource(value = "/health/live", management = true)
  URL liveness;

  @TestHTTPResource(value = "/health/ready", management = true)
  URL readiness;

  @TestHTTPResource(value = "/metrics", management = true)
  URL metrics;

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  @TestHTTPResource("/")
  URL publicRoot;

  @ParameterizedTest
  @ValueSource(
      strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi"})
  void the_public_port_does_not_answer_management_paths(String path) {
    given().get(path).then().statusCode(404);
  }

  @Test
  void the_management_port_is_not_the_public_one() {
    assertThat(liveness.getPort()).isPositive().isNotEqualTo(publicRoot.getPort());
  }

  @Test
  void the_management_port_answers_health_metrics_and_the_openapi_document() {
    given().get(liveness).then().statusCode(200).body("status", equalTo("UP"));
    // Readiness may be DOWN for a moment after a test that took the database away: 503 then.
    given()
        .get(readiness)
        .then()
        .statusCode(anyOf(is(200), is(503)))
        .body("checks", notNullValue());
    given().get(metrics).then().statusCode(200).body(containsString("# TYPE "));
    given()
        .queryParam("format", "json")
        .get(openapi)
        .then()
        .statusCode(200)
        .body("openapi", notNullValue());
  }
}
