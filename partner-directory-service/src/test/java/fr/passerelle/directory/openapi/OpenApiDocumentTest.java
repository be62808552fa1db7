package fr.passerelle.directory.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published API document is valid and documents every operation fully. */
@QuarkusTest
class OpenApiDocumentTest {

  @Test
  void the_document_is_valid_openapi_and_every_operation_is_documented() {
    String document =
        given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);
    assertThat(parsed.getMessages()).isEmpty();
    OpenAPI api = parsed.getOpenAPI();
    assertThat(api.getComponents().getSecuritySchemes()).isNotEmpty();

    List<String> gaps = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        String where = entry.getKey() + " " + path.getKey();
        Operation operation = entry.getValue();
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
          gaps.add(where + ": no summary");
        }
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
          gaps.add(where + ": no description");
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
          gaps.add(where + ": no security requirement");
        }
        for (String status : List.of("400", "401", "403", "500")) {
          if (!operation.getResponses().containsKey(status)
              || operation.getResponses().get(status).getContent().get("application/problem+json")
                  == null) {
            gaps.add(where + ": no problem+json " + status);
          }
        }
      }
    }
    assertThat(gaps).isEmpty();
    assertThat(api.getPaths())
        .containsKeys("/api/v1/sites", "/api/v1/sites/nearby", "/api/v1/imports");
  }

  @Test
  void request_bodies_carry_examples() {
    String document = given().get("/q/openapi?format=json").then().extract().asString();
    OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();

    io.swagger.v3.oas.models.media.Schema<?> siteRequest =
        api.getComponents().getSchemas().get("SiteRequest");
    io.swagger.v3.oas.models.media.Schema<?> communeCode =
        (io.swagger.v3.oas.models.media.Schema<?>) siteRequest.getProperties().get("communeCode");
    assertThat(String.valueOf(communeCode.getExamples())).isEqualTo("[59350]");
  }
}
