package fr.passerelle.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import fr.passerelle.gateway.support.StandIns;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The request target and the headers over the gateway's limits (8 KiB, 16 KiB) get a problem, not
 * the HTTP decoder's empty answer; what is within them reaches the service whole.
 */
@QuarkusTest
class RequestHeadLimitsTest {

  private static final int MAX_URI_LENGTH = 8 * 1024;
  private static final int MAX_HEADER_SIZE = 16 * 1024;

  private final String token = TestTokens.client("pe-system").roles("pe-system").issue();

  @Test
  void a_path_or_query_over_8_kib_gets_a_414_problem_and_never_reaches_the_service() {
    String longPath = StandIns.uniquePath("/api/v1/sites") + "/" + "a".repeat(MAX_URI_LENGTH);
    Response tooLongPath = caller().get(longPath);
    assertUriTooLong(tooLongPath);
    assertThat(StandIns.timesServed("directory", longPath)).isZero();

    String path = StandIns.uniquePath("/api/v1/sites");
    assertUriTooLong(caller().get(path + "?q=" + "b".repeat(MAX_URI_LENGTH)));
    // Far past the limit, still under the decoder's own: a problem as well.
    assertUriTooLong(caller().get(path + "?q=" + "b".repeat(40 * 1024)));
    assertThat(StandIns.timesServed("directory", path)).isZero();

    // Without a token too: the head is checked before anything else.
    given().urlEncodingEnabled(false).get(longPath).then().statusCode(414);
  }

  @Test
  void a_4_kib_path_and_an_8_kib_target_are_within_the_limit_and_forwarded_whole() {
    String path = StandIns.uniquePath("/api/v1/sites") + "/" + "c".repeat(4 * 1024);
    caller().get(path).then().statusCode(200).body("uri", equalTo(path));

    String prefix = "/api/v1/sites?q=";
    String target = prefix + "d".repeat(MAX_URI_LENGTH - prefix.length());
    caller().get(target).then().statusCode(200).body("uri", equalTo(target));
  }

  @Test
  void headers_over_16_kib_get_a_431_problem_and_never_reach_the_service() {
    String path = StandIns.uniquePath("/api/v1/sites");
    for (int size : new int[] {20_000, 48 * 1024}) {
      Response response = caller().header("X-Filler", "e".repeat(size)).get(path);
      response
          .then()
          .statusCode(431)
          .contentType("application/problem+json")
          .header("X-Request-Id", matchesPattern(".+"))
          .header("X-Content-Type-Options", "nosniff")
          .body("type", equalTo("urn:passerelle:problem:headers-too-large"))
          .body("title", equalTo("Request headers too large"))
          .body("status", equalTo(431))
          .body("maxBytes", equalTo(MAX_HEADER_SIZE))
          .body("detail", matchesPattern(".*at most 16384 are accepted.*"));
    }
    assertThat(StandIns.timesServed("directory", path)).isZero();
  }

  @Test
  void headers_within_16_kib_reach_the_service_whole() {
    String filler = "f".repeat(12 * 1024);
    Response response = caller().header("X-Filler", filler).get("/api/v1/sites");
    response.then().statusCode(200);
    assertThat(response.jsonPath().getList("headers.x-filler")).containsExactly(filler);
  }

  @Test
  void limits_the_http_decoder_would_reach_first_are_refused_at_start() {
    assertThatThrownBy(() -> new RequestHeadLimits(8192, 16384, 8192, 65536))
        .hasMessageContaining("max-uri-length");
    assertThatThrownBy(() -> new RequestHeadLimits(8192, 16384, 65536, 20480))
        .hasMessageContaining("max-header-size");
  }

  private RequestSpecification caller() {
    return given().urlEncodingEnabled(false).auth().oauth2(token);
  }

  private static void assertUriTooLong(Response response) {
    response
        .then()
        .statusCode(414)
        .contentType("application/problem+json")
        .header("X-Request-Id", matchesPattern(".+"))
        .header("X-Content-Type-Options", "nosniff")
        .body("type", equalTo("urn:passerelle:problem:uri-too-long"))
        .body("title", equalTo("Request target too long"))
        .body("status", equalTo(414))
        .body("maxLength", equalTo(MAX_URI_LENGTH))
        .body("detail", matchesPattern(".*at most 8192 are accepted.*"));
  }
}
