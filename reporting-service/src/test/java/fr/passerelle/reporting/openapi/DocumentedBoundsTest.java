package fr.passerelle.reporting.openapi;

import static fr.passerelle.platform.testing.Callers.withRole;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  void an_experiment_title_one_character_over_its_documented_length_is_a_400() {
    int maxLength =
        document().getInt("components.schemas.ExperimentRequest.properties.title.maxLength");
    Map<String, Object> body = new HashMap<>();
    body.put("title", "t".repeat(maxLength + 1));
    body.put("description", "Une session par mois dans l'agence.");
    body.put(
        "territory",
        Map.of("departmentCodes", List.of("59"), "siteIds", List.of(), "agencySafirs", List.of()));
    body.put("partners", List.of());
    body.put("responsible", "Chargé de mission");
    body.put("startsOn", "2026-01-05");
    body.put("endsOn", "2026-06-30");
    body.put("objectives", List.of("SECURE_PATH"));

    withRole("steering")
        .body(body)
        .post("/api/v1/experiments")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("title"));
  }

  @Test
  void targets_one_over_their_documented_count_are_a_400() {
    int maxItems =
        document().getInt("components.schemas.ScorecardTargetsUpdate.properties.targets.maxItems");
    List<Map<String, Object>> targets = new ArrayList<>();
    for (int i = 0; i <= maxItems; i++) {
      targets.add(Map.of("indicator", "funnel.submitted", "value", BigDecimal.ONE));
    }

    withRole("steering")
        .header("If-Match", "\"0\"")
        .body(Map.of("targets", targets))
        .put("/api/v1/indicators/targets/3")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("targets"));
  }
}
