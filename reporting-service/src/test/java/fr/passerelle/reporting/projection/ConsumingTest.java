package fr.passerelle.reporting.projection;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.reporting.support.Paths;
import fr.passerelle.reporting.support.Published;
import fr.passerelle.reporting.support.Tables;
import fr.passerelle.reporting.support.Territories;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Consumption that never dies: an event of a type this service does not know is skipped and
 * counted, a malformed one is parked with its reason, and the events after them are applied.
 */
@QuarkusTest
class ConsumingTest {

  /** A type a newer referral service might publish. */
  record Unknown(UUID referralId) {}

  private static final EventType<Unknown> UNKNOWN =
      EventType.of(ReferralEvents.SERVICE, "referral-celebrated", Unknown.class);

  @Inject AgroalDataSource dataSource;

  @TestHTTPResource(value = "/health/ready", management = true)
  URL readiness;

  private long skippedOnReferralTopic() {
    return admin()
        .get("/api/v1/indicators/freshness")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("topics.find { it.topic == 'passerelle.referral.v1' }.skippedEvents");
  }

  @Test
  void an_unknown_type_is_skipped_and_counted_and_what_follows_is_applied() {
    Published published = new Published();
    UUID site = Territories.site(published, "03", "84");
    Paths paths = new Paths(published, site, Territories.agency(published, "03", "84"));
    published.awaitApplied();
    long skippedBefore = skippedOnReferralTopic();

    UUID referral = UUID.randomUUID();
    published.event(UNKNOWN, referral, new Unknown(referral));
    paths.submitted("2026-02-02T10:00");
    published.awaitApplied();

    assertThat(skippedOnReferralTopic()).isEqualTo(skippedBefore + 1);
    assertThat(
            Tables.shown(
                admin()
                    .get("/api/v1/indicators/funnel?month=2026-02&territory=site:" + site)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath(),
                0))
        .contains(entry("submitted", "1"));
  }

  @Test
  void a_malformed_event_is_parked_with_its_reason_and_the_next_ones_are_applied()
      throws Exception {
    Published published = new Published();
    UUID site = Territories.site(published, "03", "84");
    Paths paths = new Paths(published, site, Territories.agency(published, "03", "84"));
    UUID referral = UUID.randomUUID();
    String malformed =
        published.event(
            ReferralEvents.SUBMITTED,
            referral,
            "{\"referralId\": 42, \"submittedAt\": \"yesterday\"}".getBytes(),
            UUID.randomUUID().toString());
    paths.submitted("2026-02-03T10:00");
    published.awaitApplied();

    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT error FROM dead_letter_event WHERE consumer = 'reporting' AND event_id = ?")) {
      select.setString(1, malformed);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).contains("does not match its schema");
      }
    }
    assertThat(
            Tables.shown(
                admin()
                    .get("/api/v1/indicators/funnel?month=2026-02&territory=site:" + site)
                    .then()
                    .extract()
                    .jsonPath(),
                0))
        .contains(entry("submitted", "1"));
  }

  @Test
  void freshness_tells_the_last_event_applied_per_topic_and_no_lag_once_caught_up() {
    Published published = new Published();
    UUID site = Territories.site(published, "03", "84");
    String last =
        new Paths(published, site, Territories.agency(published, "03", "84"))
            .moved(UUID.randomUUID(), "OPEN", "UNDER_REVIEW", "2026-02-04T10:00");
    published.awaitApplied();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                withRole("steering")
                    .get("/api/v1/indicators/freshness")
                    .then()
                    .statusCode(200)
                    .body(
                        "topics.find { it.topic == 'passerelle.referral.v1' }.lastEventId",
                        equalTo(last))
                    .body("topics.find { it.topic == 'passerelle.referral.v1' }.lag", equalTo(0))
                    .body("upToDate", equalTo(true)));
    RestAssured.given()
        .get(readiness)
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'projections' }.status", equalTo("UP"))
        .body(
            "checks.find { it.name == 'projections' }.data.'passerelle.referral.v1'",
            equalTo("lag 0"));
  }
}
