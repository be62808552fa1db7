package fr.passerelle.directory.site;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.referralService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import fr.passerelle.directory.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SitesTest {

  @Test
  void a_new_site_gets_department_region_and_coordinates_from_its_commune() {
    UUID school = Fixtures.school();
    Map<String, Object> body = Fixtures.siteBody(school, "2A004", "20000");

    directoryAdmin()
        .body(body)
        .post("/api/v1/sites")
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("departmentCode", equalTo("2A"))
        .body("regionCode", equalTo("94"))
        .body("latitude", closeTo(41.93, 0.1))
        .body("longitude", closeTo(8.74, 0.1))
        .body("status", equalTo("ACTIVE"));
  }

  @Test
  void given_coordinates_are_kept() {
    Map<String, Object> body = Fixtures.siteBody(Fixtures.school(), "59350", "59000");
    body.put("latitude", 50.6292);
    body.put("longitude", 3.0573);

    directoryAdmin()
        .body(body)
        .post("/api/v1/sites")
        .then()
        .statusCode(201)
        .body("latitude", closeTo(50.6292, 0.00001))
        .body("departmentCode", equalTo("59"));
  }

  @Test
  void invalid_fields_are_all_reported() {
    Map<String, Object> body = Fixtures.siteBody(Fixtures.school(), "20004", "00100");
    body.put("phone", "03 20 12 34 56");
    body.put("openingHours", "every day at nine");
    body.put("email", "not-an-email");

    directoryAdmin()
        .body(body)
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            hasItems("communeCode", "postalCode", "phone", "openingHours", "email"));
  }

  @Test
  void an_unknown_commune_or_a_foreign_postal_code_is_a_rule_violation() {
    UUID school = Fixtures.school();
    directoryAdmin()
        .body(Fixtures.siteBody(school, "59999", "59000"))
        .post("/api/v1/sites")
        .then()
        .statusCode(422)
        .body("code", equalTo("unknown-commune"));
    directoryAdmin()
        .body(Fixtures.siteBody(school, "59350", "75001"))
        .post("/api/v1/sites")
        .then()
        .statusCode(422)
        .body("code", equalTo("postal-code-mismatch"));
  }

  @Test
  void a_duplicate_code_is_a_conflict() {
    Map<String, Object> body = Fixtures.siteBody(Fixtures.school(), "59350", "59000");
    directoryAdmin().body(body).post("/api/v1/sites").then().statusCode(201);

    directoryAdmin().body(body).post("/api/v1/sites").then().statusCode(409);
  }

  @Test
  void an_update_needs_the_current_version() {
    UUID school = Fixtures.school();
    Map<String, Object> body = Fixtures.siteBody(school, "59350", "59000");
    String id = Fixtures.site(body).toString();
    body.put("name", "Renamed site");

    directoryAdmin().body(body).put("/api/v1/sites/" + id).then().statusCode(428);
    directoryAdmin()
        .header("If-Match", "\"7\"")
        .body(body)
        .put("/api/v1/sites/" + id)
        .then()
        .statusCode(412);
    directoryAdmin()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/sites/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Renamed site"));
    directoryAdmin().get("/api/v1/sites/" + id).then().statusCode(200).header("ETag", "\"1\"");
  }

  @Test
  void lists_filter_by_department_status_and_sector() {
    UUID school = Fixtures.school();
    Map<String, Object> suspended = Fixtures.siteBody(school, "13201", "13001");
    suspended.put("status", "SUSPENDED");
    suspended.put("sectors", java.util.List.of("batiment"));
    directoryAdmin().body(suspended).post("/api/v1/sites").then().statusCode(201);
    Fixtures.site("13201", "13001");

    directoryAdmin()
        .queryParam("department", "13")
        .queryParam("status", "SUSPENDED")
        .get("/api/v1/sites")
        .then()
        .statusCode(200)
        .body("items.departmentCode", everyItem(equalTo("13")))
        .body("items.status", everyItem(equalTo("SUSPENDED")));
    directoryAdmin()
        .queryParam("sector", "batiment")
        .get("/api/v1/sites")
        .then()
        .statusCode(200)
        .body("items.sectors", everyItem(hasItems("batiment")));
  }

  @Test
  void a_site_with_free_seats_soon_is_found_by_that_filter() {
    UUID withSeats = Fixtures.site("62041", "62000");
    UUID withoutSessions = Fixtures.site("62041", "62000");
    UUID withAFullSession = Fixtures.site("62041", "62000");
    UUID withACancelledSession = Fixtures.site("62041", "62000");
    UUID withALaterSession = Fixtures.site("62041", "62000");
    Fixtures.session(withSeats, 5, 10);
    UUID full = Fixtures.session(withAFullSession, 1, 10);
    referralService()
        .put("/api/v1/sessions/" + full + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(201);
    UUID cancelled = Fixtures.session(withACancelledSession, 5, 10);
    directoryAdmin().post("/api/v1/sessions/" + cancelled + "/cancel").then().statusCode(200);
    Fixtures.session(withALaterSession, 5, 40);

    String found =
        directoryAdmin()
            .queryParam("department", "62")
            .queryParam("freeSeatsWithinDays", 30)
            .queryParam("limit", 100)
            .get("/api/v1/sites")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(found)
        .contains(withSeats.toString())
        .doesNotContain(
            withoutSessions.toString(),
            withAFullSession.toString(),
            withACancelledSession.toString(),
            withALaterSession.toString());
  }

  @Test
  void a_list_walks_every_site_once_in_id_order_each_written_as_it_reads_alone() {
    UUID school = Fixtures.school();
    Map<String, Object> bare = Fixtures.siteBody(school, "2B033", "20200");
    bare.remove("openingHours");
    bare.put("sectors", List.of());
    Map<String, Object> full = Fixtures.siteBody(school, "2B096", "20250");
    full.putAll(
        Map.of(
            "phone", "+33495123456",
            "email", "corte@e2c.example",
            "accessibility", "Step-free access",
            "yearlyCapacity", 80,
            "latitude", 42.3,
            "longitude", 9.15,
            "status", "SUSPENDED"));
    String bareId = create(bare);
    String fullId = create(full);

    assertThat(walkDepartment("2B")).contains(bareId, fullId).doesNotHaveDuplicates().isSorted();
    assertThat(walkDepartment("2B")).as("read again").contains(bareId, fullId);
    full.put("name", "Renamed in Corte");
    directoryAdmin()
        .header("If-Match", "\"0\"")
        .body(full)
        .put("/api/v1/sites/" + fullId)
        .then()
        .statusCode(200);
    assertThat(walkDepartment("2B")).contains(bareId, fullId);
    assertThat(
            directoryAdmin()
                .queryParam("department", "2B")
                .queryParam("limit", 100)
                .get("/api/v1/sites")
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.id == '" + fullId + "' }.name"))
        .isEqualTo("Renamed in Corte");
  }

  /**
   * The ids of the department's sites, a page of one at a time; each page is checked to be, byte
   * for byte, the site as {@code GET /sites/{id}} writes it in a page's envelope.
   */
  private static List<String> walkDepartment(String department) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      var request = directoryAdmin().queryParam("department", department).queryParam("limit", 1);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      String page = request.get("/api/v1/sites").then().statusCode(200).extract().asString();
      JsonPath parsed = JsonPath.from(page);
      String id = parsed.getString("items[0].id");
      cursor = parsed.getString("nextCursor");
      String alone =
          directoryAdmin().get("/api/v1/sites/" + id).then().statusCode(200).extract().asString();
      assertThat(page)
          .isEqualTo(
              "{\"items\":["
                  + alone
                  + "]"
                  + (cursor == null ? "" : ",\"nextCursor\":\"" + cursor + "\"")
                  + "}");
      ids.add(id);
    } while (cursor != null);
    return ids;
  }

  private static String create(Map<String, Object> body) {
    return Fixtures.site(body).toString();
  }
}
