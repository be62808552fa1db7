package fr.passerelle.referral.openapi;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.referral.support.Referrals.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.platform.testing.ResponseConformance;
import fr.passerelle.referral.support.DirectoryStub;
import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sites;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every GET of the served document, called with real data, answers what its schema says: no {@code
 * null} where a string is declared (a referral without session, France Travail id or commitment
 * date; a milestone without title), no value over its bound.
 */
@QuarkusTest
class ResponseConformanceTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  @Test
  void every_get_answers_what_the_document_declares() {
    ResponseConformance conformance = ResponseConformance.of(openapi);

    UUID site = Sites.active();
    UUID session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
    UUID upcoming = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(upcoming, site, Instant.now().plus(Duration.ofDays(3)));
    UUID submitted = Referrals.submitted(site);
    UUID inPath = Referrals.inPath(site, session);
    e2cStaff(site)
        .body(Map.of("kind", "HOUSING", "startsOn", daysAgo(1)))
        .post("/api/v1/referrals/" + inPath + "/milestones")
        .then()
        .statusCode(201);
    e2cStaff(site)
        .body(Map.of("kind", "MESSAGE", "body", "Camille a confirmé sa venue."))
        .post("/api/v1/referrals/" + inPath + "/timeline")
        .then()
        .statusCode(201);
    String orientation =
        advisor()
            .body(
                Map.of(
                    "siteId", site.toString(),
                    "sessionId", upcoming.toString(),
                    "youngPerson",
                        Map.of(
                            "firstName",
                            "Camille",
                            "contact",
                            Map.of("phone", "+33612345678", "preferredChannel", "SMS"))))
            .post("/api/v1/orientations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    conformance.get(advisor(), "/api/v1/referrals");
    conformance.get(advisor(), "/api/v1/referrals/{id}", submitted);
    conformance.get(advisor(), "/api/v1/referrals/{id}", inPath);
    conformance.get(advisor(), "/api/v1/referrals/{id}/transitions", inPath);
    conformance.get(advisor(), "/api/v1/referrals/{id}/milestones", inPath);
    conformance.get(advisor(), "/api/v1/referrals/{id}/timeline", inPath);
    conformance.get(admin(), "/api/v1/referrals/{id}/access-log", inPath);
    conformance.get(peSystem(), "/api/v1/referrals/changes");
    conformance.get(advisor(), "/api/v1/orientations");
    conformance.get(advisor(), "/api/v1/orientations/{id}", orientation);

    assertThat(conformance.unexercised()).as("GET operations no call checked").isEmpty();
  }
}
