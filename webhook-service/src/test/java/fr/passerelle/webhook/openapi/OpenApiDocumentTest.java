package fr.passerelle.webhook.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.platform.testing.OpenApiConventions;
import fr.passerelle.platform.testing.OpenApiLinters;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The published API document (on the management port, where the gateway reads it) is valid and
 * documents every operation fully.
 */
@QuarkusTest
class OpenApiDocumentTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  @Test
  void the_document_is_valid_and_every_operation_is_described_with_its_problems() {
    String document =
        given().accept("application/json").get(openapi).then().statusCode(200).extract().asString();

    assertThat(OpenApiConventions.violations(document)).isEmpty();
    OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
    assertThat(api.getPaths())
        .containsKeys(
            "/api/v1/webhooks/subscriptions",
            "/api/v1/webhooks/subscriptions/{id}",
            "/api/v1/webhooks/subscriptions/{id}/secret-rotation",
            "/api/v1/webhooks/subscriptions/{id}/deliveries",
            "/api/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}",
            "/api/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}/redelivery",
            "/api/v1/webhooks/subscriptions/{id}/redeliveries",
            "/api/v1/webhooks/subscriptions/{id}/ping");
    assertThat(api.getComponents().getSchemas())
        .containsKeys(
            "Problem",
            "SubscriptionRequest",
            "Subscription",
            "CreatedSubscription",
            "RotatedSecret",
            "Delivery",
            "DeliveryDetail",
            "PingResult");
  }

  /** Spectral (oas + OWASP) and Redocly (recommended), as partners' security teams run them. */
  @Test
  void the_document_passes_the_linters_partners_run() {
    String document =
        given().accept("application/json").get(openapi).then().statusCode(200).extract().asString();

    OpenApiLinters.Report report = OpenApiLinters.lint(document, OpenApiLinters.Audience.SERVICE);

    assertThat(report.errors()).as("errors by rule: %s", report.errorCountsByRule()).isEmpty();
  }
}
