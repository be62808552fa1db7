package fr.passerelle.directory.pairing;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.support.Fixtures;
import fr.passerelle.platform.testing.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ending a pairing keeps it, with its end date; the agency and the site may be paired again. */
@QuarkusTest
class PairingHistoryTest {

  @Test
  void an_ended_pairing_still_reads_with_its_end_date_and_lists_show_it_only_when_asked() {
    UUID agency = Fixtures.agency();
    UUID site = Fixtures.site();
    UUID pairing = Fixtures.pairing(agency, site);
    String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    directoryAdmin().delete("/api/v1/pairings/" + pairing).then().statusCode(204);

    advisor()
        .get("/api/v1/pairings/" + pairing)
        .then()
        .statusCode(200)
        .body("endedOn", equalTo(today))
        .body("endedAt", notNullValue())
        .body("since", equalTo("2024-09-01"));
    advisor()
        .get("/api/v1/pairings?siteId=" + site)
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(pairing.toString())));
    advisor()
        .get("/api/v1/pairings?siteId=" + site + "&includeEnded=true")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(pairing.toString()))
        .body("items.find { it.id == '" + pairing + "' }.endedOn", equalTo(today));
  }

  @Test
  void an_ended_pairing_no_longer_changes_and_ending_it_again_changes_nothing() {
    UUID agency = Fixtures.agency();
    UUID site = Fixtures.site();
    UUID pairing = Fixtures.pairing(agency, site);
    String path = "/api/v1/pairings/" + pairing;
    directoryAdmin().delete(path).then().statusCode(204);
    String etag = directoryAdmin().get(path).then().extract().header("ETag");

    directoryAdmin()
        .header("If-Match", etag)
        .body(Fixtures.pairingBody(agency, site, "2025-01-06"))
        .put(path)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:passerelle:problem:conflict"))
        .body("endedOn", notNullValue());
    directoryAdmin().delete(path).then().statusCode(204);

    directoryAdmin()
        .get(path)
        .then()
        .header("ETag", equalTo(etag))
        .body("since", equalTo("2024-09-01"));
  }

  @Test
  void once_ended_the_agency_and_the_site_may_be_paired_again_but_only_once_at_a_time() {
    UUID agency = Fixtures.agency();
    UUID site = Fixtures.site();
    UUID ended = Fixtures.pairing(agency, site);
    Map<String, Object> again = Fixtures.pairingBody(agency, site, "2025-03-03");
    directoryAdmin()
        .body(again)
        .post("/api/v1/pairings")
        .then()
        .statusCode(409)
        .body("existingId", equalTo(ended.toString()));

    directoryAdmin().delete("/api/v1/pairings/" + ended).then().statusCode(204);
    String renewed =
        directoryAdmin()
            .body(again)
            .post("/api/v1/pairings")
            .then()
            .statusCode(201)
            .body("$", not(hasKey("endedOn")))
            .extract()
            .path("id");

    directoryAdmin()
        .body(again)
        .post("/api/v1/pairings")
        .then()
        .statusCode(409)
        .body("existingId", equalTo(renewed));
    directoryAdmin()
        .get("/api/v1/pairings?agencyId=" + agency + "&includeEnded=true")
        .then()
        .body("items.size()", equalTo(2));
    directoryAdmin()
        .get("/api/v1/pairings?agencyId=" + agency)
        .then()
        .body("items.id", equalTo(List.of(renewed)));
  }

  @Test
  void only_directory_admins_end_a_pairing_and_a_refused_end_changes_nothing() {
    UUID pairing = Fixtures.pairing(Fixtures.agency(), Fixtures.site());
    String path = "/api/v1/pairings/" + pairing;

    advisor().delete(path).then().statusCode(403);
    e2cStaff(UUID.randomUUID()).delete(path).then().statusCode(403);

    advisor().get(path).then().statusCode(200).body("$", not(hasKey("endedOn")));
    assertThat(PublishedEvents.recorded(pairing, DirectoryEvents.PAIRING_ENDED)).isZero();
  }
}
