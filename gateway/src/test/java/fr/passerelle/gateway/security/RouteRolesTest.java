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
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RouteRolesTest {

  @TestHTTPResource("/")
  URI gateway;

  @Test
  void a_machine_client_may_not_read_indicators_and_the_reporting_service_never_sees_the_request() {
    for (String machine : new String[] {"pe-system", "partner"}) {
      String path = StandIns.uniquePath("/api/v1/indicators");
      given()
          .auth()
          .oauth2(TestTokens.client("machine-" + machine).roles(machine).issue())
          .get(path)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:passerelle:problem:forbidden"))
          .body("status", equalTo(403));
      assertThat(StandIns.timesServed("reporting", path)).isZero();
    }
  }

  @Test
  void only_the_systems_and_the_admin_reach_the_webhook_subscriptions() {
    for (String person : new String[] {"steering", "pe-advisor", "e2c-staff", "directory-admin"}) {
      String path = StandIns.uniquePath("/api/v1/webhooks/subscriptions");
      given()
          .auth()
          .oauth2(TestTokens.user("person-" + person).roles(person).issue())
          .post(path)
          .then()
          .statusCode(403)
          .body("type", equalTo("urn:passerelle:problem:forbidden"));
      assertThat(StandIns.timesServed("webhook", path)).isZero();
    }
    for (String machine : new String[] {"pe-system", "partner", "admin"}) {
      given()
          .auth()
          .oauth2(TestTokens.client("machine-" + machine).roles(machine).issue())
          .get("/api/v1/webhooks/subscriptions")
          .then()
          .statusCode(200)
          .body("service", equalTo("webhook"));
    }
  }

  @Test
  void e2c_staff_and_advisors_reach_the_reporting_service_which_narrows_them_to_their_territory() {
    String path = StandIns.uniquePath("/api/v1/indicators");
    given()
        .auth()
        .oauth2(TestTokens.user("staff-1").roles("e2c-staff").e2cSites(UUID.randomUUID()).issue())
        .get(path)
        .then()
        .statusCode(200)
        .body("service", equalTo("reporting"));
    assertThat(StandIns.timesServed("reporting", path)).isEqualTo(1);
    given()
        .auth()
        .oauth2(TestTokens.user("advisor-1").roles("pe-advisor").safir("75012").issue())
        .get("/api/v1/experiments")
        .then()
        .statusCode(200)
        .body("service", equalTo("reporting"));
  }

  @Test
  void steering_and_admin_may_read_indicators_experiments_and_the_action_plan() {
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
    given()
        .auth()
        .oauth2(TestTokens.user("steering-1").roles("steering").issue())
        .get("/api/v1/action-plan")
        .then()
        .statusCode(200)
        .body("service", equalTo("reporting"));
  }

  @Test
  void company_roles_may_not_read_the_action_plan() {
    String path = StandIns.uniquePath("/api/v1/action-plan");
    given()
        .auth()
        .oauth2(TestTokens.user("officer-2").roles("e2c-company-officer").issue())
        .get(path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    assertThat(StandIns.timesServed("reporting", path)).isZero();
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
    String partner = TestTokens.client("partner-2").roles("partner").issue();
    // java.net.http sends the path as written, dot segments included.
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(gateway.resolve("/api/v1/sites/x/../../indicators"))
                    .header("Authorization", "Bearer " + partner)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);

    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(partner)
        .get("/api/v1/sites/%2e%2e/indicators")
        .then()
        .statusCode(403);
  }
}
