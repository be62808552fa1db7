package fr.passerelle.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.platform.testapp.WidgetResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyKeyTest {

  @Inject AgroalDataSource dataSource;

  private static final String BODY = "{\"name\": \"blue\", \"romeCodes\": [\"K2111\"]}";

  @Test
  void the_same_key_and_body_return_the_stored_response_without_a_second_change() {
    String key = UUID.randomUUID().toString();
    int before = WidgetResource.CREATED.get();

    Response first = post(key, BODY);
    Response again = post(key, "{ \"romeCodes\" : [\"K2111\"], \"name\" : \"blue\" }");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
    assertThat(WidgetResource.CREATED.get()).isEqualTo(before + 1);
  }

  @Test
  void the_same_key_with_another_body_is_422() {
    String key = UUID.randomUUID().toString();
    post(key, BODY).then().statusCode(201);

    post(key, "{\"name\": \"green\"}")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:idempotency-key-reused"));
  }

  @Test
  void the_same_key_while_the_first_request_runs_is_409() {
    String key = UUID.randomUUID().toString();
    CountDownLatch gate = new CountDownLatch(1);
    WidgetResource.gate = gate;
    try {
      CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(key, BODY));
      await().atMost(Duration.ofSeconds(10)).until(() -> post(key, BODY).statusCode() == 409);
      post(key, BODY)
          .then()
          .statusCode(409)
          .body("type", equalTo("urn:passerelle:problem:idempotency-key-in-use"));
      gate.countDown();
      assertThat(first.join().statusCode()).isEqualTo(201);
    } finally {
      WidgetResource.gate = new CountDownLatch(0);
    }
    post(key, BODY).then().statusCode(201).header("Idempotent-Replayed", "true");
  }

  @Test
  void a_failed_request_frees_its_key_for_a_retry() {
    String key = UUID.randomUUID().toString();
    post(key, "{\"name\": \"taken\"}").then().statusCode(409);

    post(key, "{\"name\": \"taken\"}")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:passerelle:problem:conflict"));
  }

  @Test
  void a_key_past_its_retention_or_left_in_progress_by_an_earlier_version_is_used_again()
      throws Exception {
    String expired = UUID.randomUUID().toString();
    post(expired, BODY).then().statusCode(201);
    update("UPDATE idempotency_record SET created_at = now() - interval '2 days'", expired);
    String inProgress = UUID.randomUUID().toString();
    post(inProgress, BODY).then().statusCode(201);
    update(
        "UPDATE idempotency_record SET status = 'IN_PROGRESS', response_status = NULL,"
            + " response_headers = NULL, response_body = NULL",
        inProgress);
    int before = WidgetResource.CREATED.get();

    Response afterRetention = post(expired, "{\"name\": \"green\"}");
    Response afterInProgress = post(inProgress, BODY);

    assertThat(afterRetention.statusCode()).isEqualTo(201);
    assertThat(afterRetention.header("Idempotent-Replayed")).isNull();
    assertThat(afterInProgress.statusCode()).isEqualTo(201);
    assertThat(afterInProgress.header("Idempotent-Replayed")).isNull();
    assertThat(WidgetResource.CREATED.get()).isEqualTo(before + 2);
    post(expired, "{\"name\": \"green\"}")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(afterRetention.jsonPath().getString("id")));
  }

  @Test
  void keys_of_two_callers_do_not_collide_and_a_bad_key_is_refused() {
    post("   ", BODY)
        .then()
        .statusCode(400)
        .body("detail", equalTo("Idempotency-Key must be 1 to 255 visible ASCII characters"));
    given().contentType("application/json").body(BODY).post("/widgets").then().statusCode(201);
  }

  private void update(String sql, String key) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(sql + " WHERE idempotency_key = ?")) {
      update.setString(1, key);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static Response post(String key, String body) {
    return given()
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(body)
        .post("/widgets");
  }
}
