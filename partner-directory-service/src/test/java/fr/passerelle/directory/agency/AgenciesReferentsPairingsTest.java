package fr.passerelle.directory.agency;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.directory.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgenciesReferentsPairingsTest {

  private static final AtomicInteger SAFIR = new AtomicInteger(59100);

  @Test
  void an_agency_is_placed_by_its_commune_and_its_safir_code_is_unique() {
    String safir = String.valueOf(SAFIR.incrementAndGet());
    directoryAdmin()
        .body(agency(safir))
        .post("/api/v1/agencies")
        .then()
        .statusCode(201)
        .body("departmentCode", equalTo("59"))
        .body("regionCode", equalTo("32"));

    directoryAdmin().body(agency(safir)).post("/api/v1/agencies").then().statusCode(409);
    directoryAdmin().body(agency("5910")).post("/api/v1/agencies").then().statusCode(400);
  }

  @Test
  void e2c_staff_manage_the_referents_of_their_own_sites_only() {
    UUID mine = Fixtures.site();
    UUID other = Fixtures.site();

    String id =
        e2cStaff(mine)
            .body(referent(mine, null, "PEDAGOGICAL_REFERENT"))
            .post("/api/v1/referents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    e2cStaff(mine)
        .body(referent(other, null, "PEDAGOGICAL_REFERENT"))
        .post("/api/v1/referents")
        .then()
        .statusCode(404);
    String othersReferent =
        directoryAdmin()
            .body(referent(other, null, "COMPANY_RELATIONS_OFFICER"))
            .post("/api/v1/referents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    e2cStaff(mine)
        .header("If-Match", "\"0\"")
        .body(referent(other, null, "COMPANY_RELATIONS_OFFICER"))
        .put("/api/v1/referents/" + othersReferent)
        .then()
        .statusCode(404);
    e2cStaff(mine)
        .header("If-Match", "\"0\"")
        .body(referent(mine, null, "COMPANY_RELATIONS_OFFICER"))
        .put("/api/v1/referents/" + id)
        .then()
        .statusCode(200)
        .body("function", equalTo("COMPANY_RELATIONS_OFFICER"));
  }

  @Test
  void a_referent_belongs_to_one_site_or_one_agency_with_a_fitting_function() {
    UUID site = Fixtures.site();
    directoryAdmin()
        .body(referent(site, null, "AGENCY_E2C_REFERENT"))
        .post("/api/v1/referents")
        .then()
        .statusCode(422)
        .body("code", equalTo("function-owner-mismatch"));
    directoryAdmin()
        .body(referent(null, null, "PEDAGOGICAL_REFERENT"))
        .post("/api/v1/referents")
        .then()
        .statusCode(422)
        .body("code", equalTo("one-owner"));
  }

  @Test
  void a_pairing_links_an_agency_and_a_site_once_with_their_own_referents() {
    UUID site = Fixtures.site();
    String agency =
        directoryAdmin()
            .body(agency(String.valueOf(SAFIR.incrementAndGet())))
            .post("/api/v1/agencies")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String agencyReferent =
        directoryAdmin()
            .body(referent(null, UUID.fromString(agency), "AGENCY_E2C_REFERENT"))
            .post("/api/v1/referents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String siteReferent =
        directoryAdmin()
            .body(referent(site, null, "PEDAGOGICAL_REFERENT"))
            .post("/api/v1/referents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> pairing = new HashMap<>();
    pairing.put("agencyId", agency);
    pairing.put("siteId", site);
    pairing.put("since", "2024-09-01");
    pairing.put("agencyReferentId", siteReferent);

    directoryAdmin()
        .body(pairing)
        .post("/api/v1/pairings")
        .then()
        .statusCode(422)
        .body("code", equalTo("referent-elsewhere"));
    pairing.put("agencyReferentId", agencyReferent);
    pairing.put("siteReferentId", siteReferent);
    directoryAdmin().body(pairing).post("/api/v1/pairings").then().statusCode(201);
    directoryAdmin().body(pairing).post("/api/v1/pairings").then().statusCode(409);
    directoryAdmin()
        .get("/api/v1/pairings?siteId=" + site)
        .then()
        .statusCode(200)
        .body("items[0].agencyId", equalTo(agency));
  }

  private static Map<String, Object> agency(String safir) {
    return Map.of(
        "safir", safir,
        "name", "France Travail Lille " + safir,
        "street", "50 rue Pierre Legrand",
        "communeCode", "59350",
        "postalCode", "59000");
  }

  private static Map<String, Object> referent(UUID site, UUID agency, String function) {
    Map<String, Object> body = new HashMap<>();
    body.put("siteId", site);
    body.put("agencyId", agency);
    body.put("firstName", "Camille");
    body.put("lastName", "Martin");
    body.put("function", function);
    body.put("email", "camille.martin@example.org");
    body.put("phone", "+33320123457");
    return body;
  }
}
