package fr.passerelle.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import fr.passerelle.platform.testing.OpenApiLinters;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document at {@code /openapi}, merged from the stand-ins' documents while referral is down,
 * read back with swagger-parser, which resolves every reference.
 */
@QuarkusTest
class MergedOpenApiTest {

  private String json;
  private SwaggerParseResult parsed;

  @BeforeEach
  void read() {
    json =
        given()
            .get("/openapi")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .asString();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed = new OpenAPIParser().readContents(json, null, options);
  }

  @Test
  void the_merged_document_is_a_valid_openapi_document() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI()).isNotNull();
    assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
  }

  @Test
  void it_holds_the_paths_the_gateway_routes_and_only_those() {
    assertThat(parsed.getOpenAPI().getPaths())
        .containsKeys(
            "/api/v1/sites",
            "/api/v1/sites/{id}",
            "/api/v1/prospection/companies",
            "/api/v1/indicators",
            "/api/v1/experiments")
        .doesNotContainKey("/internal/reindex");
  }

  @Test
  void the_gateway_security_replaces_the_services_own_schemes() {
    OpenAPI api = parsed.getOpenAPI();
    Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
    assertThat(schemes).containsOnlyKeys("oauth2", "bearer");
    assertThat(schemes.get("oauth2").getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
    assertThat(schemes.get("oauth2").getFlows().getClientCredentials().getTokenUrl())
        .endsWith("/protocol/openid-connect/token");
    assertThat(schemes.get("bearer").getScheme()).isEqualTo("bearer");
    assertThat(api.getSecurity()).hasSize(2);
    Operation listSites = api.getPaths().get("/api/v1/sites").getGet();
    assertThat(listSites.getSecurity()).isNull();
  }

  @Test
  void a_component_name_two_services_use_differently_is_kept_apart() {
    var schemas = parsed.getOpenAPI().getComponents().getSchemas();
    assertThat(schemas).containsKeys("Contact", "prospection_Contact", "Problem", "Company");
    assertThat(schemas.get("Contact").getProperties()).containsOnlyKeys("phone");
    assertThat(schemas.get("prospection_Contact").getProperties()).containsKeys("role", "email");
    assertThat(json).contains("\"$ref\":\"#/components/schemas/prospection_Contact\"");
  }

  @Test
  void a_service_that_is_down_is_left_out_and_the_document_says_so() {
    assertThat(parsed.getOpenAPI().getInfo().getDescription())
        .contains("Not included because the service did not answer: referral");
    assertThat(parsed.getOpenAPI().getExtensions())
        .containsEntry(OpenApiMerger.UNAVAILABLE_EXTENSION, List.of("referral"));
  }

  @Test
  void operations_of_restricted_routes_name_the_roles_they_need() {
    Operation indicators = parsed.getOpenAPI().getPaths().get("/api/v1/indicators").getGet();
    assertThat(indicators.getExtensions())
        .containsKey(OpenApiMerger.ROLES_EXTENSION)
        .extractingByKey(OpenApiMerger.ROLES_EXTENSION)
        .asList()
        .containsExactlyInAnyOrder("steering", "admin", "pe-advisor", "e2c-staff");
  }

  @Test
  void swagger_ui_is_served_on_the_merged_document() {
    given()
        .get("/swagger-ui")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("/openapi"));
  }

  @Test
  void every_operation_documents_the_rate_limit_the_gateway_applies() {
    OpenAPI api = parsed.getOpenAPI();
    for (PathItem item : api.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        ApiResponse tooMany = resolve(api, operation.getResponses().get("429"));
        assertThat(tooMany.getContent()).containsKey("application/problem+json");
        assertThat(tooMany.getHeaders()).containsKeys("Retry-After", "RateLimit-Limit");
        operation
            .getResponses()
            .forEach(
                (status, response) -> {
                  if (status.startsWith("2") || status.startsWith("4")) {
                    assertThat(resolve(api, response).getHeaders())
                        .as(operation.getOperationId() + " " + status)
                        .containsKeys(
                            "RateLimit-Limit",
                            "RateLimit-Remaining",
                            "RateLimit-Reset",
                            "RateLimit-Policy",
                            "Access-Control-Allow-Origin");
                  }
                });
      }
    }
  }

  private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
    String ref = response.get$ref();
    return ref == null
        ? response
        : api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  @Test
  void the_server_and_the_token_rules_are_the_gateway_s() {
    OpenAPI api = parsed.getOpenAPI();
    assertThat(api.getServers()).hasSize(1);
    assertThat(api.getServers().get(0).getUrl()).isEqualTo("/");
    assertThat(api.getServers().get(0).getExtensions()).containsEntry("x-internal", false);
    assertThat(api.getComponents().getSecuritySchemes().values())
        .allSatisfy(
            scheme ->
                assertThat(scheme.getDescription()).contains("RFC8725", "5 minutes", "audience"));
  }

  @Test
  void an_operation_id_two_services_use_is_kept_apart() {
    assertThat(
            parsed
                .getOpenAPI()
                .getPaths()
                .get("/api/v1/prospection/companies")
                .getGet()
                .getOperationId())
        .isEqualTo("prospectionList");
  }

  /** Spectral (oas + OWASP) and Redocly (recommended), as partners' security teams run them. */
  @Test
  void the_merged_document_passes_the_linters_partners_run() {
    OpenApiLinters.Report report = OpenApiLinters.lint(json, OpenApiLinters.Audience.PUBLIC);

    assertThat(report.errors()).as("errors by rule: %s", report.errorCountsByRule()).isEmpty();
  }

  @Test
  void components_only_unrouted_paths_use_are_left_out() {
    assertThat(parsed.getOpenAPI().getComponents().getSchemas())
        .doesNotContainKey("ReindexReport")
        .containsKey("Site");
  }
}
