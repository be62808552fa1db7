package fr.passerelle.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.util.List;

/**
 * What every service shows of its management port (the platform's defaults): health, metrics and
 * the OpenAPI document there, and nothing of them on the public port the gateway forwards to. A
 * service's test learns the port with {@code @TestHTTPResource(value = "/", management = true)}.
 */
public final class ManagementPort {

  /** The paths only the management port answers. */
  public static final List<String> PATHS =
      List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi");

  private ManagementPort() {}

  /**
   * Checks both sides: the management port (its {@code /q/} root URL) answers each path, the public
   * one (RestAssured's default, the test port) answers 404.
   */
  public static void check(URL managementRoot, URL publicRoot) {
    assertThat(managementRoot.getPort(), greaterThan(0));
    assertThat(managementRoot.getPort(), not(publicRoot.getPort()));
    for (String path : PATHS) {
      given().get(path).then().statusCode(404);
    }
    String base = managementRoot.toString().replaceAll("/$", "");
    given().get(base + "/health/live").then().statusCode(200).body("status", equalTo("UP"));
    // Readiness may be DOWN for a moment after a test that took a server away: 503 then.
    given()
        .get(base + "/health/ready")
        .then()
        .statusCode(anyOf(is(200), is(503)))
        .body("checks", notNullValue());
    given().get(base + "/metrics").then().statusCode(200).body(containsString("# TYPE "));
    given()
        .queryParam("format", "json")
        .get(base + "/openapi")
        .then()
        .statusCode(200)
        .body("openapi", notNullValue());
  }
}
