package fr.passerelle.prospection.contact;

import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.prospection.support.Contacts.contactsOf;
import static fr.passerelle.prospection.support.Contacts.today;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.testing.PublishedEvents;
import fr.passerelle.prospection.support.Contacts;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conflicts caught before they happen: while one network leads an employer, the other's contacts
 * are refused unless agreed with the leading officer, and every refusal is counted.
 */
@QuarkusTest
class ConflictTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private String agency;
  private String otherAgency;
  private UUID site;
  private UUID employer;
  private String leader;

  @BeforeEach
  void an_employer_led_by_a_company_advisor() {
    agency = Territories.agencyIn("59", "32");
    otherAgency = Territories.agencyIn("59", "32");
    site = Territories.siteIn(LILLE, "59", "32", 50.63, 3.05);
    employer =
        Employers.registered(
            companyAdvisorOf(agency), Employers.body("Conserverie Fictive Menée", LILLE));
    companyAdvisorOf(agency)
        .body(Map.of())
        .post("/api/v1/prospection/employers/" + employer + "/lead")
        .then()
        .statusCode(201);
    leader = "company-advisor-" + agency;
  }

  @Test
  void the_other_network_s_contact_is_refused_naming_the_lead_and_changes_nothing() {
    Contacts.record(companyOfficerOf(site), employer, Contacts.done(today()))
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:passerelle:problem:conflict"))
        .body("code", equalTo("prospection-conflict"))
        .body("leadNetwork", equalTo("PE"))
        .body("leadOfficer", equalTo(leader))
        .body("leadUntil", notNullValue());
    Contacts.record(companyOfficerOf(site), employer, Contacts.planned(today().plusDays(1)))
        .then()
        .statusCode(409)
        .body("code", equalTo("prospection-conflict"));

    companyOfficerOf(site).get(contactsOf(employer)).then().body("items", empty());
    companyOfficerOf(site)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .body("$", not(hasKey("lastContactOn")));
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.CONTACT_RECORDED)).isZero();
    // Refused, and counted all the same: its event committed on its own.
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.CONFLICT_RAISED)).isEqualTo(2);
    List<JsonNode> conflicts =
        new PublishedEvents(bootstrapServers).await(employer, ProspectionEvents.CONFLICT_RAISED, 2);
    assertThat(conflicts.get(0).get("requestingNetwork").asText()).isEqualTo("E2C");
    assertThat(conflicts.get(0).get("leadingNetwork").asText()).isEqualTo("PE");
    assertThat(conflicts.get(0).get("departmentCode").asText()).isEqualTo("59");
    assertThat(conflicts.get(0).toString()).doesNotContain(leader);
  }

  @Test
  void agreed_with_the_leading_officer_the_contact_is_joint() {
    Map<String, Object> agreed = Contacts.done(today());
    agreed.put("coordinatedWith", leader);
    Contacts.record(companyOfficerOf(site), employer, agreed)
        .then()
        .statusCode(201)
        .body("joint", equalTo(true))
        .body("coordinatedWith", equalTo(leader))
        .body("network", equalTo("E2C"));

    JsonNode event =
        new PublishedEvents(bootstrapServers).first(employer, ProspectionEvents.CONTACT_RECORDED);
    assertThat(event.get("joint").asBoolean()).isTrue();
    assertThat(event.get("coordinatedWithNetwork").asText()).isEqualTo("PE");
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.CONFLICT_RAISED)).isZero();
  }

  @Test
  void agreed_with_anyone_but_the_leading_officer_is_still_a_conflict() {
    Map<String, Object> agreed = Contacts.done(today());
    agreed.put("coordinatedWith", "company-advisor-" + otherAgency);
    Contacts.record(companyOfficerOf(site), employer, agreed)
        .then()
        .statusCode(409)
        .body("code", equalTo("prospection-conflict"));
    companyOfficerOf(site).get(contactsOf(employer)).then().body("items", empty());
  }

  @Test
  void the_leading_network_is_not_in_conflict_with_itself() {
    Contacts.record(companyAdvisorOf(otherAgency), employer, Contacts.done(today()))
        .then()
        .statusCode(201)
        .body("joint", equalTo(false));
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.CONFLICT_RAISED)).isZero();
  }

  @Test
  void a_contact_planned_before_the_other_network_took_the_lead_is_done_only_if_agreed() {
    UUID other =
        Employers.registered(
            companyAdvisorOf(agency), Employers.body("Fromagerie Fictive Prévue", LILLE));
    UUID planned = Contacts.recorded(companyOfficerOf(site), other, Contacts.planned(today()));
    companyAdvisorOf(agency)
        .body(Map.of("days", 10))
        .post("/api/v1/prospection/employers/" + other + "/lead")
        .then()
        .statusCode(201);

    String done = contactsOf(other) + "/" + planned + "/done";
    companyOfficerOf(site)
        .body(Map.of())
        .post(done)
        .then()
        .statusCode(409)
        .body("code", equalTo("prospection-conflict"));
    companyOfficerOf(site)
        .get(contactsOf(other) + "/" + planned)
        .then()
        .body("status", equalTo("PLANNED"));
    companyOfficerOf(site)
        .body(Map.of("coordinatedWith", leader))
        .post(done)
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE"))
        .body("joint", equalTo(true));
  }

  @Test
  void once_the_lead_is_released_the_other_network_contacts_freely() {
    companyAdvisorOf(agency)
        .body(Map.of())
        .post("/api/v1/prospection/employers/" + employer + "/lead/release")
        .then()
        .statusCode(200);
    Contacts.record(companyOfficerOf(site), employer, Contacts.done(today()))
        .then()
        .statusCode(201)
        .body("joint", equalTo(false));
  }
}
