package fr.passerelle.reporting.openapi;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.platform.testing.ResponseConformance;
import fr.passerelle.reporting.support.Paths;
import fr.passerelle.reporting.support.Published;
import fr.passerelle.reporting.support.Territories;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every GET of the served document, called with real data, answers what its schema says: values
 * shown, protected by the small-numbers rule and undefined; a table without a period; a rebuild
 * done; an experiment without evaluation notes.
 */
@QuarkusTest
class ResponseConformanceTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  @Test
  void every_get_answers_what_the_document_declares() {
    ResponseConformance conformance = ResponseConformance.of(openapi);
    Published published = new Published();
    UUID site = Territories.site(published, "05", "93");
    Paths paths = new Paths(published, site, Territories.agency(published, "05", "93"));
    UUID referral = paths.submitted("2026-03-02T10:00");
    paths.moved(referral, "INVITE", "INVITED", "2026-03-04T10:00");
    paths.moved(referral, "DECLINE", "DECLINED", "2026-03-09T10:00", "OTHER", null, null);
    published.awaitApplied();
    String experiment =
        withRole("steering")
            .body(
                Map.of(
                    "title", "Sessions d'information en agence",
                    "description", "Une session par mois dans l'agence.",
                    "territory",
                        Map.of(
                            "departmentCodes", List.of("05"),
                            "siteIds", List.of(site.toString()),
                            "agencySafirs", List.of()),
                    "partners", List.of("Mission locale"),
                    "responsible", "Chargé de mission",
                    "startsOn", "2026-01-05",
                    "endsOn", "2026-06-30",
                    "objectives", List.of("SECURE_PATH")))
            .post("/api/v1/experiments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String commitment =
        withRole("steering")
            .body(
                Map.of(
                    "title", "Une session par site et par trimestre en agence",
                    "owner", "Réseau E2C France",
                    "dueOn", "2026-12-31",
                    "status", "IN_PROGRESS"))
            .post("/api/v1/action-plan")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String rebuild =
        URI.create(
                admin()
                    .post("/api/v1/indicators/rebuilds")
                    .then()
                    .statusCode(202)
                    .extract()
                    .header("Location"))
            .getPath();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !"RUNNING".equals(admin().get(rebuild).then().extract().path("status")));

    Map<String, String> query = Map.of("territory", "site:" + site, "month", "2026-03");
    for (String family :
        List.of("funnel", "refusals", "rates", "company", "sessions", "coverage", "prospection")) {
      conformance.get(withRole("steering").queryParams(query), "/api/v1/indicators/" + family);
      conformance.get(
          admin()
              .queryParams(query)
              .queryParam("groupBy", family.equals("coverage") ? "department" : "month"),
          "/api/v1/indicators/" + family);
    }
    conformance.get(admin(), "/api/v1/indicators/freshness");
    conformance.get(
        withRole("steering").queryParam("territory", "site:" + site),
        "/api/v1/indicators/scorecard");
    conformance.get(withRole("steering"), "/api/v1/indicators/targets/{agreementYear}", 1);
    conformance.get(
        admin(),
        "/api/v1/indicators/rebuilds/{id}",
        rebuild.substring(rebuild.lastIndexOf('/') + 1));
    conformance.get(withRole("steering"), "/api/v1/experiments");
    conformance.get(withRole("steering"), "/api/v1/experiments/{id}", experiment);
    conformance.get(withRole("steering"), "/api/v1/experiments/{id}/comparison", experiment);
    conformance.get(withRole("steering"), "/api/v1/action-plan");
    conformance.get(withRole("steering"), "/api/v1/action-plan/{id}", commitment);

    assertThat(conformance.unexercised()).as("GET operations no call checked").isEmpty();
  }
}
