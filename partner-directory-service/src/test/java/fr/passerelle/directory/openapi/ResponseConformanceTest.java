package fr.passerelle.directory.openapi;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.referralService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.directory.support.Fixtures;
import fr.passerelle.platform.testing.ResponseConformance;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every GET of the served document, called with real data, answers what its schema says: no {@code
 * null} where a string is declared, no value over its bound. Records are made with their optional
 * fields left out (a site without phone, a site's referent without agency, a session without
 * agency, an active pairing), so that absent values are part of what is checked.
 */
@QuarkusTest
class ResponseConformanceTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  @Test
  void every_get_answers_what_the_document_declares() {
    ResponseConformance conformance = ResponseConformance.of(openapi);

    UUID site = Fixtures.site();
    UUID agency = Fixtures.agency();
    UUID pairing = Fixtures.pairing(agency, site);
    UUID session = Fixtures.session(site, 4, 3);
    UUID referral = UUID.randomUUID();
    referralService()
        .put("/api/v1/sessions/" + session + "/reservations/" + referral)
        .then()
        .statusCode(201);
    Map<String, Object> referentBody = Fixtures.referentBody(site, null, "PEDAGOGICAL_REFERENT");
    referentBody.remove("phone");
    String referent =
        directoryAdmin()
            .body(referentBody)
            .post("/api/v1/referents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String school = directoryAdmin().get("/api/v1/sites/" + site).then().extract().path("schoolId");
    String job = importWithARejectedRow();

    conformance.get(advisor(), "/api/v1/sites");
    conformance.get(advisor(), "/api/v1/sites/{id}", site);
    conformance.get(advisor().queryParam("communeCode", "59350"), "/api/v1/sites/nearby");
    conformance.get(advisor(), "/api/v1/schools");
    conformance.get(advisor(), "/api/v1/schools/{id}", school);
    conformance.get(advisor(), "/api/v1/agencies");
    conformance.get(advisor(), "/api/v1/agencies/{id}", agency);
    conformance.get(directoryAdmin(), "/api/v1/referents");
    conformance.get(directoryAdmin(), "/api/v1/referents/{id}", referent);
    conformance.get(advisor(), "/api/v1/pairings");
    conformance.get(advisor(), "/api/v1/pairings/{id}", pairing);
    conformance.get(advisor(), "/api/v1/sessions");
    conformance.get(advisor(), "/api/v1/sessions/{id}", session);
    conformance.get(directoryAdmin(), "/api/v1/sessions/{id}/reservations", session);
    conformance.get(
        referralService(), "/api/v1/sessions/{id}/reservations/{referralId}", session, referral);
    conformance.get(advisor(), "/api/v1/data-inclusion/structures");
    conformance.get(advisor(), "/api/v1/data-inclusion/services");
    conformance.get(directoryAdmin(), "/api/v1/imports/{id}", job);
    conformance.get(directoryAdmin(), "/api/v1/imports/{id}/rows", job);

    assertThat(conformance.unexercised()).as("GET operations no call checked").isEmpty();
  }

  /** An import of one good row (optional columns empty) and one rejected row, run to its end. */
  private static String importWithARejectedRow() {
    String csv =
        "site_code,school_siret,school_name,site_name,street,commune_code,postal_code,status\n"
            + Fixtures.unique("conf")
            + ","
            + Fixtures.freshSiret()
            + ",,E2C conformance,1 rue de la Gare,59350,59000,ACTIVE\n"
            + Fixtures.unique("conf")
            + ",12345678901234,,E2C rejected,1 rue de la Gare,59350,99999,OPEN\n";
    String location =
        directoryAdmin()
            .contentType("text/csv")
            .body(csv)
            .post("/api/v1/imports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    String path = URI.create(location).getPath();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !"RUNNING".equals(directoryAdmin().get(path).then().extract().path("status")));
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
