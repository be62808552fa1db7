package fr.passerelle.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseConformanceTest {

  private static final String DOCUMENT =
      """
      {
        "openapi": "3.1.0",
        "info": {"title": "Test API", "version": "1.0"},
        "paths": {
          "/api/v1/things/{id}": {
            "get": {
              "responses": {
                "200": {
                  "description": "A thing",
                  "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                  }
                }
              }
            }
          },
          "/api/v1/things": {"get": {"responses": {"204": {"description": "Nothing"}}}}
        },
        "components": {
          "schemas": {
            "Thing": {
              "type": "object",
              "properties": {
                "name": {"type": "string", "maxLength": 5},
                "tags": {"type": "array", "maxItems": 1, "items": {"type": "string"}}
              }
            }
          }
        }
      }
      """;

  private final ResponseConformance conformance = ResponseConformance.of(DOCUMENT);

  private java.util.List<String> thing(String body) {
    return conformance.violations(
        "GET", "/api/v1/things/{id}", 200, "application/json;charset=UTF-8", body);
  }

  @Test
  void an_answer_its_schema_allows_has_no_violation() {
    assertThat(thing("{\"name\": \"blue\", \"tags\": [\"a\"]}")).isEmpty();
    assertThat(thing("{}")).as("an absent optional field").isEmpty();
  }

  @Test
  void a_null_where_the_schema_says_string_is_a_violation() {
    assertThat(thing("{\"name\": null}")).singleElement().asString().contains("name");
  }

  @Test
  void an_answer_over_a_bound_is_a_violation() {
    assertThat(thing("{\"name\": \"too long\"}")).hasSize(1);
    assertThat(thing("{\"tags\": [\"a\", \"b\"]}")).hasSize(1);
  }

  @Test
  void an_undocumented_status_or_operation_is_a_violation() {
    assertThat(conformance.violations("GET", "/api/v1/things/{id}", 202, "application/json", "{}"))
        .containsExactly("GET /api/v1/things/{id}: status 202 not documented");
    assertThat(conformance.violations("GET", "/api/v1/other", 200, "application/json", "{}"))
        .containsExactly("GET /api/v1/other: not in the document");
  }

  @Test
  void the_get_operations_not_yet_checked_are_listed() {
    assertThat(conformance.unexercised())
        .containsExactly("GET /api/v1/things", "GET /api/v1/things/{id}");

    thing("{}");
    conformance.violations("GET", "/api/v1/things", 204, null, "");

    assertThat(conformance.unexercised()).isEmpty();
  }
}
