package fr.passerelle.prospection.contact;

import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.prospection.support.Contacts.contactsOf;
import static fr.passerelle.prospection.support.Contacts.today;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.testing.PublishedEvents;
import fr.passerelle.prospection.support.Contacts;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** At most 3 outbound contacts per employer in any 30 days, across both networks. */
@QuarkusTest
class SolicitationCeilingTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private String agency;
  private UUID site;
  private UUID employer;

  @BeforeEach
  void an_employer() {
    agency = Territories.agencyIn("59", "32");
    site = Territories.siteIn(LILLE, "59", "32", 50.63, 3.05);
    employer =
        Employers.registered(
            companyAdvisorOf(agency), Employers.body("Biscuiterie Fictive Sollicitée", LILLE));
  }

  @Test
  void a_fourth_outbound_contact_by_either_network_is_refused_with_the_count_and_changes_nothing() {
    Contacts.recorded(companyAdvisorOf(agency), employer, Contacts.done(today().minusDays(12)));
    Contacts.recorded(companyOfficerOf(site), employer, Contacts.done(today().minusDays(3)));
    Contacts.recorded(companyAdvisorOf(agency), employer, Contacts.planned(today().plusDays(4)));

    Contacts.record(companyOfficerOf(site), employer, Contacts.done(today()))
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:passerelle:problem:conflict"))
        .body("code", equalTo("employer-over-solicited"))
        .body("outboundContacts", equalTo(3))
        .body("ceiling", equalTo(3))
        .body("windowDays", equalTo(30));

    companyOfficerOf(site).get(contactsOf(employer)).then().body("items", hasSize(3));
    companyOfficerOf(site)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .body("lastContactOn", equalTo(today().minusDays(3).toString()));
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.CONTACT_RECORDED)).isEqualTo(3);
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.OVER_SOLICITATION_REFUSED))
        .isEqualTo(1);
    JsonNode refused =
        new PublishedEvents(bootstrapServers)
            .first(employer, ProspectionEvents.OVER_SOLICITATION_REFUSED);
    assertThat(refused.get("network").asText()).isEqualTo("E2C");
    assertThat(refused.get("outboundContacts").asInt()).isEqualTo(3);
    assertThat(refused.get("ceiling").asInt()).isEqualTo(3);
  }

  @Test
  void a_contact_the_employer_asked_for_is_neither_refused_nor_counted() {
    for (int day = 0; day < 3; day++) {
      Contacts.recorded(companyAdvisorOf(agency), employer, Contacts.done(today().minusDays(day)));
    }
    Contacts.record(companyOfficerOf(site), employer, Contacts.inbound(today()))
        .then()
        .statusCode(201)
        .body("direction", equalTo("INBOUND"));
    Contacts.record(companyOfficerOf(site), employer, Contacts.done(today()))
        .then()
        .statusCode(409)
        .body("outboundContacts", equalTo(3));
  }

  @Test
  void the_window_rolls_contacts_more_than_thirty_days_apart_do_not_add_up() {
    // 3 outbound contacts between 45 and 31 days ago: none shares 30 days with today.
    for (int day : new int[] {45, 40, 31}) {
      Contacts.recorded(companyAdvisorOf(agency), employer, Contacts.done(today().minusDays(day)));
    }
    Contacts.record(companyAdvisorOf(agency), employer, Contacts.done(today()))
        .then()
        .statusCode(201);
    // 29 days ago shares a window with today and with 45..31 days ago... but not all at once:
    // the windows holding day -29 are [-58, -29] .. [-29, 0]; [-45, -16] holds -45, -40, -31.
    Contacts.record(companyAdvisorOf(agency), employer, Contacts.done(today().minusDays(29)))
        .then()
        .statusCode(409)
        .body("outboundContacts", equalTo(3));
  }

  @Test
  void concurrent_outbound_contacts_never_pass_the_ceiling() throws Exception {
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      boolean pe = i % 2 == 0;
      attempts.add(
          () ->
              Contacts.record(
                      pe ? companyAdvisorOf(agency) : companyOfficerOf(site),
                      employer,
                      Contacts.done(today()))
                  .statusCode());
    }
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> attempt : pool.invokeAll(attempts)) {
        statuses.add(attempt.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(3);
    companyAdvisorOf(agency)
        .queryParam("limit", 100)
        .get(contactsOf(employer))
        .then()
        .body("items", hasSize(3));
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.OVER_SOLICITATION_REFUSED))
        .isEqualTo(7);
  }
}
