package fr.passerelle.directory.access;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.hamcrest.Matchers.hasItem;

import fr.passerelle.directory.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Steering reports on the agreement by territory: it reads what the directory publishes (schools,
 * sites, agencies, pairings, sessions and their seats, the data·inclusion export), not the
 * referents, whose names and contact details its reporting does not need, and it changes nothing.
 */
@QuarkusTest
class SteeringReadsTest {

  private UUID site;
  private UUID agency;
  private UUID session;
  private UUID pairing;
  private UUID referent;

  @BeforeEach
  void aSiteWithItsAgencySessionAndReferent() {
    site = Fixtures.site();
    agency = Fixtures.agency();
    session = Fixtures.session(site, 12, 10);
    pairing = Fixtures.pairing(agency, site);
    referent =
        UUID.fromString(
            directoryAdmin()
                .body(Fixtures.referentBody(site, null, "PEDAGOGICAL_REFERENT"))
                .post("/api/v1/referents")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
  }

  @Test
  void steering_reads_the_directorys_territorial_records() {
    steering().get("/api/v1/sites?limit=100").then().statusCode(200);
    steering().get("/api/v1/sites/" + site).then().statusCode(200);
    steering().get("/api/v1/sites/nearby?communeCode=59350").then().statusCode(200);
    steering().get("/api/v1/agencies").then().statusCode(200);
    steering().get("/api/v1/agencies/" + agency).then().statusCode(200);
    steering().get("/api/v1/schools").then().statusCode(200);
    steering()
        .get("/api/v1/pairings?agencyId=" + agency)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(pairing.toString()));
    steering().get("/api/v1/pairings/" + pairing).then().statusCode(200);
    steering()
        .get("/api/v1/sessions?siteId=" + site)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(session.toString()));
    steering().get("/api/v1/sessions/" + session).then().statusCode(200);
    steering().get("/api/v1/data-inclusion/structures").then().statusCode(200);
    steering().get("/api/v1/data-inclusion/services").then().statusCode(200);
  }

  @Test
  void steering_does_not_read_the_referents_names_and_contacts() {
    steering()
        .get("/api/v1/referents?siteId=" + site)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    steering().get("/api/v1/referents/" + referent).then().statusCode(403);
  }

  @Test
  void steering_changes_nothing_and_sees_no_reservation() {
    steering()
        .body(Fixtures.siteBody(Fixtures.school(), "59350", "59000"))
        .post("/api/v1/sites")
        .then()
        .statusCode(403);
    steering()
        .body(Fixtures.sessionBody(site, 10, 6))
        .post("/api/v1/sessions")
        .then()
        .statusCode(403);
    steering().get("/api/v1/sessions/" + session + "/reservations").then().statusCode(403);
    steering().get("/api/v1/imports/" + UUID.randomUUID()).then().statusCode(403);
  }

  private static RequestSpecification steering() {
    return withRole("steering");
  }
}
