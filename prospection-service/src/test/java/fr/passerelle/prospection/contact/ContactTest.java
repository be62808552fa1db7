package fr.passerelle.prospection.contact;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.withRole;
import static fr.passerelle.prospection.support.Contacts.contactsOf;
import static fr.passerelle.prospection.support.Contacts.today;
import static fr.passerelle.prospection.support.Employers.ARRAS;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.security.Roles;
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

/** The shared contact log: both networks record, both read, within their territory. */
@QuarkusTest
class ContactTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private String lilleAgency;
  private String arrasAgency;
  private UUID lilleSite;
  private UUID employer;

  @BeforeEach
  void territories() {
    lilleAgency = Territories.agencyIn("59", "32");
    arrasAgency = Territories.agencyIn("62", "32");
    lilleSite = Territories.siteIn(LILLE, "59", "32", 50.63, 3.05);
    employer =
        Employers.registered(
            companyAdvisorOf(lilleAgency), Employers.body("Brasserie Fictive du Log", LILLE));
  }

  @Test
  void a_contact_done_is_logged_with_its_author_and_network_and_moves_the_last_contact() {
    Contacts.record(companyAdvisorOf(lilleAgency), employer, Contacts.done(today()))
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .body("network", equalTo("PE"))
        .body("author", equalTo("company-advisor-" + lilleAgency))
        .body("status", equalTo("DONE"))
        .body("departmentCode", equalTo("59"))
        .body("joint", equalTo(false))
        .body("note", equalTo("Le gérant préfère être appelé le matin"));

    companyOfficerOf(lilleSite)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .statusCode(200)
        .body("lastContactOn", equalTo(today().toString()));
    JsonNode event =
        new PublishedEvents(bootstrapServers).first(employer, ProspectionEvents.CONTACT_RECORDED);
    assertThat(event.get("network").asText()).isEqualTo("PE");
    assertThat(event.get("status").asText()).isEqualTo("DONE");
    assertThat(event.get("joint").asBoolean()).isFalse();
    assertThat(event.toString()).doesNotContain("matin").doesNotContain("company-advisor");
  }

  @Test
  void a_planned_contact_leaves_the_last_contact_alone_until_it_is_done() {
    UUID contact =
        Contacts.recorded(
            companyOfficerOf(lilleSite), employer, Contacts.planned(today().plusDays(3)));
    companyAdvisorOf(lilleAgency)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .body("$", not(hasKey("lastContactOn")));

    String done = contactsOf(employer) + "/" + contact + "/done";
    companyOfficerOf(lilleSite)
        .body(Map.of())
        .post(done)
        .then()
        .statusCode(422)
        .body("code", equalTo("date-in-future"));
    companyAdvisorOf(lilleAgency)
        .body(Map.of("contactOn", today().toString()))
        .post(done)
        .then()
        .statusCode(403);
    companyOfficerOf(lilleSite)
        .body(Map.of("contactOn", today().toString(), "outcome", "Une immersion en avril"))
        .post(done)
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE"))
        .body("contactOn", equalTo(today().toString()))
        .body("outcome", equalTo("Une immersion en avril"));
    companyOfficerOf(lilleSite)
        .body(Map.of("contactOn", today().toString()))
        .post(done)
        .then()
        .statusCode(409)
        .body("status", equalTo("DONE"));

    companyAdvisorOf(lilleAgency)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .body("lastContactOn", equalTo(today().toString()));
    List<JsonNode> events =
        new PublishedEvents(bootstrapServers)
            .await(employer, ProspectionEvents.CONTACT_RECORDED, 2);
    assertThat(events).extracting(e -> e.get("status").asText()).containsExactly("PLANNED", "DONE");
  }

  @Test
  void a_contact_retried_with_its_idempotency_key_is_logged_and_counted_once() {
    String first =
        Contacts.record(
                companyAdvisorOf(lilleAgency).header("Idempotency-Key", "contact-" + employer),
                employer,
                Contacts.done(today()))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Contacts.record(
            companyAdvisorOf(lilleAgency).header("Idempotency-Key", "contact-" + employer),
            employer,
            Contacts.done(today()))
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    companyAdvisorOf(lilleAgency)
        .get(contactsOf(employer))
        .then()
        .body("items.id", contains(first));
  }

  @Test
  void days_on_the_wrong_side_of_today_are_refused_and_change_nothing() {
    Contacts.record(companyAdvisorOf(lilleAgency), employer, Contacts.done(today().plusDays(1)))
        .then()
        .statusCode(422)
        .body("code", equalTo("date-in-future"));
    Contacts.record(companyAdvisorOf(lilleAgency), employer, Contacts.planned(today().minusDays(1)))
        .then()
        .statusCode(422)
        .body("code", equalTo("planned-in-past"));
    Map<String, Object> nextStepFirst = Contacts.done(today());
    nextStepFirst.put("nextStepOn", today().minusDays(1).toString());
    Contacts.record(companyAdvisorOf(lilleAgency), employer, nextStepFirst)
        .then()
        .statusCode(422)
        .body("code", equalTo("next-step-before-contact"));

    companyAdvisorOf(lilleAgency)
        .get(contactsOf(employer))
        .then()
        .statusCode(200)
        .body("items", empty());
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.CONTACT_RECORDED)).isZero();
  }

  @Test
  void a_note_naming_a_social_security_number_or_too_long_is_refused() {
    Map<String, Object> withNir = Contacts.done(today());
    withNir.put("note", "Jeune rencontré, NIR 1 85 05 78 006 084 36");
    Contacts.record(companyAdvisorOf(lilleAgency), employer, withNir)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("note"));
    Map<String, Object> tooLong = Contacts.done(today());
    tooLong.put("note", "x".repeat(1001));
    Contacts.record(companyAdvisorOf(lilleAgency), employer, tooLong)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("note"));
    companyAdvisorOf(lilleAgency).get(contactsOf(employer)).then().body("items", empty());
  }

  @Test
  void the_log_lists_both_networks_contacts_by_day_one_page_at_a_time() {
    UUID recent =
        Contacts.recorded(companyOfficerOf(lilleSite), employer, Contacts.inbound(today()));
    UUID oldest =
        Contacts.recorded(
            companyAdvisorOf(lilleAgency), employer, Contacts.done(today().minusDays(20)));
    UUID middle =
        Contacts.recorded(
            companyOfficerOf(lilleSite), employer, Contacts.done(today().minusDays(5)));

    String cursor =
        companyAdvisorOf(lilleAgency)
            .queryParam("limit", 2)
            .get(contactsOf(employer))
            .then()
            .statusCode(200)
            .body("items.id", contains(oldest.toString(), middle.toString()))
            .body("items.network", contains("PE", "E2C"))
            .extract()
            .path("nextCursor");
    companyAdvisorOf(lilleAgency)
        .queryParam("limit", 2)
        .queryParam("cursor", cursor)
        .get(contactsOf(employer))
        .then()
        .statusCode(200)
        .body("items.id", contains(recent.toString()))
        .body("$", not(hasKey("nextCursor")));
    companyOfficerOf(lilleSite)
        .get(contactsOf(employer) + "/" + middle)
        .then()
        .statusCode(200)
        .body("direction", equalTo("OUTBOUND"));
  }

  @Test
  void outside_the_territory_a_contact_is_neither_recorded_nor_read() {
    UUID arras =
        Employers.registered(
            companyAdvisorOf(arrasAgency), Employers.body("Brasserie Fictive d'Arras", ARRAS));
    UUID contact = Contacts.recorded(companyAdvisorOf(arrasAgency), arras, Contacts.done(today()));

    Contacts.record(companyAdvisorOf(lilleAgency), arras, Contacts.done(today()))
        .then()
        .statusCode(404);
    Contacts.record(companyOfficerOf(lilleSite), arras, Contacts.done(today()))
        .then()
        .statusCode(404);
    companyOfficerOf(lilleSite).get(contactsOf(arras)).then().statusCode(404);
    companyOfficerOf(lilleSite).get(contactsOf(arras) + "/" + contact).then().statusCode(404);
    companyAdvisorOf(lilleAgency).get(contactsOf(employer) + "/" + contact).then().statusCode(404);

    companyAdvisorOf(arrasAgency)
        .get(contactsOf(arras))
        .then()
        .statusCode(200)
        .body("items.id", contains(contact.toString()));
  }

  @Test
  void an_admin_reads_every_log_but_records_nothing_and_other_roles_do_neither() {
    UUID contact =
        Contacts.recorded(companyAdvisorOf(lilleAgency), employer, Contacts.done(today()));
    admin()
        .get(contactsOf(employer))
        .then()
        .statusCode(200)
        .body("items.id", hasItem(contact.toString()));
    Contacts.record(admin(), employer, Contacts.done(today())).then().statusCode(403);

    for (var caller :
        List.of(advisor(), partner(), withRole(Roles.STEERING), withRole(Roles.E2C_STAFF))) {
      Contacts.record(caller, employer, Contacts.done(today())).then().statusCode(403);
      caller.get(contactsOf(employer)).then().statusCode(403);
      caller
          .queryParam("department", "59")
          .get("/api/v1/prospection/agenda")
          .then()
          .statusCode(403);
    }
    companyAdvisorOf(lilleAgency)
        .get(contactsOf(employer))
        .then()
        .body("items.id", contains(contact.toString()));
  }

  @Test
  void the_agenda_shows_a_department_s_planned_contacts_by_day_with_the_employer() {
    UUID later =
        Contacts.recorded(
            companyAdvisorOf(lilleAgency), employer, Contacts.planned(today().plusDays(9)));
    UUID sooner =
        Contacts.recorded(
            companyOfficerOf(lilleSite), employer, Contacts.planned(today().plusDays(2)));
    UUID done = Contacts.recorded(companyOfficerOf(lilleSite), employer, Contacts.inbound(today()));

    List<String> ids =
        companyOfficerOf(lilleSite)
            .queryParam("department", "59")
            .queryParam("limit", 100)
            .queryParam("to", today().plusDays(10).toString())
            .get("/api/v1/prospection/agenda")
            .then()
            .statusCode(200)
            .body("items.employerName", hasItem("Brasserie Fictive du Log"))
            .extract()
            .path("items.id");
    assertThat(ids).containsSubsequence(sooner.toString(), later.toString());
    assertThat(ids).doesNotContain(done.toString());

    companyAdvisorOf(lilleAgency)
        .queryParam("department", "59")
        .queryParam("from", today().plusDays(3).toString())
        .queryParam("to", today().plusDays(9).toString())
        .queryParam("limit", 100)
        .get("/api/v1/prospection/agenda")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(later.toString()))
        .body("items.id", not(hasItem(sooner.toString())));
  }

  @Test
  void outside_the_territory_the_agenda_is_empty_and_an_admin_reads_any_department() {
    UUID arras =
        Employers.registered(
            companyAdvisorOf(arrasAgency), Employers.body("Cave Fictive d'Arras", ARRAS));
    UUID planned =
        Contacts.recorded(
            companyAdvisorOf(arrasAgency), arras, Contacts.planned(today().plusDays(1)));

    companyOfficerOf(lilleSite)
        .queryParam("department", "62")
        .get("/api/v1/prospection/agenda")
        .then()
        .statusCode(200)
        .body("items", empty());
    admin()
        .queryParam("department", "62")
        .queryParam("limit", 100)
        .get("/api/v1/prospection/agenda")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(planned.toString()));
    companyAdvisorOf(arrasAgency).get("/api/v1/prospection/agenda").then().statusCode(400);
    companyAdvisorOf(arrasAgency)
        .queryParam("department", "62")
        .queryParam("from", today().plusDays(5).toString())
        .queryParam("to", today().toString())
        .get("/api/v1/prospection/agenda")
        .then()
        .statusCode(422)
        .body("code", equalTo("dates-reversed"));
  }
}
