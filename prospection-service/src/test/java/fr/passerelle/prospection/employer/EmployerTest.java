package fr.passerelle.prospection.employer;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.prospection.support.Employers.ARRAS;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Employers: one per SIRET, within the caller's territory, searched by the filters they need. */
@QuarkusTest
class EmployerTest {

  private String lilleAgency;
  private String arrasAgency;
  private UUID lilleSite;

  @BeforeEach
  void territories() {
    lilleAgency = Territories.agencyIn("59", "32");
    arrasAgency = Territories.agencyIn("62", "32");
    lilleSite = Territories.siteIn(LILLE, "59", "32", 50.63, 3.05);
  }

  @Test
  void a_company_advisor_registers_an_employer_of_their_department_with_its_derived_facts() {
    Map<String, Object> body = Employers.body("Boulangerie Fictive Élan", LILLE);
    String siret = (String) body.get("siret");

    companyAdvisorOf(lilleAgency)
        .body(body)
        .post("/api/v1/prospection/employers")
        .then()
        .statusCode(201)
        .header("ETag", notNullValue())
        .header("Location", notNullValue())
        .body("siren", equalTo(siret.substring(0, 9)))
        .body("nafCode", equalTo("10.71C"))
        .body("headcountBand", equalTo("11"))
        .body("departmentCode", equalTo("59"))
        .body("registeredNetwork", equalTo("PE"));
  }

  @Test
  void one_employer_per_siret_even_under_twenty_concurrent_registrations() throws Exception {
    Map<String, Object> body = Employers.body("Menuiserie Fictive Concurrente", LILLE);
    List<Callable<Response>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      attempts.add(
          () -> companyOfficerOf(lilleSite).body(body).post("/api/v1/prospection/employers"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Integer> statuses = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    try {
      for (Future<Response> attempt : pool.invokeAll(attempts)) {
        statuses.add(attempt.get().statusCode());
        locations.add(attempt.get().header("Location"));
      }
    } finally {
      pool.shutdown();
    }

    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(locations).doesNotContainNull().hasSize(20);
    assertThat(locations.stream().map(l -> l.substring(l.lastIndexOf('/'))).distinct()).hasSize(1);
  }

  @Test
  void a_siret_registered_already_is_a_409_naming_the_existing_employer() {
    Map<String, Object> body = Employers.body("Garage Fictif", LILLE);
    UUID existing = Employers.registered(companyAdvisorOf(lilleAgency), body);
    companyOfficerOf(lilleSite)
        .body(body)
        .post("/api/v1/prospection/employers")
        .then()
        .statusCode(409)
        .header("Location", equalTo("/api/v1/prospection/employers/" + existing))
        .body("existingId", equalTo(existing.toString()));
  }

  @Test
  void outside_the_territory_an_employer_is_not_registered_nor_seen() {
    companyAdvisorOf(lilleAgency)
        .body(Employers.body("Imprimerie Fictive d'Arras", ARRAS))
        .post("/api/v1/prospection/employers")
        .then()
        .statusCode(422)
        .body("code", equalTo("outside-territory"));
    UUID arras =
        Employers.registered(
            companyAdvisorOf(arrasAgency), Employers.body("Imprimerie Fictive d'Arras", ARRAS));

    companyAdvisorOf(lilleAgency)
        .get("/api/v1/prospection/employers/" + arras)
        .then()
        .statusCode(404);
    companyOfficerOf(lilleSite)
        .get("/api/v1/prospection/employers/" + arras)
        .then()
        .statusCode(404);
    companyOfficerOf(lilleSite)
        .get("/api/v1/prospection/employers")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(arras.toString())));
    admin().get("/api/v1/prospection/employers/" + arras).then().statusCode(200);
  }

  @Test
  void other_roles_neither_register_nor_read_employers() {
    UUID employer =
        Employers.registered(companyAdvisorOf(lilleAgency), Employers.body("Ferme Fictive", LILLE));
    advisor().get("/api/v1/prospection/employers/" + employer).then().statusCode(403);
    partner().get("/api/v1/prospection/employers").then().statusCode(403);
    admin()
        .body(Employers.body("Ferme Fictive Bis", LILLE))
        .post("/api/v1/prospection/employers")
        .then()
        .statusCode(403);
  }

  @Test
  void search_ignores_accents_and_case_and_finds_by_siret_prefix() {
    Map<String, Object> body = Employers.body("Pâtisserie Fictive Hélène", LILLE);
    UUID employer = Employers.registered(companyAdvisorOf(lilleAgency), body);
    String siret = (String) body.get("siret");

    for (String q : List.of("patisserie fictive h", "HELENE", siret.substring(0, 9))) {
      companyOfficerOf(lilleSite)
          .queryParam("q", q)
          .get("/api/v1/prospection/employers")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(employer.toString()));
    }
  }

  @Test
  void search_by_naf_band_department_radius_and_lead() {
    UUID lille =
        Employers.registered(
            companyAdvisorOf(lilleAgency), Employers.body("Atelier Fictif", LILLE));
    companyOfficerOf(lilleSite)
        .queryParam("nafCode", "10.71C")
        .queryParam("headcountBand", "11")
        .queryParam("department", "59")
        .queryParam("nearCommune", "59512")
        .queryParam("radiusKm", 15)
        .queryParam("ledBy", "NOBODY")
        .queryParam("notContactedForDays", 30)
        .queryParam("limit", 100)
        .get("/api/v1/prospection/employers")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(lille.toString()))
        .body("items.departmentCode", everyItem(equalTo("59")));
    companyOfficerOf(lilleSite)
        .queryParam("nearCommune", "29019")
        .queryParam("radiusKm", 50)
        .get("/api/v1/prospection/employers")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(lille.toString())));
  }

  @Test
  void an_update_needs_the_current_version_and_keeps_the_siret() {
    Map<String, Object> body = Employers.body("Scierie Fictive", LILLE);
    UUID employer = Employers.registered(companyAdvisorOf(lilleAgency), body);
    body.put("name", "Scierie Fictive et Fils");
    companyAdvisorOf(lilleAgency)
        .body(body)
        .put("/api/v1/prospection/employers/" + employer)
        .then()
        .statusCode(428);
    companyAdvisorOf(lilleAgency)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/prospection/employers/" + employer)
        .then()
        .statusCode(200)
        .body("name", equalTo("Scierie Fictive et Fils"));
  }
}
