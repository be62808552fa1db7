package fr.passerelle.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.gateway.support.StandIns;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RouteRolesTest {

  @TestHTTPResource("/")
  URI gateway;

  @Test
  void an_advisor_may_not_read_indicators_and_the_reporting_service_never_sees_the_request() {
    String path = StandIns.uniquePath("/api/v1/indicators");
    given()
        .auth()
        .oauth2(TestTokens.user("advisor-1").roles("pe-advisor").safir("75012").issue())
        .get(path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:forbidden"))
        .body("status", equalTo(403));
    assertThat(StandIns.timesServed("reporting", path)).isZero();
  }

  @Test
  void steering_and_admin_may_read_indicators_and_experiments() {
    given()
        .auth()
        .oauth2(TestTokens.user("steering-1").roles("steering").issue())
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body("service", equalTo("reporting"));
    given()
        .auth()
        .oauth2(TestTokens.user("admin-1").roles("admin").issue())
        .get("/api/v1/experiments/7")
        .then()
        .statusCode(200)
        .body("service", equalTo("reporting"));
  }

  @Test
  void any_valid_token_may_use_a_route_that_names_no_role() {
    given()
        .auth()
        .oauth2(TestTokens.user("steering-2").roles("steering").issue())
        .get("/api/v1/schools")
        .then()
        .statusCode(200)
        .body("service", equalTo("directory"));
  }

  @Test
  void prospection_is_for_company_advisors_officers_admins_and_partners_only() {
    given()
        .auth()
        .oauth2(TestTokens.user("officer-1").roles("e2c-company-officer").issue())
        .get("/api/v1/prospection/employers")
        .then()
        .statusCode(200)
        .body("service", equalTo("prospection"));
    String path = StandIns.uniquePath("/api/v1/prospection/employers");
    given()
        .auth()
        .oauth2(TestTokens.user("advisor-3").roles("pe-advisor").safir("75012").issue())
        .get(path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    assertThat(StandIns.timesServed("prospection", path)).isZero();
  }

  @Test
  void dot_segments_cannot_smuggle_a_request_past_the_route_rules() throws Exception {
    String advisor = TestTokens.user("advisor-2").roles("pe-advisor").issue();
    // java.net.http sends the path as written, dot segments included.
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(gateway.resolve("/api/v1/sites/x/../../indicators"))
                    .header("Authorization", "Bearer " + advisor)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);

    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(advisor)
        .get("/api/v1/sites/%2e%2e/indicators")
        .then()
        .statusCode(403);
  }
}
