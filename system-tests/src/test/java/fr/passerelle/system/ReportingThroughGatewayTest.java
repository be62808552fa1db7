package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reporting service end to end, through the gateway, with tokens from the real Keycloak: a
 * referral that the Pôle emploi system submits and the E2C staff lead to a CDI shows up, within
 * seconds, in its site's funnel and positive-exit rate; an E2C team reads its own site only, a
 * machine client nothing; a small site's month is protected by the small-numbers rule for all but
 * the admin, in JSON and CSV alike.
 *
 * <p>The stack carries a year of demo history on the demo sites: the tables are read before and
 * after, and compared, never taken as absolute numbers.
 */
class ReportingThroughGatewayTest {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  /** How long the reporting service may take to count what the referral service published. */
  private static final Duration COUNTED_WITHIN = Duration.ofSeconds(30);

  private static final List<String> FUNNEL_STEPS =
      List.of(
          "submitted",
          "answered",
          "invited",
          "attended",
          "admitted",
          "started",
          "exited",
          "positiveExits");

  @Test
  void the_gateway_documents_the_reporting_api_in_its_one_openapi_document() {
    SystemStack.gateway()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/indicators/funnel"))
        .body(containsString("/api/v1/experiments"))
        .body(containsString("/api/v1/action-plan"));
  }

  @Test
  void a_referral_led_to_a_cdi_shows_in_its_sites_funnel_and_positive_exit_rate_within_seconds() {
    String site = DirectoryData.createSite("59350", "59000");
    String session = DirectoryData.createSessionStartingIn(site, 10, Duration.ofSeconds(10));
    String admin = SystemStack.user("admin");
    Table funnelBefore = table(admin, "funnel", site);
    Table ratesBefore = table(admin, "rates", site);

    String referral = ReferralData.submitted(site);
    leadToACdi(ReferralData.staffOf(site), referral, session);

    await()
        .atMost(COUNTED_WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              Table funnel = table(admin, "funnel", site);
              for (String step : FUNNEL_STEPS) {
                assertThat(funnel.count(step))
                    .as("funnel %s", step)
                    .isEqualTo(funnelBefore.count(step) + 1);
              }
            });
    Table rates =
        await()
            .atMost(COUNTED_WITHIN)
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> table(admin, "rates", site),
                after ->
                    after.count("positiveExits") == ratesBefore.count("positiveExits") + 1
                        && after.count("exited") == ratesBefore.count("exited") + 1);
    assertThat(rates.count("submitted")).isEqualTo(ratesBefore.count("submitted") + 1);
    assertThat(rates.count("admitted")).isEqualTo(ratesBefore.count("admitted") + 1);
    assertThat(rates.status("positiveExitRate")).isEqualTo("VALUE");
    assertThat(rates.rate("positiveExitRate"))
        .isEqualTo(round3((double) rates.count("positiveExits") / rates.count("exited")));
  }

  @Test
  void a_quiet_sites_small_counts_are_shown_below_5_to_steering_and_as_they_are_to_the_admin() {
    String site = DirectoryData.createSite("59350", "59000");
    ReferralData.submitted(site);
    String admin = SystemStack.user("admin");
    await()
        .atMost(COUNTED_WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> table(admin, "funnel", site).count("submitted") == 1);

    Table seenBySteering = table(SystemStack.user("steering"), "funnel", site);
    assertThat(seenBySteering.status("submitted")).isEqualTo("SMALL_COUNT");
    assertThat(seenBySteering.shown("submitted")).isEqualTo("<5");
    assertThat(seenBySteering.measures().get("submitted")).doesNotContainKey("value");
    // Zero singles nobody out: it is shown.
    assertThat(seenBySteering.shown("exited")).isEqualTo("0");
  }

  @Test
  void an_e2c_team_reads_its_own_sites_funnel_and_gets_404_for_another_site() {
    String own = DirectoryData.createSite("59350", "59000");
    String another = DirectoryData.createSite("59512", "59100");
    String staff = ReferralData.staffOf(own);

    indicators(staff, "funnel", own).statusCode(200).body("territory", equalTo("site:" + own));
    indicators(staff, "funnel", another)
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void the_pe_system_machine_client_is_refused_the_indicators_with_403() {
    as(ReferralData.peSystem())
        .queryParam("territory", "national")
        .queryParam("month", thisMonth())
        .get("/api/v1/indicators/funnel")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void the_funnel_is_served_as_semicolon_separated_csv_through_the_gateway() {
    String site = DirectoryData.createSite("59350", "59000");
    ReferralData.submitted(site);
    String admin = SystemStack.user("admin");
    await()
        .atMost(COUNTED_WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> table(admin, "funnel", site).count("submitted") == 1);

    String csv =
        as(SystemStack.user("steering"))
            .queryParam("territory", "site:" + site)
            .queryParam("month", thisMonth())
            .queryParam("format", "csv")
            .get("/api/v1/indicators/funnel")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    List<String> header = List.of(lines.get(0).split(";", -1));
    List<String> row = List.of(lines.get(1).split(";", -1));
    assertThat(header).contains("submitted", "exited", "positiveExitRate");
    assertThat(row.get(header.indexOf("submitted"))).isEqualTo("<5");
    assertThat(row.get(header.indexOf("exited"))).isEqualTo("0");
  }

  /** Opens, invites, records the attendance, admits, starts, and exits with a CDI. */
  private static void leadToACdi(String staff, String referral, String session) {
    ReferralData.move(staff, referral, "open", Map.of())
        .statusCode(200)
        .body("status", equalTo("UNDER_REVIEW"));
    ReferralData.move(staff, referral, "invitation", Map.of("sessionId", session))
        .statusCode(200)
        .body("status", equalTo("INVITED"));
    ReferralData.attendedOnceTheSessionStarted(staff, referral);
    as(staff).get("/api/v1/referrals/" + referral).then().body("status", equalTo("ATTENDED"));
    ReferralData.move(
            staff,
            referral,
            "admission",
            Map.of("commitmentSignedOn", dayOfThisMonth(10), "pathStartsOn", dayOfThisMonth(5)))
        .statusCode(200)
        .body("status", equalTo("ADMITTED"));
    ReferralData.move(staff, referral, "start", Map.of("startedOn", dayOfThisMonth(5)))
        .statusCode(200)
        .body("status", equalTo("IN_PATH"));
    ReferralData.move(
            staff, referral, "exit", Map.of("outcome", "CDI", "exitedOn", dayOfThisMonth(0)))
        .statusCode(200)
        .body("status", equalTo("EXITED"))
        .body("positiveExit", equalTo(true));
  }

  /**
   * A day of the path, in the past as the referral service requires, and in this month, where the
   * indicators are read.
   */
  private static String dayOfThisMonth(int daysAgo) {
    LocalDate today = LocalDate.now(FRANCE);
    LocalDate day = today.minusDays(daysAgo);
    return (day.getMonth() == today.getMonth() ? day : today.withDayOfMonth(1)).toString();
  }

  private static String thisMonth() {
    return YearMonth.now(FRANCE).toString();
  }

  private static ValidatableResponse indicators(String token, String family, String site) {
    return as(token)
        .accept("application/json")
        .queryParam("territory", "site:" + site)
        .queryParam("month", thisMonth())
        .get("/api/v1/indicators/" + family)
        .then();
  }

  /** A table of this month for one site, as this caller sees it: its one row's measures by name. */
  private static Table table(String token, String family, String site) {
    List<Map<String, Object>> values =
        indicators(token, family, site)
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("rows[0].values");
    Map<String, Map<String, Object>> byName = new HashMap<>();
    if (values != null) {
      values.forEach(v -> byName.put((String) v.get("name"), v));
    }
    return new Table(byName);
  }

  private static double round3(double rate) {
    return Math.round(rate * 1000) / 1000.0;
  }

  /** One row of a table: each measure's value, shown and status. */
  private record Table(Map<String, Map<String, Object>> measures) {

    /** A count; zero when the table has no row (nothing to count yet). */
    long count(String name) {
      Map<String, Object> measure = measures.get(name);
      if (measure == null) {
        return 0;
      }
      assertThat(measure).as("%s is a count shown as it is", name).containsKey("value");
      return ((Number) measure.get("value")).longValue();
    }

    double rate(String name) {
      return ((Number) measures.get(name).get("value")).doubleValue();
    }

    String status(String name) {
      return (String) measures.get(name).get("status");
    }

    String shown(String name) {
      return (String) measures.get(name).get("shown");
    }
  }
}
