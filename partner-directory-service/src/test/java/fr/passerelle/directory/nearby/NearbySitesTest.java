package fr.passerelle.directory.nearby;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.directory.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sites in the Finistère (29): far from every other test's sites. */
@QuarkusTest
class NearbySitesTest {

  private static final String BREST = "29019";
  private static final String QUIMPER = "29232";
  private static final String MORLAIX = "29151";

  @Test
  void finds_active_sites_nearest_first_with_their_distance() {
    UUID brest = Fixtures.site(BREST, "29200");
    UUID quimper = Fixtures.site(QUIMPER, "29000");
    UUID closed = closedSite(BREST, "29200");

    JsonPath answer =
        advisor()
            .queryParam("communeCode", BREST)
            .queryParam("radiusKm", 100)
            .queryParam("limit", 50)
            .get("/api/v1/sites/nearby")
            .then()
            .statusCode(200)
            .body("origin.communeName", equalTo("Brest"))
            .extract()
            .jsonPath();

    List<String> ids = answer.getList("sites.site.id");
    List<Double> distances = answer.getList("sites.distanceKm", Double.class);
    assertThat(ids)
        .contains(brest.toString(), quimper.toString())
        .doesNotContain(closed.toString());
    assertThat(ids.indexOf(brest.toString())).isLessThan(ids.indexOf(quimper.toString()));
    assertThat(distances).isSorted();
    assertThat(distances.get(ids.indexOf(quimper.toString()))).isBetween(50.0, 80.0);
  }

  @Test
  void the_radius_and_the_limit_cut_the_list() {
    Fixtures.site(BREST, "29200");
    Fixtures.site(MORLAIX, "29600");

    List<Double> distances =
        advisor()
            .queryParam("communeCode", MORLAIX)
            .queryParam("radiusKm", 20)
            .get("/api/v1/sites/nearby")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("sites.distanceKm", Double.class);
    assertThat(distances).isNotEmpty().allMatch(d -> d <= 20);

    advisor()
        .queryParam("communeCode", MORLAIX)
        .queryParam("radiusKm", 200)
        .queryParam("limit", 1)
        .get("/api/v1/sites/nearby")
        .then()
        .body("sites.size()", equalTo(1));
  }

  @Test
  void searches_from_a_postal_code_or_coordinates() {
    Fixtures.site(QUIMPER, "29000");

    advisor()
        .queryParam("postalCode", "29000")
        .get("/api/v1/sites/nearby")
        .then()
        .statusCode(200)
        .body("origin.communeCode", equalTo(QUIMPER))
        .body("sites[0].distanceKm", equalTo(0.0));
    advisor()
        .queryParam("latitude", 47.996)
        .queryParam("longitude", -4.102)
        .get("/api/v1/sites/nearby")
        .then()
        .statusCode(200)
        .body("sites.size()", org.hamcrest.Matchers.greaterThan(0));
  }

  @Test
  void only_sites_with_free_seats_soon_when_asked() {
    UUID withSeats = Fixtures.site(MORLAIX, "29600");
    UUID full = Fixtures.site(MORLAIX, "29600");
    UUID fullSession = Fixtures.session(full, 1, 5);
    directoryAdmin()
        .put("/api/v1/sessions/" + fullSession + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(201);
    UUID soon = Fixtures.session(withSeats, 10, 5);

    JsonPath answer =
        advisor()
            .queryParams(Map.of("communeCode", MORLAIX, "freeSeatsWithinDays", 14, "limit", 50))
            .get("/api/v1/sites/nearby")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    List<String> ids = answer.getList("sites.site.id");
    assertThat(ids).contains(withSeats.toString()).doesNotContain(full.toString());
    assertThat(
            answer.getString(
                "sites.find { it.site.id == '"
                    + withSeats
                    + "' }.nextSessionWithFreeSeats.sessionId"))
        .isEqualTo(soon.toString());
  }

  @Test
  void an_origin_is_required_once() {
    advisor().get("/api/v1/sites/nearby").then().statusCode(400);
    advisor()
        .queryParam("communeCode", BREST)
        .queryParam("postalCode", "29200")
        .get("/api/v1/sites/nearby")
        .then()
        .statusCode(400);
    advisor().queryParam("communeCode", "29999").get("/api/v1/sites/nearby").then().statusCode(422);
    advisor().queryParam("communeCode", "2900").get("/api/v1/sites/nearby").then().statusCode(400);
  }

  private static UUID closedSite(String commune, String postalCode) {
    Map<String, Object> body = Fixtures.siteBody(Fixtures.school(), commune, postalCode);
    body.put("status", "CLOSED");
    return UUID.fromString(
        directoryAdmin()
            .body(body)
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }
}
