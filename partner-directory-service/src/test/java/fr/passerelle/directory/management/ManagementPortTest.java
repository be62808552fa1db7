package fr.passerelle.directory.management;

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
 * Health, metrics and the OpenAPI document answer on the management port only (the platform's
 * defaults); the public port, the one the gateway forwards API calls to, answers 404 there.
 */
@QuarkusTest
class ManagementPortTest {

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
  void the_public_port_answers_404_on_management_paths(String path) {
    given().get(path).then().statusCode(404);
  }

  @Test
  void the_management_port_answers_health_metrics_and_the_openapi_document() {
    assertThat(liveness.getPort()).isPositive().isNotEqualTo(publicRoot.getPort());
    given().get(liveness).then().statusCode(200).body("status", equalTo("UP"));
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
        .body("info.title", containsString("Passerelle"));
  }
}
