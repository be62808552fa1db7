package fr.passerelle.reporting.indicator;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.reporting.support.Prospection;
import fr.passerelle.reporting.support.Published;
import fr.passerelle.reporting.support.Tables;
import fr.passerelle.reporting.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coordinated prospection (axis 3) in Haute-Corse (2B, a department no other test uses), counted by
 * department at the finest: in March, four employers; contacts by Pôle emploi (PE) and the E2C, one
 * of them joint, one planned; an employer contacted by both networks; a conflict; two
 * over-solicitations refused; a joint action; three openings, two filled after 10 and 20 days. A
 * contact in April does not count in March. The numbers expected are written out.
 */
@QuarkusTest
class ProspectionIndicatorsTest {

  private static final String HAUTE_CORSE = "2B";

  /** The department is the finest prospection counts: its month is published once. */
  private static final Published PUBLISHED = new Published();

  private static UUID bastia;

  @BeforeEach
  void a_month_of_prospection_in_haute_corse() {
    synchronized (ProspectionIndicatorsTest.class) {
      if (bastia != null) {
        return;
      }
      UUID site = Territories.site(PUBLISHED, HAUTE_CORSE, "94");
      String agency = Territories.agency(PUBLISHED, HAUTE_CORSE, "94");
      Prospection prospection = new Prospection(PUBLISHED, HAUTE_CORSE, "2B033");
      UUID bakery = UUID.randomUUID();
      UUID garage = UUID.randomUUID();
      UUID hotel = UUID.randomUUID();
      UUID marina = UUID.randomUUID();

      prospection.contact(bakery, "PE", "DONE", "PHONE", "2026-03-03");
      prospection.contact(bakery, "E2C", "DONE", "VISIT", "2026-03-09");
      prospection.contact(garage, "PE", "DONE", "EMAIL", "2026-03-10");
      prospection.jointContact(hotel, "E2C", "VISIT", "2026-03-11");
      prospection.contact(marina, "PE", "PLANNED", "PHONE", "2026-03-30");
      prospection.contact(garage, "E2C", "DONE", "PHONE", "2026-04-02");

      prospection.conflict(bakery, "E2C", "2026-03-09T11:00");
      prospection.overSolicitationRefused(garage, "PE", "2026-03-16T10:00");
      prospection.overSolicitationRefused(bakery, "E2C", "2026-03-17T10:00");
      prospection.jointAction("2026-03-18", List.of(site), List.of(agency));

      UUID baker = prospection.opening(bakery, "PE", "2026-03-02T10:00");
      prospection.filled(baker, bakery, "PE", "2026-03-12T10:00");
      UUID receptionist = prospection.opening(hotel, "E2C", "2026-03-05T10:00");
      prospection.filled(receptionist, hotel, "E2C", "2026-03-25T10:00");
      prospection.opening(garage, "PE", "2026-03-20T10:00");
      PUBLISHED.awaitApplied();
      bastia = site;
    }
  }

  private static JsonPath march(String query) {
    return admin()
        .get(
            "/api/v1/indicators/prospection?territory=department:"
                + HAUTE_CORSE
                + "&month=2026-03"
                + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void the_department_counts_the_months_contacts_conflicts_joint_actions_and_openings() {
    JsonPath prospection = march("");

    assertThat(prospection.getString("territory")).isEqualTo("department:2B");
    assertThat(prospection.getList("rows")).hasSize(1);
    assertThat(Tables.shown(prospection, 0))
        .containsExactly(
            entry("contacts", "4"),
            entry("plannedContacts", "1"),
            entry("jointContacts", "1"),
            entry("employersReached", "3"),
            entry("employersReachedByBoth", "1"),
            entry("conflicts", "1"),
            entry("overSolicitationsRefused", "2"),
            entry("jointActions", "1"),
            entry("openingsPublished", "3"),
            entry("openingsFilled", "2"),
            entry("daysToFillMedian", "15.0"));
  }

  @Test
  void grouped_by_network_each_network_counts_its_own_and_the_joint_action_belongs_to_neither() {
    JsonPath prospection = march("&groupBy=network");

    assertThat(prospection.getList("rows.group.network")).containsExactly("E2C", "PE", null);
    assertThat(Tables.shown(prospection, 0))
        .containsExactly(
            entry("contacts", "2"),
            entry("plannedContacts", "0"),
            entry("jointContacts", "1"),
            entry("employersReached", "2"),
            entry("employersReachedByBoth", "0"),
            entry("conflicts", "1"),
            entry("overSolicitationsRefused", "1"),
            entry("jointActions", "0"),
            entry("openingsPublished", "1"),
            entry("openingsFilled", "1"),
            entry("daysToFillMedian", "20.0"));
    assertThat(Tables.shown(prospection, 1))
        .containsExactly(
            entry("contacts", "2"),
            entry("plannedContacts", "1"),
            entry("jointContacts", "0"),
            entry("employersReached", "2"),
            entry("employersReachedByBoth", "0"),
            entry("conflicts", "0"),
            entry("overSolicitationsRefused", "1"),
            entry("jointActions", "0"),
            entry("openingsPublished", "2"),
            entry("openingsFilled", "1"),
            entry("daysToFillMedian", "10.0"));
    assertThat(Tables.shown(prospection, 2))
        .contains(
            entry("contacts", "0"), entry("jointActions", "1"), entry("daysToFillMedian", ""));
  }

  @Test
  void the_april_contact_counts_in_april() {
    JsonPath prospection =
        admin()
            .get(
                "/api/v1/indicators/prospection?territory=department:2B&from=2026-03-01"
                    + "&to=2026-04-30&groupBy=month")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(prospection.getList("rows.group.month")).containsExactly("2026-03", "2026-04");
    assertThat(Tables.shown(prospection, 1))
        .contains(entry("contacts", "1"), entry("employersReached", "1"), entry("conflicts", "0"));
  }

  @Test
  void prospection_is_counted_by_department_at_the_finest_and_cannot_be_grouped_by_site() {
    admin()
        .get("/api/v1/indicators/prospection?territory=department:2B&groupBy=site")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("groupBy"));
  }

  @Test
  void
      e2c_staff_asking_no_territory_read_the_department_of_their_site_employers_counted_as_they_are() {
    JsonPath prospection =
        e2cStaff(bastia)
            .get("/api/v1/indicators/prospection?month=2026-03")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(prospection.getString("territory")).isEqualTo("department:2B");
    assertThat(Tables.shown(prospection, 0))
        .contains(
            entry("contacts", "4"),
            entry("employersReached", "3"),
            entry("openingsFilled", "2"),
            entry("daysToFillMedian", "15.0"));
  }
}
