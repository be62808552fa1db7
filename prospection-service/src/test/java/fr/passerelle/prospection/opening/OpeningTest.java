package fr.passerelle.prospection.opening;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Openings: published from a contact with an employer of the caller's territory, filled or closed
 * once, read by territory; a partner system reads the open ones without the employer.
 */
@QuarkusTest
class OpeningTest {

  static final String RENNES = "35238";
  static final String NANTES = "44109";

  @Inject EntityManager entityManager;

  private String rennesAgency;
  private String nantesAgency;
  private UUID rennesSite;

  @BeforeEach
  void territories() {
    rennesAgency = Territories.agencyIn("35", "53");
    nantesAgency = Territories.agencyIn("44", "52");
    rennesSite = Territories.siteIn(RENNES, "35", "53", 48.11, -1.68);
  }

  private UUID employerInRennes(String name) {
    Map<String, Object> body = Employers.body(name, RENNES);
    body.put("postalCode", "35000");
    return Employers.registered(companyAdvisorOf(rennesAgency), body);
  }

  private UUID employerInNantes(String name) {
    Map<String, Object> body = Employers.body(name, NANTES);
    body.put("postalCode", "44000");
    return Employers.registered(companyAdvisorOf(nantesAgency), body);
  }

  private long openingsOf(UUID employer) {
    return QuarkusTransaction.requiringNew().call(() -> Opening.count("employerId", employer));
  }

  @Test
  void an_officer_publishes_an_opening_from_a_contact_with_its_place_derived() {
    UUID employer = employerInRennes("Boulangerie Fictive de Rennes");
    UUID contact = Openings.contactWith(entityManager, employer, "35");
    Map<String, Object> body = Openings.body(RENNES);
    body.put("contactId", contact.toString());

    String location =
        companyOfficerOf(rennesSite)
            .body(body)
            .post("/api/v1/prospection/employers/" + employer + "/openings")
            .then()
            .statusCode(201)
            .header("ETag", notNullValue())
            .body("status", equalTo("OPEN"))
            .body("employerId", equalTo(employer.toString()))
            .body("contactId", equalTo(contact.toString()))
            .body("network", equalTo("E2C"))
            .body("publishedBy", equalTo("company-officer-1"))
            .body("departmentCode", equalTo("35"))
            .body("latitude", closeTo(48.11198, 0.00001))
            .body("longitude", closeTo(-1.68186, 0.00001))
            .body("positions", equalTo(2))
            .extract()
            .header("Location");

    assertThat(java.net.URI.create(location).getPath()).startsWith("/api/v1/prospection/openings/");
    companyAdvisorOf(rennesAgency)
        .get(java.net.URI.create(location).getPath())
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("kind", equalTo("COMPANY_IMMERSION"))
        .body("romeCode", equalTo("D1102"));
  }

  @Test
  void a_contact_of_another_employer_or_unknown_is_refused_and_nothing_is_published() {
    UUID employer = employerInRennes("Charcuterie Fictive");
    UUID other = employerInRennes("Fromagerie Fictive");
    for (UUID contact :
        List.of(Openings.contactWith(entityManager, other, "35"), UUID.randomUUID())) {
      Map<String, Object> body = Openings.body(RENNES);
      body.put("contactId", contact.toString());
      companyAdvisorOf(rennesAgency)
          .body(body)
          .post("/api/v1/prospection/employers/" + employer + "/openings")
          .then()
          .statusCode(422)
          .body("code", equalTo("contact-of-another-employer"));
    }
    assertThat(openingsOf(employer)).isZero();
  }

  @Test
  void dates_commune_and_positions_are_checked_before_anything_is_published() {
    UUID employer = employerInRennes("Menuiserie Fictive de Rennes");
    Map<String, Map<String, Object>> refused = new java.util.LinkedHashMap<>();
    Map<String, Object> reversed = Openings.body(RENNES);
    reversed.put("startsOn", Openings.today().plusDays(20).toString());
    reversed.put("endsOn", Openings.today().plusDays(10).toString());
    refused.put("ends-before-start", reversed);
    Map<String, Object> past = Openings.body(RENNES);
    past.put("startsOn", Openings.today().minusDays(20).toString());
    past.put("endsOn", Openings.today().minusDays(1).toString());
    refused.put("ends-in-past", past);
    refused.put("outside-territory", Openings.body(NANTES));
    refused.put("unknown-commune", Openings.body("35999"));
    refused.forEach(
        (code, body) ->
            companyAdvisorOf(rennesAgency)
                .body(body)
                .post("/api/v1/prospection/employers/" + employer + "/openings")
                .then()
                .statusCode(422)
                .body("code", equalTo(code)));

    Map<String, Object> none = Openings.body(RENNES);
    none.put("positions", 0);
    Map<String, Object> nir = Openings.body(RENNES);
    nir.put("title", "Immersion pour 1 85 05 78 006 084 36");
    Map<String, Object> rome = Openings.body(RENNES);
    rome.put("romeCode", "Z9999");
    for (Map<String, Object> body : List.of(none, nir, rome)) {
      companyAdvisorOf(rennesAgency)
          .body(body)
          .post("/api/v1/prospection/employers/" + employer + "/openings")
          .then()
          .statusCode(400)
          .body(not(containsString("006 084")));
    }
    assertThat(openingsOf(employer)).isZero();
  }

  @Test
  void other_roles_neither_publish_nor_read_and_an_admin_reads_but_does_not_publish() {
    UUID employer = employerInRennes("Ferme Fictive de Rennes");
    UUID opening =
        Openings.published(companyAdvisorOf(rennesAgency), employer, Openings.body(RENNES));
    String publish = "/api/v1/prospection/employers/" + employer + "/openings";

    for (var caller :
        List.of(advisor(), e2cStaff(rennesSite), withRole(Roles.STEERING), partner(), admin())) {
      caller.body(Openings.body(RENNES)).post(publish).then().statusCode(403);
    }
    for (var caller : List.of(advisor(), e2cStaff(rennesSite), withRole(Roles.STEERING))) {
      caller.get("/api/v1/prospection/openings").then().statusCode(403);
      caller.get("/api/v1/prospection/openings/" + opening).then().statusCode(403);
      caller.post("/api/v1/prospection/openings/" + opening + "/close").then().statusCode(403);
    }
    partner().post("/api/v1/prospection/openings/" + opening + "/fill").then().statusCode(403);
    partner()
        .get("/api/v1/prospection/openings/" + opening + "/nearest-sites")
        .then()
        .statusCode(403);
    assertThat(openingsOf(employer)).isEqualTo(1);
    admin()
        .get("/api/v1/prospection/openings/" + opening)
        .then()
        .statusCode(200)
        .body("employerId", equalTo(employer.toString()));
  }

  @Test
  void outside_the_territory_an_opening_is_a_404_and_is_not_listed() {
    UUID employer = employerInRennes("Imprimerie Fictive de Rennes");
    UUID opening =
        Openings.published(companyAdvisorOf(rennesAgency), employer, Openings.body(RENNES));
    UUID nantes = employerInNantes("Imprimerie Fictive de Nantes");
    String path = "/api/v1/prospection/openings/" + opening;

    companyAdvisorOf(nantesAgency).get(path).then().statusCode(404);
    companyAdvisorOf(nantesAgency).post(path + "/fill").then().statusCode(404);
    companyAdvisorOf(nantesAgency).post(path + "/close").then().statusCode(404);
    companyAdvisorOf(nantesAgency).get(path + "/nearest-sites").then().statusCode(404);
    companyAdvisorOf(nantesAgency)
        .queryParam("limit", 100)
        .get("/api/v1/prospection/openings")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(opening.toString())))
        .body("items.departmentCode", everyItem(equalTo("44")));
    companyAdvisorOf(rennesAgency)
        .body(Openings.body(NANTES))
        .post("/api/v1/prospection/employers/" + nantes + "/openings")
        .then()
        .statusCode(404);
    companyAdvisorOf(rennesAgency).get(path).then().statusCode(200).body("status", equalTo("OPEN"));
    admin().get(path).then().statusCode(200);
  }

  @Test
  void an_opening_is_filled_or_closed_once_with_an_optional_if_match() {
    UUID employer = employerInRennes("Garage Fictif de Rennes");
    UUID filled =
        Openings.published(companyAdvisorOf(rennesAgency), employer, Openings.body(RENNES));
    UUID closed =
        Openings.published(companyAdvisorOf(rennesAgency), employer, Openings.body(RENNES));
    String path = "/api/v1/prospection/openings/" + filled;

    companyOfficerOf(rennesSite)
        .header("If-Match", "\"7\"")
        .post(path + "/fill")
        .then()
        .statusCode(412);
    companyOfficerOf(rennesSite)
        .header("If-Match", "\"0\"")
        .post(path + "/fill")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("FILLED"));
    companyAdvisorOf(rennesAgency)
        .post(path + "/fill")
        .then()
        .statusCode(409)
        .body("status", equalTo("FILLED"));
    companyAdvisorOf(rennesAgency)
        .post(path + "/close")
        .then()
        .statusCode(409)
        .body("status", equalTo("FILLED"));
    companyAdvisorOf(rennesAgency)
        .get(path)
        .then()
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("FILLED"));

    admin()
        .post("/api/v1/prospection/openings/" + closed + "/close")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
  }

  @Test
  void the_list_filters_by_status_kind_department_and_rome_code_in_stable_pages() {
    UUID employer = employerInRennes("Hôtel Fictif de Rennes");
    List<UUID> published = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      published.add(
          Openings.published(
              companyAdvisorOf(rennesAgency),
              employer,
              Openings.body(RENNES, "APPRENTICESHIP", "G1602")));
    }
    UUID job =
        Openings.published(
            companyAdvisorOf(rennesAgency), employer, Openings.body(RENNES, "JOB", "G1602"));
    companyAdvisorOf(rennesAgency)
        .post("/api/v1/prospection/openings/" + published.get(2) + "/close")
        .then()
        .statusCode(200);

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      var request =
          companyOfficerOf(rennesSite)
              .queryParam("department", "35")
              .queryParam("romeCode", "G1602")
              .queryParam("kind", "APPRENTICESHIP")
              .queryParam("limit", 1);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request.get("/api/v1/prospection/openings").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id", String.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertThat(seen).containsExactlyElementsOf(published.stream().map(UUID::toString).toList());

    JsonPath open =
        companyOfficerOf(rennesSite)
            .queryParam("romeCode", "G1602")
            .queryParam("status", "OPEN")
            .queryParam("limit", 100)
            .get("/api/v1/prospection/openings")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(open.getList("items.id", String.class))
        .contains(published.get(0).toString(), published.get(1).toString(), job.toString())
        .doesNotContain(published.get(2).toString());
  }

  @Test
  void a_partner_reads_open_openings_of_every_department_without_the_employer() {
    UUID rennes = employerInRennes("Pâtisserie Fictive de Rennes");
    UUID nantes = employerInNantes("Pâtisserie Fictive de Nantes");
    UUID open =
        Openings.published(
            companyAdvisorOf(rennesAgency), rennes, Openings.body(RENNES, "JOB", "D1104"));
    UUID elsewhere =
        Openings.published(
            companyAdvisorOf(nantesAgency), nantes, Openings.body(NANTES, "JOB", "D1104"));
    UUID filled =
        Openings.published(
            companyAdvisorOf(rennesAgency), rennes, Openings.body(RENNES, "JOB", "D1104"));
    companyAdvisorOf(rennesAgency)
        .post("/api/v1/prospection/openings/" + filled + "/fill")
        .then()
        .statusCode(200);

    partner()
        .queryParam("romeCode", "D1104")
        .queryParam("limit", 100)
        .get("/api/v1/prospection/openings")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(open.toString()))
        .body("items.id", hasItem(elsewhere.toString()))
        .body("items.id", not(hasItem(filled.toString())))
        .body("items.status", everyItem(equalTo("OPEN")))
        .body("items", everyItem(not(hasKey("employerId"))))
        .body("items", everyItem(not(hasKey("publishedBy"))));
    partner()
        .get("/api/v1/prospection/openings/" + open)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("title", equalTo("Immersion en boulangerie"))
        .body("$", not(hasKey("employerId")))
        .body("$", not(hasKey("contactId")))
        .body("$", not(hasKey("publishedBy")));
    partner().get("/api/v1/prospection/openings/" + filled).then().statusCode(404);
    partner()
        .queryParam("status", "FILLED")
        .get("/api/v1/prospection/openings")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }
}
