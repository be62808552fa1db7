package fr.passerelle.directory.openapi;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import fr.passerelle.directory.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bounds the document declares are the ones the service enforces: one more is a 400. */
@QuarkusTest
class DocumentedBoundsTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  private JsonPath document() {
    return given().queryParam("format", "json").get(openapi).then().extract().jsonPath();
  }

  @Test
  void a_site_name_at_its_documented_length_is_accepted_and_one_more_is_a_400() {
    int maxLength = document().getInt("components.schemas.SiteRequest.properties.name.maxLength");
    UUID school = Fixtures.school();

    Map<String, Object> atTheBound = Fixtures.siteBody(school, "59350", "59000");
    atTheBound.put("name", "n".repeat(maxLength));
    directoryAdmin().body(atTheBound).post("/api/v1/sites").then().statusCode(201);

    Map<String, Object> over = Fixtures.siteBody(school, "59350", "59000");
    over.put("name", "n".repeat(maxLength + 1));
    directoryAdmin()
        .body(over)
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"));
  }

  @Test
  void a_sector_filter_over_its_documented_length_is_a_400() {
    int maxLength =
        document()
            .getInt(
                "paths.'/api/v1/sites'.get.parameters.find { it.name == 'sector' }"
                    + ".schema.maxLength");

    advisor()
        .queryParam("sector", "s".repeat(maxLength))
        .get("/api/v1/sites")
        .then()
        .statusCode(200);
    advisor()
        .queryParam("sector", "s".repeat(maxLength + 1))
        .get("/api/v1/sites")
        .then()
        .statusCode(400);
  }

  @Test
  void an_if_match_over_its_documented_length_is_a_400() {
    int maxLength =
        document()
            .getInt(
                "paths.'/api/v1/sites/{id}'.put.parameters.find { it.name == 'If-Match' }"
                    + ".schema.maxLength");
    UUID site = Fixtures.site();
    Map<String, Object> body =
        directoryAdmin().get("/api/v1/sites/" + site).then().extract().jsonPath().getMap("$");
    body.remove("id");

    // A stale tag (412 if it were read), one character too long.
    directoryAdmin()
        .header("If-Match", "\"" + "9".repeat(maxLength - 1) + "\"")
        .body(body)
        .put("/api/v1/sites/" + site)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("If-Match"));
  }
}
