package fr.passerelle.prospection.openapi;

import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.platform.testing.FictitiousIdentifiers;
import fr.passerelle.platform.testing.ResponseConformance;
import fr.passerelle.prospection.support.Contacts;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every GET of the served document, called with real data, answers what its schema says: no {@code
 * null} where a string is declared (an employer without NAF code nor street, a contact without
 * note, an opening as a partner reads it), no value over its bound.
 */
@QuarkusTest
class ResponseConformanceTest {

  private static final String PROSPECTION = "/api/v1/prospection";

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  @Test
  void every_get_answers_what_the_document_declares() {
    ResponseConformance conformance = ResponseConformance.of(openapi);

    String agency = Territories.agencyIn("59", "32");
    UUID site = Territories.siteIn(LILLE, "59", "32", 50.63, 3.05);
    Supplier<RequestSpecification> advisor = () -> companyAdvisorOf(agency);
    Map<String, Object> bare = Employers.body("Conformité Fictive", LILLE);
    bare.remove("nafCode");
    bare.remove("headcountBand");
    bare.remove("street");
    bare.remove("romeCodes");
    UUID employer = Employers.registered(advisor.get(), bare);
    advisor
        .get()
        .body(Map.of())
        .post(PROSPECTION + "/employers/" + employer + "/lead")
        .then()
        .statusCode(201);
    UUID contact = Contacts.recorded(advisor.get(), employer, Contacts.done(Contacts.today()));
    Contacts.recorded(advisor.get(), employer, Contacts.planned(Contacts.today().plusDays(2)));
    String jointAction =
        companyOfficerOf(site)
            .body(jointAction(site, agency, employer))
            .post(PROSPECTION + "/joint-actions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String opening =
        advisor
            .get()
            .body(opening())
            .post(PROSPECTION + "/employers/" + employer + "/openings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String job = importWithARefusedRow(advisor);

    conformance.get(advisor.get(), PROSPECTION + "/employers");
    conformance.get(advisor.get(), PROSPECTION + "/employers/{id}", employer);
    conformance.get(advisor.get(), PROSPECTION + "/employers/{id}/lead", employer);
    conformance.get(advisor.get(), PROSPECTION + "/employers/{id}/contacts", employer);
    conformance.get(
        advisor.get(), PROSPECTION + "/employers/{id}/contacts/{contactId}", employer, contact);
    conformance.get(advisor.get().queryParam("department", "59"), PROSPECTION + "/agenda");
    conformance.get(advisor.get(), PROSPECTION + "/joint-actions");
    conformance.get(advisor.get(), PROSPECTION + "/joint-actions/{id}", jointAction);
    conformance.get(advisor.get(), PROSPECTION + "/openings");
    conformance.get(partner(), PROSPECTION + "/openings");
    conformance.get(advisor.get(), PROSPECTION + "/openings/{id}", opening);
    conformance.get(partner(), PROSPECTION + "/openings/{id}", opening);
    conformance.get(advisor.get(), PROSPECTION + "/openings/{id}/nearest-sites", opening);
    conformance.get(companyOfficerOf(site), PROSPECTION + "/openings/near-site/{siteId}", site);
    conformance.get(advisor.get(), PROSPECTION + "/employer-imports/{id}", job);
    conformance.get(advisor.get(), PROSPECTION + "/employer-imports/{id}/rows", job);

    assertThat(conformance.unexercised()).as("GET operations no call checked").isEmpty();
  }

  private static Map<String, Object> jointAction(UUID site, String agency, UUID employer) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "JOB_DATING");
    body.put("title", "Job dating des métiers de bouche");
    body.put("heldOn", Contacts.today().minusDays(1).toString());
    body.put("communeCode", LILLE);
    body.put("siteIds", List.of(site.toString()));
    body.put("agencySafirs", List.of(agency));
    body.put("employerIds", List.of(employer.toString()));
    body.put("youngPeopleCount", 24);
    return body;
  }

  /** An opening without start or end day. */
  private static Map<String, Object> opening() {
    return Map.of(
        "kind", "COMPANY_IMMERSION",
        "romeCode", "D1102",
        "title", "Immersion en boulangerie",
        "communeCode", LILLE,
        "positions", 2);
  }

  /** One good row (optional columns empty) and one refused row, run to the import's end. */
  private static String importWithARefusedRow(Supplier<RequestSpecification> caller) {
    String csv =
        "siret,name,naf_code,headcount_band,street,postal_code,commune_code\n"
            + FictitiousIdentifiers.siret()
            + ",Conformité Importée,,,,59000,59350\n"
            + "12345678901234,Refusée,,,,59000,59350\n";
    String location =
        caller
            .get()
            .contentType("text/csv; charset=UTF-8")
            .body(csv)
            .post(PROSPECTION + "/employer-imports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    String path = URI.create(location).getPath();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !"RUNNING".equals(caller.get().get(path).then().extract().path("status")));
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
