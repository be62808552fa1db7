package fr.passerelle.gateway.edge;

import static fr.passerelle.gateway.support.StandInServices.ALLOWED_ORIGIN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EdgeTest {

  private final String token = TestTokens.client("pe-system").roles("pe-system").issue();

  @Test
  void a_preflight_from_an_allowed_origin_is_answered_without_token() {
    given()
        .header("Origin", ALLOWED_ORIGIN)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "Authorization, Content-Type")
        .options("/api/v1/sites")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("Authorization"))
        .header("Access-Control-Max-Age", equalTo("3600"));
  }

  @Test
  void a_preflight_from_another_origin_is_refused_with_a_problem() {
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "DELETE")
        .options("/api/v1/sites")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void only_allowed_origins_may_read_responses_from_a_browser() {
    given()
        .auth()
        .oauth2(token)
        .header("Origin", ALLOWED_ORIGIN)
        .get("/api/v1/sites")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
        .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    given()
        .auth()
        .oauth2(token)
        .header("Origin", "https://evil.example")
        .get("/api/v1/sites/hop-by-hop")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void every_response_carries_the_security_headers() {
    List<Response> responses =
        List.of(
            given().auth().oauth2(token).get("/api/v1/sites"),
            given().get("/api/v1/sites"),
            given().get("/nowhere"),
            given().auth().oauth2(token).get("/api/v1/referrals"),
            given().get("/openapi"),
            given().get("/asyncapi"));
    assertThat(responses)
        .extracting(Response::statusCode)
        .containsExactly(200, 401, 404, 503, 200, 200);
    for (Response response : responses) {
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=");
      assertThat(response.header("Content-Security-Policy"))
          .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }
  }

  @Test
  void swagger_ui_gets_a_policy_that_lets_it_run_its_own_scripts_only() {
    String policy = given().get("/swagger-ui/").header("Content-Security-Policy");
    assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'");
  }
}
