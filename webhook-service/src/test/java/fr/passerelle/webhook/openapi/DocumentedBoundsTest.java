package fr.passerelle.webhook.openapi;

import static fr.passerelle.platform.testing.Callers.partner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds the document declares are the ones the service enforces: one more is a 400. */
@QuarkusTest
class DocumentedBoundsTest {

  private static final String PATH = "/api/v1/webhooks/subscriptions";
  private static final String URL = "https://partner.example/webhooks";
  private static final String DIRECTORY = "fr.passerelle.directory.*";
  private static final String REQUEST = "components.schemas.SubscriptionRequest.properties.";

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  private JsonPath document() {
    return given().queryParam("format", "json").get(openapi).then().extract().jsonPath();
  }

  @Test
  void a_url_one_character_over_its_documented_length_is_a_400() {
    int maxLength = document().getInt(REQUEST + "url.maxLength");
    String url = URL + "/" + "a".repeat(maxLength - URL.length());

    partner()
        .body(Map.of("url", url, "eventTypes", List.of(DIRECTORY)))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("url"));
  }

  @Test
  void a_description_one_character_over_its_documented_length_is_a_400() {
    int maxLength = document().getInt(REQUEST + "description.maxLength");

    partner()
        .body(
            Map.of(
                "url",
                URL,
                "eventTypes",
                List.of(DIRECTORY),
                "description",
                "d".repeat(maxLength + 1)))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("description"));
  }

  @Test
  void event_types_one_over_their_documented_count_are_a_400() {
    int maxItems = document().getInt(REQUEST + "eventTypes.maxItems");
    List<String> eventTypes = new ArrayList<>();
    for (int i = 0; i <= maxItems; i++) {
      eventTypes.add(DIRECTORY);
    }

    partner()
        .body(Map.of("url", URL, "eventTypes", eventTypes))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("eventTypes"));
  }

  @Test
  void an_event_type_one_character_over_its_documented_length_is_a_400() {
    int maxLength = document().getInt(REQUEST + "eventTypes.items.maxLength");
    String prefix = "fr.passerelle.directory.";
    String eventType = prefix + "a".repeat(maxLength + 1 - prefix.length());

    partner()
        .body(Map.of("url", URL, "eventTypes", List.of(eventType)))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", startsWith("eventTypes"));
  }
}
