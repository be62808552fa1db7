package fr.passerelle.reporting.experiment;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.reporting.experiment.Experiments.PATH;
import static fr.passerelle.reporting.experiment.Experiments.atSites;
import static fr.passerelle.reporting.experiment.Experiments.proposed;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.reporting.support.Paths;
import fr.passerelle.reporting.support.Published;
import fr.passerelle.reporting.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An experiment's indicators beside the rest of the country's and its own a year before. It runs at
 * one site from 2024-09-02 to 2024-11-29, days no other test publishes events in: three referrals
 * submitted at its site in those days (and one after), two at another site (and one before), one at
 * its site in the same days of 2023 (and one after them).
 */
@QuarkusTest
class ExperimentComparisonTest {

  /** The rest of the country is shared by every test: the referrals are published once. */
  private static final Published PUBLISHED = new Published();

  private static UUID site;
  private static String experiment;

  @BeforeEach
  void an_experiment_at_one_site_and_the_referrals_around_it() {
    synchronized (ExperimentComparisonTest.class) {
      if (experiment == null) {
        publish();
      }
    }
  }

  private static void publish() {
    site = Territories.site(PUBLISHED, "35", "53");
    UUID elsewhere = Territories.site(PUBLISHED, "35", "53");
    Paths here = new Paths(PUBLISHED, site, Territories.agency(PUBLISHED, "35", "53"));
    Paths there = here.at(elsewhere);

    here.submitted("2024-09-03T10:00");
    here.submitted("2024-10-15T10:00");
    here.submitted("2024-11-29T16:00");
    here.submitted("2024-12-05T10:00");
    there.submitted("2024-08-20T10:00");
    there.submitted("2024-09-10T10:00");
    there.submitted("2024-11-04T10:00");
    here.submitted("2023-10-10T10:00");
    here.submitted("2023-12-15T10:00");
    PUBLISHED.awaitApplied();

    Map<String, Object> body = atSites(site);
    body.put("startsOn", "2024-09-02");
    body.put("endsOn", "2024-11-29");
    experiment = proposed(admin(), body);
  }

  private static String submitted(JsonPath comparison, String side, String what) {
    return comparison.getString(
        "sides.find { it.name == '"
            + side
            + "' }.values.find { it.name == 'funnel.submitted' }."
            + what);
  }

  @Test
  void the_experiment_is_compared_with_the_rest_of_the_country_and_with_its_year_before() {
    JsonPath comparison =
        admin()
            .get(PATH + "/" + experiment + "/comparison")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(comparison.getString("from")).isEqualTo("2024-09-02");
    assertThat(comparison.getString("to")).isEqualTo("2024-11-29");
    assertThat(comparison.getList("sides.name"))
        .containsExactly("experiment", "restOfCountry", "yearBefore");
    assertThat(comparison.getString("sides.find { it.name == 'experiment' }.territory"))
        .isEqualTo("site:" + site);
    assertThat(comparison.getString("sides.find { it.name == 'yearBefore' }.from"))
        .isEqualTo("2023-09-02");
    assertThat(submitted(comparison, "experiment", "shown")).isEqualTo("3");
    assertThat(submitted(comparison, "restOfCountry", "shown")).isEqualTo("2");
    assertThat(submitted(comparison, "yearBefore", "shown")).isEqualTo("1");
  }

  @Test
  void the_sites_staff_read_it_with_small_numbers_protected_another_sites_staff_are_answered_404() {
    JsonPath comparison =
        e2cStaff(site)
            .get(PATH + "/" + experiment + "/comparison")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(submitted(comparison, "experiment", "shown")).isEqualTo("<5");
    assertThat(submitted(comparison, "experiment", "status")).isEqualTo("SMALL_COUNT");
    e2cStaff(UUID.randomUUID())
        .get(PATH + "/" + experiment + "/comparison")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
