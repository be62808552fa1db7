package fr.passerelle.reporting.indicator;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.events.referral.ReminderDue;
import fr.passerelle.reporting.support.Paths;
import fr.passerelle.reporting.support.Published;
import fr.passerelle.reporting.support.Tables;
import fr.passerelle.reporting.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The referral indicators of one site, computed from a known month of events: five referrals (one
 * transferred in), an orientation, an admission to a positive exit, a decline, a no-show withdrawn,
 * an expiry the month after; the numbers expected are written out.
 */
@QuarkusTest
class ReferralIndicatorsTest {

  private final Published published = new Published();
  private UUID site;

  @BeforeEach
  void a_month_of_one_site() {
    site = Territories.site(published, "01", "84");
    UUID elsewhere = Territories.site(published, "01", "84");
    String agency = Territories.agency(published, "01", "84");
    Paths paths = new Paths(published, site, agency);

    UUID r1 = paths.submitted("2026-03-02T10:00");
    paths.moved(r1, "INVITE", "INVITED", "2026-03-05T10:00");
    paths.moved(r1, "RECORD_ATTENDANCE", "ATTENDED", "2026-03-10T10:00", "SEEN", null, null);
    paths.moved(r1, "ADMIT", "ADMITTED", "2026-03-12T10:00");
    paths.moved(r1, "START_PATH", "IN_PATH", "2026-03-20T10:00");
    paths.milestone(r1, "COMPANY_IMMERSION", "73282932000074", "2026-03-22");
    paths.milestone(r1, "SKILLS_CERTIFICATE", null, "2026-03-25");
    paths.moved(r1, "EXIT", "EXITED", "2026-03-28T10:00", null, "CDI", true);

    UUID r2 = paths.submitted("2026-03-03T10:00", "age");
    paths.moved(r2, "DECLINE", "DECLINED", "2026-03-20T10:00", "NOT_ELIGIBLE", null, null);

    UUID r3 = paths.submitted("2026-03-04T10:00");
    paths.moved(r3, "EXPIRE", "EXPIRED", "2026-04-04T10:00");

    UUID r4 = paths.submitted("2026-03-05T10:00");
    paths.moved(r4, "INVITE", "INVITED", "2026-03-06T10:00");
    paths.moved(r4, "RECORD_ATTENDANCE", "NO_SHOW", "2026-03-15T10:00", "NOSHOW", null, null);
    paths.moved(r4, "WITHDRAW", "WITHDRAWN", "2026-03-16T10:00", "MOVED_AWAY", null, null);

    UUID r5 = paths.at(elsewhere).submitted("2026-03-08T10:00");
    paths.transferredHere(r5, elsewhere, "2026-03-09T10:00");

    paths.oriented("2026-03-07T10:00");
    published.awaitApplied();
  }

  private JsonPath table(RequestSpecification caller, String family, String query) {
    return caller
        .get("/api/v1/indicators/" + family + "?territory=site:" + site + "&" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void the_funnel_counts_what_happened_in_the_month_where_the_referral_is_now() {
    JsonPath funnel = table(admin(), "funnel", "month=2026-03");

    assertThat(funnel.getList("rows")).hasSize(1);
    assertThat(Tables.shown(funnel, 0))
        .containsExactly(
            entry("oriented", "1"),
            entry("submitted", "5"),
            entry("answered", "3"),
            entry("invited", "2"),
            entry("attended", "1"),
            entry("admitted", "1"),
            entry("started", "1"),
            entry("exited", "1"),
            entry("positiveExits", "1"),
            entry("positiveExitRate", "1.000"),
            entry("declined", "1"),
            entry("expired", "0"),
            entry("withdrawn", "1"),
            entry("closedInactive", "0"),
            entry("transfers", "1"),
            entry("overrides", "1"));
  }

  @Test
  void grouped_by_month_the_expiry_falls_in_april() {
    JsonPath funnel = table(admin(), "funnel", "from=2026-03-01&to=2026-04-30&groupBy=month");

    assertThat(funnel.getList("rows.group.month")).containsExactly("2026-03", "2026-04");
    assertThat(Tables.shown(funnel, 1))
        .contains(entry("submitted", "0"), entry("expired", "1"), entry("admitted", "0"));
  }

  @Test
  void rates_and_delays_follow_the_cohort_submitted_in_the_month() {
    JsonPath rates = table(admin(), "rates", "month=2026-03");

    assertThat(Tables.shown(rates, 0))
        .containsExactly(
            entry("submitted", "5"),
            entry("answeredWithin10Days", "2"),
            entry("answeredWithin10DaysRate", "0.400"),
            entry("answered", "3"),
            entry("invited", "2"),
            entry("attended", "1"),
            entry("attendanceRate", "0.500"),
            entry("admitted", "1"),
            entry("admissionRate", "1.000"),
            entry("started", "1"),
            entry("exited", "1"),
            entry("positiveExits", "1"),
            entry("positiveExitRate", "1.000"),
            entry("daysToAnswerMedian", "3.0"),
            entry("daysToAnswerP90", "14.2"),
            entry("daysToAdmissionMedian", "10.0"),
            entry("daysToAdmissionP90", "10.0"),
            entry("daysToStartMedian", "18.0"),
            entry("daysToStartP90", "18.0"),
            entry("pathDaysToExitMedian", "8.0"));
  }

  @Test
  void the_path_in_company_counts_immersions_their_employers_and_certificates() {
    JsonPath company = table(admin(), "company", "month=2026-03");

    assertThat(Tables.shown(company, 0))
        .containsExactly(
            entry("companyImmersions", "1"),
            entry("immersionEmployers", "1"),
            entry("internships", "0"),
            entry("internshipEmployers", "0"),
            entry("skillsCertificates", "1"));
  }

  @Test
  void declines_are_counted_by_coded_reason() {
    JsonPath refusals = table(admin(), "refusals", "month=2026-03");

    assertThat(refusals.getList("rows.group.reason")).containsExactly("NOT_ELIGIBLE");
    assertThat(Tables.shown(refusals, 0)).containsExactly(entry("declined", "1"));
  }

  @Test
  void below_five_a_count_shows_as_less_than_five_and_what_is_built_on_it_is_withheld() {
    JsonPath funnel = table(withRole("steering"), "funnel", "month=2026-03");
    JsonPath rates = table(withRole("steering"), "rates", "month=2026-03");

    assertThat(Tables.shown(funnel, 0))
        .contains(
            entry("submitted", "5"),
            entry("invited", "<5"),
            entry("positiveExitRate", "s"),
            entry("expired", "0"));
    assertThat(funnel.getString("rows[0].values.find { it.name == 'invited' }.status"))
        .isEqualTo("SMALL_COUNT");
    assertThat(funnel.getString("rows[0].values.find { it.name == 'invited' }.value")).isNull();
    assertThat(Tables.shown(rates, 0))
        .contains(
            entry("attendanceRate", "s"),
            entry("daysToAnswerMedian", "s"),
            entry("answeredWithin10DaysRate", "s"));
  }

  @Test
  void the_csv_says_the_same_with_semicolons_and_a_decimal_comma_and_the_same_protection() {
    String steering =
        withRole("steering")
            .accept("text/csv")
            .get("/api/v1/indicators/funnel?territory=site:" + site + "&month=2026-03")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    String admin =
        admin()
            .get(
                "/api/v1/indicators/funnel?territory=site:"
                    + site
                    + "&month=2026-03&groupBy=month&format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(steering.split("\r\n"))
        .containsExactly(
            "oriented;submitted;answered;invited;attended;admitted;started;exited;positiveExits;"
                + "positiveExitRate;declined;expired;withdrawn;closedInactive;transfers;overrides",
            "<5;5;<5;<5;<5;<5;<5;<5;<5;s;<5;0;<5;0;<5;<5");
    assertThat(admin.split("\r\n")[1]).isEqualTo("2026-03;1;5;3;2;1;1;1;1;1;1,000;1;0;1;0;1;1");
  }

  @Test
  void an_event_delivered_again_is_counted_once() {
    String again =
        "{\"referralId\":\"%s\",\"personId\":\"%s\",\"siteId\":\"%s\",\"agencySafir\":\"59021\","
            + "\"departmentCode\":\"59\",\"submittedVia\":\"API\",\"ageAtSubmission\":19,"
            + "\"highestQualification\":\"NONE\",\"barriers\":[],\"overriddenRules\":[],"
            + "\"submittedAt\":\"2026-03-02T09:00:00Z\"}";
    String eventId = UUID.randomUUID().toString();
    UUID referral = UUID.randomUUID();
    byte[] data = again.formatted(referral, UUID.randomUUID(), site).getBytes();
    published.event(ReferralEvents.SUBMITTED, referral, data, eventId);
    published.event(ReferralEvents.SUBMITTED, referral, data, eventId);
    published.event(
        ReferralEvents.REMINDER_DUE,
        referral,
        new ReminderDue(referral, site, "59021", "SUBMITTED", java.time.Instant.now()));
    published.awaitApplied();

    assertThat(Tables.shown(table(admin(), "funnel", "month=2026-03"), 0))
        .contains(entry("submitted", "6"));
  }
}
