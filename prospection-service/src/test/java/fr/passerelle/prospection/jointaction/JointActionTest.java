package fr.passerelle.prospection.jointaction;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.withRole;
import static fr.passerelle.prospection.support.Contacts.today;
import static fr.passerelle.prospection.support.Employers.ARRAS;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.testing.PublishedEvents;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Employer events both networks held together: a count of young people, never names. */
@QuarkusTest
class JointActionTest {

  private static final String JOINT_ACTIONS = "/api/v1/prospection/joint-actions";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private String agency;
  private String arrasAgency;
  private UUID site;
  private UUID employer;
  private UUID otherEmployer;

  @BeforeEach
  void organisers_and_employers() {
    agency = Territories.agencyIn("59", "32");
    arrasAgency = Territories.agencyIn("62", "32");
    site = Territories.siteIn(LILLE, "59", "32", 50.63, 3.05);
    employer =
        Employers.registered(companyAdvisorOf(agency), Employers.body("Traiteur Fictif", LILLE));
    otherEmployer =
        Employers.registered(companyAdvisorOf(agency), Employers.body("Glacier Fictif", LILLE));
  }

  private Map<String, Object> body() {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "JOB_DATING");
    body.put("title", "Job dating des métiers de bouche");
    body.put("heldOn", today().minusDays(1).toString());
    body.put("communeCode", LILLE);
    body.put("siteIds", List.of(site.toString()));
    body.put("agencySafirs", List.of(agency));
    body.put("employerIds", List.of(employer.toString(), otherEmployer.toString()));
    body.put("youngPeopleCount", 24);
    return body;
  }

  @Test
  void an_officer_records_a_joint_action_both_networks_read_and_its_event_counts_people() {
    String id =
        companyOfficerOf(site)
            .body(body())
            .post(JOINT_ACTIONS)
            .then()
            .statusCode(201)
            .header("Location", containsString(JOINT_ACTIONS + "/"))
            .body("departmentCode", equalTo("59"))
            .body("youngPeopleCount", equalTo(24))
            .body("recordedBy", equalTo("company-officer-1"))
            .extract()
            .path("id");

    companyAdvisorOf(agency)
        .get(JOINT_ACTIONS + "/" + id)
        .then()
        .statusCode(200)
        .body("employerIds", contains(employer.toString(), otherEmployer.toString()))
        .body("agencySafirs", contains(agency))
        .body("siteIds", contains(site.toString()));
    companyAdvisorOf(agency)
        .queryParam("department", "59")
        .queryParam("from", today().minusDays(1).toString())
        .queryParam("to", today().minusDays(1).toString())
        .queryParam("limit", 100)
        .get(JOINT_ACTIONS)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    companyAdvisorOf(agency)
        .queryParam("from", today().toString())
        .queryParam("limit", 100)
        .get(JOINT_ACTIONS)
        .then()
        .body("items.id", not(hasItem(id)));

    JsonNode held =
        new PublishedEvents(bootstrapServers).first(id, ProspectionEvents.JOINT_ACTION_HELD);
    assertThat(held.get("employerCount").asInt()).isEqualTo(2);
    assertThat(held.get("youngPeopleCount").asInt()).isEqualTo(24);
    assertThat(held.get("kind").asText()).isEqualTo("JOB_DATING");
    assertThat(held.toString()).doesNotContain("company-officer-1");
  }

  @Test
  void it_takes_one_site_and_one_agency_the_directory_published() {
    Map<String, Object> noSite = body();
    noSite.put("siteIds", List.of());
    refusedWith(400, noSite);
    Map<String, Object> noAgency = body();
    noAgency.put("agencySafirs", List.of());
    refusedWith(400, noAgency);
    Map<String, Object> unknownSite = body();
    unknownSite.put("siteIds", List.of(UUID.randomUUID().toString()));
    refusedWith(422, unknownSite).body("code", equalTo("unknown-site"));
    Map<String, Object> unknownAgency = body();
    unknownAgency.put("agencySafirs", List.of("99999"));
    refusedWith(422, unknownAgency).body("code", equalTo("unknown-agency"));
    assertNothingRecorded();
  }

  @Test
  void it_is_held_in_the_territory_with_its_employers_once_held_and_counts_no_names() {
    Map<String, Object> inArras = body();
    inArras.put("communeCode", ARRAS);
    refusedWith(422, inArras).body("code", equalTo("outside-territory"));
    Map<String, Object> tomorrow = body();
    tomorrow.put("heldOn", today().plusDays(1).toString());
    refusedWith(422, tomorrow).body("code", equalTo("date-in-future"));
    UUID arrasEmployer =
        Employers.registered(
            companyAdvisorOf(arrasAgency), Employers.body("Traiteur Fictif d'Arras", ARRAS));
    Map<String, Object> foreignEmployer = body();
    foreignEmployer.put("employerIds", List.of(arrasEmployer.toString()));
    refusedWith(404, foreignEmployer);
    Map<String, Object> negative = body();
    negative.put("youngPeopleCount", -1);
    refusedWith(400, negative);
    Map<String, Object> withNir = body();
    withNir.put("title", "Job dating 1 85 05 78 006 084 36");
    refusedWith(400, withNir);
    assertNothingRecorded();
  }

  @Test
  void outside_the_territory_a_joint_action_is_not_seen_an_admin_reads_all_others_nothing() {
    UUID arrasSite = Territories.siteIn(ARRAS, "62", "32", 50.29, 2.78);
    Map<String, Object> inArras = body();
    inArras.put("communeCode", ARRAS);
    inArras.put("siteIds", List.of(arrasSite.toString()));
    inArras.put("agencySafirs", List.of(arrasAgency));
    inArras.put(
        "employerIds",
        List.of(
            Employers.registered(
                    companyAdvisorOf(arrasAgency), Employers.body("Caviste Fictif", ARRAS))
                .toString()));
    String id =
        companyAdvisorOf(arrasAgency)
            .body(inArras)
            .post(JOINT_ACTIONS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    companyOfficerOf(site).get(JOINT_ACTIONS + "/" + id).then().statusCode(404);
    companyAdvisorOf(agency)
        .queryParam("limit", 100)
        .get(JOINT_ACTIONS)
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    admin().get(JOINT_ACTIONS + "/" + id).then().statusCode(200);
    admin()
        .queryParam("department", "62")
        .queryParam("limit", 100)
        .get(JOINT_ACTIONS)
        .then()
        .body("items.id", hasItem(id));
    admin().body(body()).post(JOINT_ACTIONS).then().statusCode(403);
    for (RequestSpecification caller :
        List.of(advisor(), partner(), withRole(Roles.STEERING), withRole(Roles.E2C_STAFF))) {
      caller.body(body()).post(JOINT_ACTIONS).then().statusCode(403);
      caller.get(JOINT_ACTIONS).then().statusCode(403);
      caller.get(JOINT_ACTIONS + "/" + id).then().statusCode(403);
    }
  }

  private io.restassured.response.ValidatableResponse refusedWith(
      int status, Map<String, Object> body) {
    return companyOfficerOf(site).body(body).post(JOINT_ACTIONS).then().statusCode(status);
  }

  /** Nothing of this test's organisers was recorded: no action names its site. */
  private void assertNothingRecorded() {
    List<List<String>> siteIds =
        admin()
            .queryParam("department", "59")
            .queryParam("limit", 100)
            .get(JOINT_ACTIONS)
            .then()
            .statusCode(200)
            .extract()
            .path("items.siteIds");
    assertThat(siteIds).noneMatch(ids -> ids.contains(site.toString()));
  }
}
