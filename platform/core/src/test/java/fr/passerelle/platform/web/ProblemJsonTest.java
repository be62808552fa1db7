package fr.passerelle.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.passerelle.platform.testapp.LockResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemJsonTest {

  @Test
  void invalid_fields_are_listed_with_their_paths() {
    given()
        .contentType("application/json")
        .body(
            """
            {"name": "", "romeCodes": ["K2111", "Z9999"], "address": {"street": "1 rue", "postalCode": "00100"}}
            """)
        .post("/widgets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:validation"))
        .body("status", equalTo(400))
        .body("instance", equalTo("/widgets"))
        .body("errors.field", hasItems("name", "romeCodes[1]", "address.postalCode"))
        .body(
            "errors.find { it.field == 'address.postalCode' }.message",
            not(containsString("00100")));
  }

  @Test
  void a_missing_body_is_a_validation_problem() {
    given()
        .contentType("application/json")
        .post("/widgets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:validation"));
  }

  @Test
  void malformed_json_says_where_it_broke() {
    given()
        .contentType("application/json")
        .body("{\"name\": \"blue\",\n \"romeCodes\": [\"K2111\" oops")
        .post("/widgets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:malformed-json"))
        .body("detail", containsString("line 2"));
  }

  @Test
  void a_value_of_the_wrong_type_names_the_field() {
    given()
        .contentType("application/json")
        .body("{\"name\": \"blue\", \"romeCodes\": {\"not\": \"a list\"}}")
        .post("/widgets")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:passerelle:problem:malformed-json"))
        .body("detail", containsString("romeCodes"));
  }

  @Test
  void an_unknown_resource_is_not_found() {
    given()
        .get("/widgets/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:not-found"))
        .body("title", equalTo("Not found"));
  }

  @Test
  void an_unknown_path_is_not_found() {
    given()
        .get("/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void a_conflict_carries_its_extension_members() {
    given()
        .contentType("application/json")
        .body("{\"name\": \"taken\"}")
        .post("/widgets")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:conflict"))
        .body("name", equalTo("taken"));
  }

  @Test
  void a_broken_business_rule_is_422_with_its_code() {
    given()
        .contentType("application/json")
        .body("{\"name\": \"forbidden\"}")
        .post("/widgets")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:passerelle:problem:rule-violated"))
        .body("code", equalTo("name-reserved"));
  }

  @Test
  void a_stale_version_is_412_and_a_missing_one_428() {
    String id =
        given()
            .contentType("application/json")
            .body("{\"name\": \"versioned\"}")
            .post("/widgets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    given()
        .contentType("application/json")
        .header("If-Match", "\"7\"")
        .body("{\"name\": \"v2\"}")
        .put("/widgets/" + id)
        .then()
        .statusCode(412)
        .body("type", equalTo("urn:passerelle:problem:stale-version"))
        .body("currentVersion", equalTo(1));
    given()
        .contentType("application/json")
        .body("{\"name\": \"v2\"}")
        .put("/widgets/" + id)
        .then()
        .statusCode(428)
        .body("type", equalTo("urn:passerelle:problem:precondition-required"));
  }

  @Test
  void an_unsupported_media_type_is_415() {
    given()
        .contentType("text/plain")
        .body("name=blue")
        .post("/widgets")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:unsupported-media-type"));
  }

  @Test
  void a_wrong_method_is_405() {
    given()
        .delete("/widgets/" + UUID.randomUUID())
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:method-not-allowed"));
  }

  @Test
  void an_unexpected_failure_is_500_with_a_reference_and_no_internals() {
    given()
        .get("/widgets/boom")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:internal"))
        .body("referenceId", notNullValue())
        .body("detail", not(containsString("hunter2")))
        .body("stackTrace", nullValue())
        .body(not(containsString("IllegalStateException")));
  }

  @Test
  void two_requests_deadlocked_in_the_database_give_one_success_and_one_503_to_retry() {
    LockResource.firstLocksTaken = new CountDownLatch(2);
    try {
      CompletableFuture<Response> oneThenTwo =
          CompletableFuture.supplyAsync(() -> given().post("/locks/1601/then/1602"));
      CompletableFuture<Response> twoThenOne =
          CompletableFuture.supplyAsync(() -> given().post("/locks/1602/then/1601"));
      List<Response> answers = List.of(oneThenTwo.join(), twoThenOne.join());

      assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(204, 503);
      Response refused =
          answers.stream().filter(answer -> answer.statusCode() == 503).findFirst().orElseThrow();
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.header("Retry-After")).isEqualTo("1");
      assertThat(refused.jsonPath().getString("type"))
          .isEqualTo("urn:passerelle:problem:unavailable");
      assertThat(refused.asString()).doesNotContain("deadlock", "Exception", "referenceId");
    } finally {
      LockResource.firstLocksTaken = new CountDownLatch(0);
    }
  }

  @Test
  void an_out_of_range_query_parameter_is_named() {
    given()
        .get("/widgets?limit=1000")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
  }
}
