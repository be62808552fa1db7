package fr.passerelle.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

  /** One operation documented as the conventions ask, in YAML; {@code %s} marks what varies. */
  private static final String DOCUMENT =
      """
      openapi: 3.1.0
      info:
        title: Test API
        version: "1.0"
        description: What the test API does.
      servers:
        - url: http://127.0.0.1:8080
          description: The service itself, local
          x-internal: true
      tags:
        - name: Things
          description: The things
      paths:
        /api/v1/things:
          get:
            tags: [Things]
            operationId: thingList
            summary: List things
            description: Oldest first.
            security:
              - bearer: [%s]
            responses:
              "200":
                description: A page of things
      %s
      components:
        securitySchemes:
          bearer:
            type: http
            scheme: bearer
            bearerFormat: JWT
        schemas:
          Problem:
            type: object
        responses:
          Gone:
            description: Gone
            content:
              application/problem+json:
                schema:
                  $ref: "#/components/schemas/Problem"
      """;

  private static final String PROBLEMS =
      problem("400") + problem("401") + problem("403") + problem("500");

  /** A response under the operation's {@code responses}, indented as {@link #DOCUMENT} needs. */
  private static String response(String status, String... lines) {
    StringBuilder yaml = new StringBuilder("        \"" + status + "\":\n");
    for (String line : lines) {
      yaml.append("          ").append(line).append('\n');
    }
    return yaml.toString();
  }

  private static String problem(String status) {
    return response(
        status,
        "description: A problem",
        "content:",
        "  application/problem+json:",
        "    schema:",
        "      $ref: \"#/components/schemas/Problem\"");
  }

  private static String document(String roles, String responses) {
    return DOCUMENT.formatted(roles, responses.stripTrailing());
  }

  @Test
  void a_document_that_follows_every_convention_has_no_violation() {
    assertThat(OpenApiConventions.violations(document("pe-advisor", PROBLEMS))).isEmpty();
  }

  @Test
  void an_error_answer_may_refer_to_a_shared_problem_response() {
    String gone = response("410", "$ref: \"#/components/responses/Gone\"");
    assertThat(OpenApiConventions.violations(document("pe-advisor", PROBLEMS + gone))).isEmpty();
  }

  @Test
  void text_that_is_not_openapi_is_a_violation() {
    assertThat(OpenApiConventions.violations("{\"hello\": \"world\"}")).isNotEmpty();
  }

  @Test
  void an_operation_without_summary_description_or_tag_is_reported() {
    String bare =
        document("pe-advisor", PROBLEMS)
            .replace("      tags: [Things]\n", "")
            .replace("      summary: List things\n", "")
            .replace("      description: Oldest first.\n", "");

    assertThat(OpenApiConventions.violations(bare))
        .containsExactlyInAnyOrder(
            "GET /api/v1/things: no summary",
            "GET /api/v1/things: no description",
            "GET /api/v1/things: no tag");
  }

  @Test
  void a_tag_used_without_a_declared_description_is_reported() {
    String undescribed =
        document("pe-advisor", PROBLEMS).replace("    description: The things\n", "");

    assertThat(OpenApiConventions.violations(undescribed))
        .containsExactly("GET /api/v1/things: tag 'Things' not declared with a description");
  }

  @Test
  void an_operation_that_names_no_role_is_reported() {
    assertThat(OpenApiConventions.violations(document("", PROBLEMS)))
        .containsExactly("GET /api/v1/things: no role named for security scheme 'bearer'");
  }

  @Test
  void an_operation_without_security_is_reported() {
    String open =
        document("pe-advisor", PROBLEMS)
            .replace("      security:\n        - bearer: [pe-advisor]\n", "");

    assertThat(OpenApiConventions.violations(open))
        .containsExactly("GET /api/v1/things: no security requirement");
  }

  @Test
  void a_document_without_security_scheme_is_reported() {
    String unsecured =
        document("pe-advisor", PROBLEMS)
            .replace(
                "  securitySchemes:\n    bearer:\n      type: http\n      scheme: bearer\n"
                    + "      bearerFormat: JWT\n",
                "");

    assertThat(OpenApiConventions.violations(unsecured))
        .contains(
            "components: no security scheme",
            "GET /api/v1/things: security scheme 'bearer' not declared");
  }

  @Test
  void every_missing_problem_answer_is_reported() {
    assertThat(OpenApiConventions.violations(document("pe-advisor", problem("401"))))
        .containsExactlyInAnyOrder(
            "GET /api/v1/things: no problem+json 400",
            "GET /api/v1/things: no problem+json 403",
            "GET /api/v1/things: no problem+json 500");
  }

  @Test
  void an_error_answer_that_is_not_a_problem_is_reported() {
    String plain =
        response(
            "503",
            "description: Unavailable",
            "content:",
            "  text/plain:",
            "    schema:",
            "      type: string",
            "      maxLength: 100");

    assertThat(OpenApiConventions.violations(document("pe-advisor", PROBLEMS + plain)))
        .containsExactly("GET /api/v1/things: no problem+json 503");
  }

  @Test
  void a_document_without_title_or_description_is_reported() {
    String anonymous =
        document("pe-advisor", PROBLEMS)
            .replace("  title: Test API\n", "  title: \"\"\n")
            .replace("  description: What the test API does.\n", "");

    assertThat(OpenApiConventions.violations(anonymous))
        .contains("info: no title", "info: no description");
  }

  @Test
  void unbounded_strings_integers_and_arrays_are_reported_in_requests_and_answers() {
    String unbounded =
        document("pe-advisor", PROBLEMS)
            .replace(
                "    Problem:\n      type: object\n",
                """
                    Problem:
                      type: object
                      properties:
                        title:
                          type: string
                        status:
                          type: integer
                        errors:
                          type: array
                          items:
                            type: string
                            maxLength: 200
                        kind:
                          type: string
                          enum: [one, two]
                        detail:
                          type: [string, "null"]
                          maxLength: 2000
                """
                    .indent(2))
            .replace(
                "      security:\n",
                """
                      parameters:
                        - name: q
                          in: query
                          schema:
                            type: string
                      security:
                """);

    assertThat(OpenApiConventions.violations(unbounded))
        .containsExactlyInAnyOrder(
            "schema Problem.title: string without maxLength",
            "schema Problem.status: integer without minimum",
            "schema Problem.status: integer without maximum",
            "schema Problem.errors: array without maxItems",
            "GET /api/v1/things parameter q: string without maxLength");
  }

  @Test
  void an_operation_without_operation_id_is_reported() {
    String anonymous =
        document("pe-advisor", PROBLEMS).replace("      operationId: thingList\n", "");

    assertThat(OpenApiConventions.violations(anonymous))
        .containsExactly("GET /api/v1/things: no operationId");
  }

  @Test
  void two_operations_with_one_operation_id_are_reported() {
    String twice =
        document("pe-advisor", PROBLEMS)
            .replace(
                "paths:\n  /api/v1/things:\n",
                "paths:\n  /api/v1/things:\n    post:\n      operationId: thingList\n      responses: {}\n");

    assertThat(OpenApiConventions.violations(twice))
        .contains("POST /api/v1/things: operationId 'thingList' also names GET /api/v1/things");
  }

  @Test
  void a_role_no_token_carries_is_reported() {
    assertThat(OpenApiConventions.violations(document("directory-reader", PROBLEMS)))
        .containsExactly(
            "GET /api/v1/things: role 'directory-reader' is not a realm role (no token has it)");
  }

  @Test
  void a_document_without_servers_or_with_an_undescribed_one_is_reported() {
    String serverless =
        document("pe-advisor", PROBLEMS)
            .replace(
                "servers:\n  - url: http://127.0.0.1:8080\n    description: The service itself, local\n"
                    + "    x-internal: true\n",
                "");
    String undescribed =
        document("pe-advisor", PROBLEMS)
            .replace("    description: The service itself, local\n    x-internal: true\n", "");

    // Without servers, the parser gives the document its default one, "/", undescribed.
    assertThat(OpenApiConventions.violations(serverless))
        .containsExactly("server /: no description", "server /: no x-internal (true or false)");
    assertThat(OpenApiConventions.violations(undescribed))
        .containsExactlyInAnyOrder(
            "server http://127.0.0.1:8080: no description",
            "server http://127.0.0.1:8080: no x-internal (true or false)");
  }
}
