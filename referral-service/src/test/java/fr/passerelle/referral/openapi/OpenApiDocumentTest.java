package fr.passerelle.referral.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

  @Test
  void the_document_is_valid_and_every_operation_is_described_with_its_problems() {
    String document =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);
    assertThat(parsed.getMessages()).isEmpty();
    OpenAPI api = parsed.getOpenAPI();

    assertThat(api.getPaths())
        .containsKeys(
            "/api/v1/referrals",
            "/api/v1/referrals/bulk",
            "/api/v1/referrals/changes",
            "/api/v1/referrals/{id}/invitation",
            "/api/v1/referrals/{id}/erasure");
    api.getPaths()
        .forEach(
            (path, item) -> {
              for (Map.Entry<?, Operation> entry : item.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                assertThat(operation.getSummary()).as(path).isNotBlank();
                assertThat(operation.getDescription()).as(path).isNotBlank();
                assertThat(operation.getResponses().keySet()).as(path).contains("401");
              }
            });
    assertThat(List.of(api.getComponents().getSchemas().keySet().toArray()))
        .contains("Problem", "Referral", "ReferralSubmission");
  }
}
