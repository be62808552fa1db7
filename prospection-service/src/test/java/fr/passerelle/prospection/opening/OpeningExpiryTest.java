package fr.passerelle.prospection.opening;

import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.platform.testing.MovableClock;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An open opening expires by itself the day after its end date, and only then. */
@QuarkusTest
class OpeningExpiryTest {

  static final String VANNES = "56260";

  @Inject OpeningExpiryJob job;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private String agency;
  private UUID employer;

  @BeforeEach
  void employer() {
    agency = Territories.agencyIn("56", "53");
    Map<String, Object> body = Employers.body("Conserverie Fictive de Vannes", VANNES);
    body.put("postalCode", "56000");
    employer = Employers.registered(companyAdvisorOf(agency), body);
  }

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  private UUID openingEndingIn(Integer days) {
    Map<String, Object> body = Openings.body(VANNES);
    body.put("startsOn", Openings.today().toString());
    body.put("endsOn", days == null ? null : Openings.today().plusDays(days).toString());
    return Openings.published(companyAdvisorOf(agency), employer, body);
  }

  private void statusIs(UUID opening, String status) {
    companyAdvisorOf(agency)
        .get("/api/v1/prospection/openings/" + opening)
        .then()
        .statusCode(200)
        .body("status", equalTo(status));
  }

  @Test
  void an_open_opening_expires_the_day_after_its_end_date_and_says_so() {
    UUID endsTomorrow = openingEndingIn(1);
    UUID endsLater = openingEndingIn(30);
    UUID endless = openingEndingIn(null);
    UUID filled = openingEndingIn(1);
    companyAdvisorOf(agency)
        .post("/api/v1/prospection/openings/" + filled + "/fill")
        .then()
        .statusCode(200);

    job.run();
    statusIs(endsTomorrow, "OPEN");

    MovableClock.moveForward(Duration.ofDays(1));
    job.run();
    statusIs(endsTomorrow, "OPEN"); // Its last day.

    MovableClock.moveForward(Duration.ofDays(1));
    assertThat(job.run()).isGreaterThanOrEqualTo(1);
    statusIs(endsTomorrow, "EXPIRED");
    statusIs(endsLater, "OPEN");
    statusIs(endless, "OPEN");
    statusIs(filled, "FILLED");
    companyAdvisorOf(agency)
        .post("/api/v1/prospection/openings/" + endsTomorrow + "/close")
        .then()
        .statusCode(409)
        .body("status", equalTo("EXPIRED"));

    assertThat(
            KafkaTopics.awaitEvent(
                bootstrapServers,
                ProspectionEvents.TOPIC,
                endsTomorrow,
                ProspectionEvents.OPENING_EXPIRED.type()))
        .isNotNull();
    assertThat(job.run()).isZero();
  }
}
