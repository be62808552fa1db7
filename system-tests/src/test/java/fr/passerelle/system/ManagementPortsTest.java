package fr.passerelle.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.local.Stack;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Health, metrics and the services' OpenAPI documents are on the management ports, where the
 * gateway reads the services' readiness and documents; the public ports answer 404 there.
 */
class ManagementPortsTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @Test
  void each_service_answers_health_metrics_and_its_openapi_document_on_its_management_port() {
    Stack stack = SystemStack.get();
    Map<String, String> services =
        Map.of(
            stack.directoryManagementUrl(), "/api/v1/sites",
            stack.referralManagementUrl(), "/api/v1/referrals",
            stack.prospectionManagementUrl(), "/api/v1/prospection/employers",
            stack.reportingManagementUrl(), "/api/v1/indicators/funnel");
    services.forEach(
        (management, path) -> {
          await()
              .atMost(DEADLINE)
              .until(() -> given().get(management + "/q/health/ready").statusCode() == 200);
          given()
              .get(management + "/q/health/live")
              .then()
              .statusCode(200)
              .body("status", equalTo("UP"));
          given().get(management + "/q/metrics").then().statusCode(200);
          given()
              .queryParam("format", "json")
              .get(management + "/q/openapi")
              .then()
              .statusCode(200)
              .body(containsString(path));
        });
  }

  @Test
  void the_public_ports_answer_404_on_management_paths() {
    Stack stack = SystemStack.get();
    for (String publicUrl :
        new String[] {
          stack.directoryUrl(), stack.referralUrl(), stack.prospectionUrl(), stack.reportingUrl()
        }) {
      for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi"}) {
        given().get(publicUrl + path).then().statusCode(404);
      }
    }
    given().get(stack.gatewayUrl() + "/q/health/ready").then().statusCode(404);
    given().get(stack.gatewayUrl() + "/q/metrics").then().statusCode(404);
  }

  @Test
  void the_gateway_reads_each_services_readiness_on_its_management_port() {
    String readiness = SystemStack.get().gatewayManagementUrl() + "/q/health/ready";
    await()
        .atMost(DEADLINE)
        .untilAsserted(
            () ->
                given()
                    .get(readiness)
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'upstreams' }.data.directory", equalTo("UP"))
                    .body("checks.find { it.name == 'upstreams' }.data.referral", equalTo("UP"))
                    .body("checks.find { it.name == 'upstreams' }.data.prospection", equalTo("UP"))
                    .body("checks.find { it.name == 'upstreams' }.data.reporting", equalTo("UP")));
  }
}
