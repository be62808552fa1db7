package fr.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.platform.testing.OpenApiLinters;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The document partners read, {@code GET /openapi} on the gateway of the whole stack (every
 * service's real document, merged), as their security teams check it.
 */
class PublishedApiDocumentTest {

  @Test
  void the_merged_document_of_every_service_passes_the_linters_partners_run() {
    String document =
        SystemStack.gateway()
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // Reporting is not part of the local stack yet; every service that is, is in the document.
    assertThat(JsonPath.from(document).getList("x-passerelle-unavailable-services", String.class))
        .doesNotContain("directory", "referral", "prospection");

    OpenApiLinters.Report report = OpenApiLinters.lint(document, OpenApiLinters.Audience.PUBLIC);

    assertThat(report.errors()).as("errors by rule: %s", report.errorCountsByRule()).isEmpty();
  }
}
