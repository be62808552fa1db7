package fr.passerelle.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdAndPaginationTest {

  @Test
  void a_caller_request_id_is_echoed() {
    given()
        .header("X-Request-Id", "partner-42.abc")
        .get("/widgets")
        .then()
        .statusCode(200)
        .header("X-Request-Id", "partner-42.abc");
  }

  @Test
  void a_missing_or_unsafe_request_id_is_replaced_by_a_new_one() {
    given().get("/widgets").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    given()
        .header("X-Request-Id", "bad id\twith spaces")
        .get("/no-such-path")
        .then()
        .statusCode(404)
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  void pages_follow_each_other_without_gaps_or_repeats() {
    for (int i = 0; i < 7; i++) {
      given()
          .contentType("application/json")
          .body("{\"name\": \"paged-" + i + "\"}")
          .post("/widgets")
          .then()
          .statusCode(201);
    }
    List<String> all = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    String lastPage;
    do {
      lastPage =
          given()
              .queryParam("limit", 3)
              .queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", cursor))
              .get("/widgets")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      var page = new JsonPath(lastPage);
      List<String> ids = page.getList("items.id");
      assertThat(ids).hasSizeLessThanOrEqualTo(3);
      all.addAll(ids);
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 100);

    // The last page has no cursor at all, not "nextCursor": null (the platform omits absent
    // values).
    assertThat(lastPage).doesNotContain("nextCursor");
    Set<String> distinct = new HashSet<>(all);
    assertThat(distinct).hasSize(all.size());
    assertThat(all).hasSizeGreaterThanOrEqualTo(7);
    assertThat(all).isSorted();
  }

  @Test
  void a_forged_cursor_is_a_400() {
    given()
        .queryParam("cursor", "not-a-cursor")
        .get("/widgets")
        .then()
        .statusCode(400)
        .body("detail", equalTo("cursor is not valid for this list"));
  }
}
