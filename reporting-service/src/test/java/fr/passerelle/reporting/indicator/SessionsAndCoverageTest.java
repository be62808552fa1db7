package fr.passerelle.reporting.indicator;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.reporting.support.Network;
import fr.passerelle.reporting.support.Published;
import fr.passerelle.reporting.support.Sessions;
import fr.passerelle.reporting.support.Tables;
import fr.passerelle.reporting.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Information sharing (axis 1). The sessions of one site over two months: in March two held (one in
 * a Pôle emploi agency), one cancelled, one still to come; in April one held in the agency. The
 * coverage of Corse-du-Sud (2A, a department no other test uses): four sites, one of them closed,
 * and the pairings with two agencies, one of them ended. The numbers expected are written out.
 */
@QuarkusTest
class SessionsAndCoverageTest {

  private static final String CORSE_DU_SUD = "2A";
  private static final String CORSE = "94";

  /** The coverage of the department is a state: published once for the class. */
  private static final Published NETWORK = new Published();

  private static boolean networkPublished;

  private final Published published = new Published();
  private UUID site;
  private String agency;

  @BeforeEach
  void two_months_of_one_sites_sessions() {
    site = Territories.site(published, "74", "84");
    UUID agencyId = UUID.randomUUID();
    agency = Territories.agency(published, agencyId, "74", "84");
    Sessions sessions = new Sessions(published, site, "74", "84");

    sessions.held("2026-03-03T14:00", 12, 10);
    sessions.inAgency(agencyId).held("2026-03-10T09:30", 8, 6);
    sessions.cancelled("2026-03-17T14:00", 10, 2);
    sessions.scheduled("2026-03-24T14:00", 10, 4);
    sessions.inAgency(agencyId).held("2026-04-07T09:30", 10, 10);
    published.awaitApplied();
  }

  private static synchronized void the_network_of_corse_du_sud() {
    if (networkPublished) {
      return;
    }
    Network network = new Network(NETWORK, CORSE_DU_SUD, CORSE);
    UUID ajaccio = network.site();
    UUID portoVecchio = network.site();
    network.site();
    UUID propriano = network.site();
    UUID ajaccioAgency = network.agency();
    UUID sarteneAgency = network.agency();

    network.paired(ajaccioAgency, ajaccio, "2025-02-01");
    network.paired(sarteneAgency, ajaccio, "2025-09-01");
    UUID ended = network.paired(ajaccioAgency, portoVecchio, "2025-02-01");
    network.ended(ended, ajaccioAgency, portoVecchio, "2025-02-01", "2026-06-30");
    network.paired(sarteneAgency, propriano, "2025-02-01");
    network.closed(propriano, "2026-07-31");
    NETWORK.awaitApplied();
    networkPublished = true;
  }

  private JsonPath table(RequestSpecification caller, String family, String query) {
    return caller
        .get("/api/v1/indicators/" + family + "?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void the_sessions_held_in_the_month_count_their_seats_and_the_cancelled_ones_only_as_cancelled() {
    JsonPath sessions = table(admin(), "sessions", "territory=site:" + site + "&month=2026-03");

    assertThat(sessions.getString("territory")).isEqualTo("site:" + site);
    assertThat(sessions.getList("rows")).hasSize(1);
    assertThat(Tables.shown(sessions, 0))
        .containsExactly(
            entry("held", "2"),
            entry("heldInAgency", "1"),
            entry("cancelled", "1"),
            entry("seatsOffered", "20"),
            entry("seatsBooked", "16"),
            entry("fillRate", "0.800"));
  }

  @Test
  void grouped_by_month_april_has_the_session_held_in_the_agency() {
    JsonPath sessions =
        table(
            admin(),
            "sessions",
            "territory=site:" + site + "&from=2026-03-01&to=2026-04-30&groupBy=month");

    assertThat(sessions.getList("rows.group.month")).containsExactly("2026-03", "2026-04");
    assertThat(Tables.shown(sessions, 1))
        .containsExactly(
            entry("held", "1"),
            entry("heldInAgency", "1"),
            entry("cancelled", "0"),
            entry("seatsOffered", "10"),
            entry("seatsBooked", "10"),
            entry("fillRate", "1.000"));
  }

  @Test
  void the_agency_counts_the_sessions_it_hosted() {
    JsonPath sessions = table(admin(), "sessions", "territory=agency:" + agency + "&month=2026-03");

    assertThat(Tables.shown(sessions, 0))
        .containsExactly(
            entry("held", "1"),
            entry("heldInAgency", "1"),
            entry("cancelled", "0"),
            entry("seatsOffered", "8"),
            entry("seatsBooked", "6"),
            entry("fillRate", "0.750"));
  }

  @Test
  void coverage_counts_the_active_sites_against_the_network_and_the_pairings_in_force() {
    the_network_of_corse_du_sud();

    JsonPath coverage = table(admin(), "coverage", "territory=department:" + CORSE_DU_SUD);

    assertThat(coverage.getString("territory")).isEqualTo("department:2A");
    assertThat(coverage.getString("from")).isNull();
    assertThat(coverage.getString("to")).isNull();
    assertThat(coverage.getList("rows")).hasSize(1);
    assertThat(Tables.shown(coverage, 0))
        .containsExactly(
            entry("activeSites", "3"),
            entry("activeSitesShare", "0.024"),
            entry("regionsCovered", "1"),
            entry("pairedSites", "1"),
            entry("pairedSitesShare", "0.333"),
            entry("activePairings", "2"));
  }

  @Test
  void coverage_of_the_region_is_the_same_grouped_by_department() {
    the_network_of_corse_du_sud();

    JsonPath coverage =
        table(admin(), "coverage", "territory=region:" + CORSE + "&groupBy=department");

    assertThat(coverage.getList("rows.group.department")).contains(CORSE_DU_SUD);
    int row = coverage.getList("rows.group.department").indexOf(CORSE_DU_SUD);
    assertThat(Tables.shown(coverage, row))
        .contains(entry("activeSites", "3"), entry("pairedSites", "1"));
  }

  @Test
  void coverage_is_a_state_and_cannot_be_grouped_by_month() {
    withRole(Roles.STEERING)
        .get("/api/v1/indicators/coverage?territory=department:2A&groupBy=month")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("groupBy"));
  }
}
