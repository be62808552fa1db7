package fr.passerelle.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fr.passerelle.gateway.support.StandIns;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutingTest {

  private final String token = TestTokens.client("pe-system").roles("pe-system").issue();

  @Test
  void an_api_path_no_route_serves_is_a_404_problem() {
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/unknown/things")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:not-found"))
        .body("instance", equalTo("/api/v1/unknown/things"));
  }

  @Test
  void a_prefix_matches_whole_segments_only() {
    String path = "/api/v1/sitesmap";
    given().auth().oauth2(token).get(path).then().statusCode(404);
    assertThat(StandIns.timesServed("directory", path)).isZero();
  }

  @Test
  void a_path_outside_the_api_is_a_404_problem_too() {
    given()
        .get("/wp-login.php")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:not-found"));
  }

  @Test
  void several_prefixes_lead_to_the_same_service() {
    for (String prefix :
        List.of("/api/v1/schools", "/api/v1/sites", "/api/v1/referents", "/api/v1/imports")) {
      given()
          .auth()
          .oauth2(token)
          .get(prefix)
          .then()
          .statusCode(200)
          .body("service", equalTo("directory"));
    }
  }

  @Test
  void method_path_query_and_body_reach_the_service_unchanged() {
    String body = "{\"name\":\"E2C Marseille\"}";
    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/agencies/13055/notes?limit=5&cursor=abc%3D%3D")
        .then()
        .statusCode(200)
        .body("method", equalTo("POST"))
        .body("uri", equalTo("/api/v1/agencies/13055/notes?limit=5&cursor=abc%3D%3D"))
        .body("bodyBytes", equalTo(body.length()))
        .body("headers.content-type[0]", equalTo("application/json"));
  }

  @Test
  void the_service_learns_who_called_and_how_and_forged_forwarding_headers_are_dropped() {
    JsonPath seen =
        given()
            .auth()
            .oauth2(token)
            .header("X-Forwarded-For", "203.0.113.9")
            .header("Forwarded", "for=203.0.113.9")
            .get("/api/v1/sites")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(seen.getList("headers.x-forwarded-for")).containsExactly("127.0.0.1");
    assertThat(seen.getList("headers.x-forwarded-proto")).containsExactly("http");
    assertThat(seen.getList("headers.x-forwarded-host"))
        .containsExactly(URI.create(RestAssured.baseURI).getHost());
    assertThat(seen.getList("headers.x-forwarded-port")).hasSize(1);
    assertThat(seen.getMap("headers")).doesNotContainKey("forwarded");
    // The service's own address, not the gateway's, is its Host.
    assertThat(seen.getString("headers.host[0]"))
        .isEqualTo(StandIns.url("directory").getAuthority());
  }

  @Test
  void hop_by_hop_headers_stop_at_the_gateway_in_both_directions() {
    JsonPath seen =
        given()
            .auth()
            .oauth2(token)
            .header("Connection", "X-Client-Hop")
            .header("X-Client-Hop", "for the gateway only")
            .header("Proxy-Authorization", "Basic c2VjcmV0")
            .header("X-End-To-End", "kept")
            .get("/api/v1/sites")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(seen.getMap("headers"))
        .doesNotContainKeys("x-client-hop", "proxy-authorization")
        .containsKey("x-end-to-end");

    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/sites/hop-by-hop")
        .then()
        .statusCode(200)
        .header("X-Upstream-Hop", nullValue())
        .header("Keep-Alive", nullValue())
        .header("X-End-To-End", equalTo("kept"))
        // Only the gateway decides cross-origin access.
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
