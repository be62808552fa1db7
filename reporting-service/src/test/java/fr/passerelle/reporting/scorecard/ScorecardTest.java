package fr.passerelle.reporting.scorecard;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.reporting.support.Paths;
import fr.passerelle.reporting.support.Published;
import fr.passerelle.reporting.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agreement's scorecard (axis 5). The agreement starts on 2025-01-01 for 3 years: its second
 * year runs from 2026-01-01 to today. One site of its own: six referrals submitted in the second
 * year, two in the same days a year before, and one in each year's last weeks outside those days.
 * The targets steering sets are written to the third year, which no other test reads.
 */
@QuarkusTest
class ScorecardTest {

  private static final String SCORECARD = "/api/v1/indicators/scorecard";
  private static final String TARGETS = "/api/v1/indicators/targets/";

  private final Published published = new Published();
  private UUID site;

  @BeforeEach
  void two_years_of_one_site() {
    site = Territories.site(published, "13", "93");
    Paths paths = new Paths(published, site, Territories.agency(published, "13", "93"));

    paths.submitted("2025-02-10T10:00");
    paths.submitted("2025-06-01T10:00");
    paths.submitted("2025-12-20T10:00");
    paths.submitted("2026-01-12T10:00");
    paths.submitted("2026-02-10T10:00");
    paths.submitted("2026-03-10T10:00");
    paths.submitted("2026-05-12T10:00");
    paths.submitted("2026-09-01T10:00");
    paths.submitted("2026-11-02T10:00");
    published.awaitApplied();
  }

  private static JsonPath scorecard(RequestSpecification caller, String query) {
    return caller.get(SCORECARD + "?" + query).then().statusCode(200).extract().jsonPath();
  }

  private static String line(String indicator) {
    return "axes.indicators.flatten().find { it.indicator == '" + indicator + "' }";
  }

  private static Map<String, Object> targets(Object... indicatorsAndValues) {
    List<Map<String, Object>> targets = new java.util.ArrayList<>();
    for (int i = 0; i < indicatorsAndValues.length; i += 2) {
      targets.add(Map.of("indicator", indicatorsAndValues[i], "value", indicatorsAndValues[i + 1]));
    }
    return Map.of("targets", targets);
  }

  @Test
  void the_second_year_counts_the_submissions_to_date_against_the_same_days_a_year_before() {
    JsonPath scorecard = scorecard(admin(), "territory=site:" + site + "&agreementYear=2");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    LocalDate yearEnd = LocalDate.parse("2026-12-31");

    assertThat(scorecard.getString("territory")).isEqualTo("site:" + site);
    assertThat(scorecard.getInt("agreementYear")).isEqualTo(2);
    assertThat(scorecard.getString("from")).isEqualTo("2026-01-01");
    assertThat(scorecard.getString("to"))
        .isEqualTo((today.isBefore(yearEnd) ? today : yearEnd).toString());
    assertThat(scorecard.getList("axes.axis")).containsExactly(1, 2, 3, 4, 5);
    assertThat(scorecard.getList("axes.find { it.axis == 2 }.indicators.indicator"))
        .contains("funnel.submitted");
    assertThat(scorecard.getString(line("funnel.submitted") + ".value.shown")).isEqualTo("6");
    assertThat(scorecard.getString(line("funnel.submitted") + ".yearBefore.shown")).isEqualTo("2");
    assertThat(scorecard.getString(line("funnel.submitted") + ".trend")).isEqualTo("4");
  }

  @Test
  void for_steering_a_small_year_before_is_protected_and_gives_no_trend() {
    JsonPath scorecard =
        scorecard(withRole(Roles.STEERING), "territory=site:" + site + "&agreementYear=2");

    assertThat(scorecard.getString(line("funnel.submitted") + ".value.shown")).isEqualTo("6");
    assertThat(scorecard.getString(line("funnel.submitted") + ".yearBefore.shown")).isEqualTo("<5");
    assertThat(scorecard.getString(line("funnel.submitted") + ".yearBefore.status"))
        .isEqualTo("SMALL_COUNT");
    assertThat(scorecard.getString(line("funnel.submitted") + ".trend")).isNull();
  }

  @Test
  void the_national_scorecard_shows_the_agreements_figures_where_steering_set_no_target() {
    JsonPath scorecard = scorecard(admin(), "territory=national&agreementYear=2");

    assertThat(scorecard.getString(line("coverage.activeSites") + ".target")).isEqualTo("124");
    assertThat(scorecard.getString(line("coverage.activeSites") + ".targetFrom"))
        .isEqualTo("agreement");
    assertThat(scorecard.getString(line("funnel.submitted") + ".target")).isEqualTo("15000");
    assertThat(scorecard.getString(line("funnel.submitted") + ".targetFrom"))
        .isEqualTo("agreement");
    assertThat(scorecard.getString(line("funnel.positiveExitRate") + ".target")).isNull();
  }

  @Test
  void the_targets_of_a_year_are_a_document_with_its_version_as_etag() {
    admin()
        .get(TARGETS + "2")
        .then()
        .statusCode(200)
        .header("ETag", matchesPattern("^\"[0-9]+\"$"))
        .body("agreementYear", equalTo(2));
    admin()
        .get(TARGETS + "4")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("agreementYear"));
  }

  @Test
  void steering_sets_the_targets_of_a_year_with_if_match_and_the_scorecard_shows_them() {
    String etag =
        admin()
            .get(TARGETS + "3?territory=site:" + site)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Map<String, Object> targets = targets("funnel.submitted", 1200, "sessions.held", 40);

    withRole(Roles.STEERING)
        .body(targets)
        .put(TARGETS + "3?territory=site:" + site)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    String set =
        withRole(Roles.STEERING)
            .header("If-Match", etag)
            .body(targets)
            .put(TARGETS + "3?territory=site:" + site)
            .then()
            .statusCode(200)
            .body("agreementYear", equalTo(3))
            .body("targets.find { it.indicator == 'funnel.submitted' }.value", equalTo(1200))
            .extract()
            .header("ETag");
    withRole(Roles.STEERING)
        .header("If-Match", etag)
        .body(targets("funnel.submitted", 1300))
        .put(TARGETS + "3?territory=site:" + site)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");

    assertThat(set).isNotEqualTo(etag);
    admin().get(TARGETS + "3?territory=site:" + site).then().header("ETag", set);
    JsonPath scorecard = scorecard(admin(), "territory=site:" + site + "&agreementYear=3");
    assertThat(scorecard.getString(line("funnel.submitted") + ".target")).isEqualTo("1200");
    assertThat(scorecard.getString(line("funnel.submitted") + ".targetFrom")).isEqualTo("steering");
    assertThat(scorecard.getString(line("sessions.held") + ".target")).isEqualTo("40");
    assertThat(scorecard.getString(line("funnel.positiveExitRate") + ".target")).isNull();
  }

  @Test
  void a_target_for_an_indicator_the_scorecard_does_not_follow_is_a_400_problem() {
    String etag = admin().get(TARGETS + "3").then().statusCode(200).extract().header("ETag");

    withRole(Roles.STEERING)
        .header("If-Match", etag)
        .body(targets("funnel.happiness", 1))
        .put(TARGETS + "3")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("targets.indicator"));
    admin().get(TARGETS + "3").then().header("ETag", etag);
  }
}
