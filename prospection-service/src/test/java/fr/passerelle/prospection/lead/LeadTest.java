package fr.passerelle.prospection.lead;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.withRole;
import static fr.passerelle.prospection.support.Contacts.today;
import static fr.passerelle.prospection.support.Employers.ARRAS;
import static fr.passerelle.prospection.support.Employers.LILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.testing.MovableClock;
import fr.passerelle.platform.testing.PublishedEvents;
import fr.passerelle.prospection.support.Contacts;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One lead at a time, for a window; released, handed over, or expired by itself. */
@QuarkusTest
class LeadTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject LeadExpiryJob expiry;

  private String agency;
  private String colleagueAgency;
  private String arrasAgency;
  private UUID site;
  private UUID employer;
  private String advisorId;

  @BeforeEach
  void an_employer_nobody_leads() {
    agency = Territories.agencyIn("59", "32");
    colleagueAgency = Territories.agencyIn("59", "32");
    arrasAgency = Territories.agencyIn("62", "32");
    site = Territories.siteIn(LILLE, "59", "32", 50.63, 3.05);
    employer =
        Employers.registered(
            companyAdvisorOf(agency), Employers.body("Chocolaterie Fictive", LILLE));
    advisorId = "company-advisor-" + agency;
  }

  @AfterEach
  void time_runs_again() {
    MovableClock.reset();
  }

  @Test
  void a_lead_is_taken_for_thirty_days_by_default_and_search_sees_who_leads() {
    Instant before = Instant.now();
    String until =
        take(companyAdvisorOf(agency), Map.of())
            .then()
            .statusCode(201)
            .header("Location", endsWith("/api/v1/prospection/employers/" + employer + "/lead"))
            .body("network", equalTo("PE"))
            .body("officer", equalTo(advisorId))
            .body("$", not(hasKey("endedAt")))
            .extract()
            .path("until");
    assertThat(Instant.parse(until))
        .isCloseTo(before.plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));

    companyOfficerOf(site)
        .get(leadOf(employer))
        .then()
        .statusCode(200)
        .body("officer", equalTo(advisorId));
    companyOfficerOf(site)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .body("lead.network", equalTo("PE"))
        .body("lead.officer", equalTo(advisorId));
    companyAdvisorOf(colleagueAgency)
        .queryParam("ledBy", "MY_NETWORK")
        .queryParam("q", "chocolaterie fictive")
        .queryParam("limit", 100)
        .get("/api/v1/prospection/employers")
        .then()
        .body("items.id", hasItem(employer.toString()));
    companyOfficerOf(site)
        .queryParam("ledBy", "NOBODY")
        .queryParam("q", "chocolaterie fictive")
        .queryParam("limit", 100)
        .get("/api/v1/prospection/employers")
        .then()
        .body("items.id", not(hasItem(employer.toString())));
  }

  @Test
  void a_window_is_ninety_days_at_most() {
    take(companyAdvisorOf(agency), Map.of("days", 91))
        .then()
        .statusCode(422)
        .body("code", equalTo("lead-window-too-long"))
        .body("maxDays", equalTo(90));
    take(companyAdvisorOf(agency), Map.of("days", 0)).then().statusCode(400);
    companyAdvisorOf(agency).get(leadOf(employer)).then().statusCode(404);

    Instant before = Instant.now();
    String until =
        take(companyAdvisorOf(agency), Map.of("days", 90))
            .then()
            .statusCode(201)
            .extract()
            .path("until");
    assertThat(Instant.parse(until))
        .isCloseTo(before.plus(Duration.ofDays(90)), within(1, ChronoUnit.MINUTES));
  }

  @Test
  void one_lead_at_a_time_a_second_taker_is_told_who_leads() {
    String until =
        take(companyAdvisorOf(agency), Map.of()).then().statusCode(201).extract().path("until");

    take(companyOfficerOf(site), Map.of())
        .then()
        .statusCode(409)
        .body("code", equalTo("employer-led"))
        .body("leadNetwork", equalTo("PE"))
        .body("leadOfficer", equalTo(advisorId))
        .body("leadUntil", equalTo(until));
    take(companyAdvisorOf(colleagueAgency), Map.of())
        .then()
        .statusCode(409)
        .body("leadOfficer", equalTo(advisorId));

    companyOfficerOf(site).get(leadOf(employer)).then().body("officer", equalTo(advisorId));
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.LEAD_TAKEN)).isEqualTo(1);
  }

  @Test
  void its_holder_taking_it_again_renews_the_window() {
    String first =
        take(companyAdvisorOf(agency), Map.of("days", 5))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    take(companyAdvisorOf(agency), Map.of("days", 20))
        .then()
        .statusCode(200)
        .body("id", equalTo(first))
        .body("until", notNullValue());
    String until = companyAdvisorOf(agency).get(leadOf(employer)).then().extract().path("until");
    assertThat(Instant.parse(until))
        .isCloseTo(Instant.now().plus(Duration.ofDays(20)), within(1, ChronoUnit.MINUTES));
  }

  @Test
  void concurrent_takers_leave_exactly_one_lead() throws Exception {
    List<Callable<Integer>> attempts = new ArrayList<>();
    List<RequestSpecification> takers =
        List.of(
            companyAdvisorOf(agency),
            companyAdvisorOf(colleagueAgency),
            companyOfficerOf(site),
            companyAdvisorOf(Territories.agencyIn("59", "32")),
            companyAdvisorOf(Territories.agencyIn("59", "32")));
    for (RequestSpecification taker : takers) {
      attempts.add(() -> take(taker, Map.of()).statusCode());
    }
    ExecutorService pool = Executors.newFixedThreadPool(takers.size());
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> attempt : pool.invokeAll(attempts)) {
        statuses.add(attempt.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
  }

  @Test
  void its_holder_or_an_admin_releases_it_nobody_else() {
    take(companyAdvisorOf(agency), Map.of()).then().statusCode(201);
    release(companyAdvisorOf(colleagueAgency)).then().statusCode(403);
    release(companyOfficerOf(site)).then().statusCode(403);
    companyOfficerOf(site).get(leadOf(employer)).then().statusCode(200);

    release(companyAdvisorOf(agency))
        .then()
        .statusCode(200)
        .body("endReason", equalTo("RELEASED"))
        .body("endedAt", notNullValue());
    companyOfficerOf(site).get(leadOf(employer)).then().statusCode(404);
    companyOfficerOf(site)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .body("$", not(hasKey("lead")));
    release(companyAdvisorOf(agency)).then().statusCode(404);

    take(companyOfficerOf(site), Map.of()).then().statusCode(201).body("network", equalTo("E2C"));
    release(admin()).then().statusCode(200).body("endReason", equalTo("RELEASED"));
    companyOfficerOf(site).get(leadOf(employer)).then().statusCode(404);

    List<JsonNode> released =
        new PublishedEvents(bootstrapServers).await(employer, ProspectionEvents.LEAD_RELEASED, 2);
    assertThat(released).extracting(e -> e.get("network").asText()).containsExactly("PE", "E2C");
  }

  @Test
  void its_holder_hands_it_over_to_an_officer_of_the_other_network() {
    String until = take(companyAdvisorOf(agency), Map.of()).then().extract().path("until");
    Map<String, Object> toOfficer = Map.of("officer", "company-officer-1", "network", "E2C");
    handOver(companyAdvisorOf(colleagueAgency), toOfficer).then().statusCode(403);
    handOver(companyAdvisorOf(agency), Map.of("officer", advisorId, "network", "PE"))
        .then()
        .statusCode(422)
        .body("code", equalTo("handover-to-holder"));

    handOver(companyAdvisorOf(agency), toOfficer)
        .then()
        .statusCode(200)
        .body("network", equalTo("E2C"))
        .body("officer", equalTo("company-officer-1"))
        .body("until", equalTo(until));
    companyAdvisorOf(agency)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .body("lead.network", equalTo("E2C"))
        .body("lead.officer", equalTo("company-officer-1"));

    // Now the advisor's network is the other one: its contacts need the officer's agreement.
    Contacts.record(companyAdvisorOf(agency), employer, Contacts.done(today()))
        .then()
        .statusCode(409)
        .body("code", equalTo("prospection-conflict"))
        .body("leadOfficer", equalTo("company-officer-1"));
    Contacts.record(companyOfficerOf(site), employer, Contacts.done(today()))
        .then()
        .statusCode(201);

    JsonNode handedOver =
        new PublishedEvents(bootstrapServers).first(employer, ProspectionEvents.LEAD_HANDED_OVER);
    assertThat(handedOver.get("network").asText()).isEqualTo("PE");
    assertThat(handedOver.get("handedToNetwork").asText()).isEqualTo("E2C");
    assertThat(handedOver.toString()).doesNotContain("company-officer-1");
  }

  @Test
  void a_lead_expires_by_itself_at_the_end_of_its_window() {
    take(companyAdvisorOf(agency), Map.of("days", 30)).then().statusCode(201);
    MovableClock.moveForward(Duration.ofDays(29));
    assertThat(expiry.run()).isGreaterThanOrEqualTo(0);
    companyOfficerOf(site).get(leadOf(employer)).then().statusCode(200);

    MovableClock.moveForward(Duration.ofDays(2));
    // Past its window nobody leads already, before the job records the end.
    companyOfficerOf(site).get(leadOf(employer)).then().statusCode(404);
    assertThat(expiry.run()).isGreaterThanOrEqualTo(1);
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.LEAD_EXPIRED)).isEqualTo(1);
    assertThat(expiry.run()).isZero();
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.LEAD_EXPIRED)).isEqualTo(1);

    companyOfficerOf(site)
        .get("/api/v1/prospection/employers/" + employer)
        .then()
        .body("$", not(hasKey("lead")));
    Contacts.record(companyOfficerOf(site), employer, Contacts.done(today().plusDays(31)))
        .then()
        .statusCode(201)
        .body("joint", equalTo(false));
    JsonNode expired =
        new PublishedEvents(bootstrapServers).first(employer, ProspectionEvents.LEAD_EXPIRED);
    assertThat(expired.get("network").asText()).isEqualTo("PE");
  }

  @Test
  void a_taker_after_the_window_ends_the_old_lead_before_the_job_does() {
    take(companyAdvisorOf(agency), Map.of("days", 1)).then().statusCode(201);
    MovableClock.moveForward(Duration.ofDays(2));
    take(companyOfficerOf(site), Map.of()).then().statusCode(201).body("network", equalTo("E2C"));
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.LEAD_EXPIRED)).isEqualTo(1);
    companyAdvisorOf(agency).get(leadOf(employer)).then().body("network", equalTo("E2C"));
  }

  @Test
  void outside_the_territory_or_the_roles_there_is_no_lead_to_take() {
    UUID arras =
        Employers.registered(
            companyAdvisorOf(arrasAgency), Employers.body("Chocolaterie Fictive d'Arras", ARRAS));
    companyAdvisorOf(agency).body(Map.of()).post(leadOf(arras)).then().statusCode(404);
    companyOfficerOf(site).get(leadOf(arras)).then().statusCode(404);

    take(admin(), Map.of()).then().statusCode(403);
    for (RequestSpecification caller :
        List.of(advisor(), partner(), withRole(Roles.STEERING), withRole(Roles.E2C_STAFF))) {
      take(caller, Map.of()).then().statusCode(403);
      caller.get(leadOf(employer)).then().statusCode(403);
    }
    companyAdvisorOf(agency).get(leadOf(employer)).then().statusCode(404);
    assertThat(PublishedEvents.recorded(employer, ProspectionEvents.LEAD_TAKEN)).isZero();
  }

  @Test
  void lead_events_carry_the_network_never_the_officer_and_match_their_schema() {
    take(companyAdvisorOf(agency), Map.of()).then().statusCode(201);
    JsonNode taken =
        new PublishedEvents(bootstrapServers).first(employer, ProspectionEvents.LEAD_TAKEN);
    assertThat(taken.get("network").asText()).isEqualTo("PE");
    assertThat(taken.get("departmentCode").asText()).isEqualTo("59");
    assertThat(taken.get("handedToNetwork").isNull()).isTrue();
    assertThat(taken.toString()).doesNotContain(advisorId);
  }

  private io.restassured.response.Response take(RequestSpecification caller, Map<String, ?> body) {
    return caller.body(body).post(leadOf(employer));
  }

  private io.restassured.response.Response release(RequestSpecification caller) {
    return caller.post(leadOf(employer) + "/release");
  }

  private io.restassured.response.Response handOver(
      RequestSpecification caller, Map<String, ?> body) {
    return caller.body(body).post(leadOf(employer) + "/handover");
  }

  private static String leadOf(UUID employer) {
    return "/api/v1/prospection/employers/" + employer + "/lead";
  }
}
