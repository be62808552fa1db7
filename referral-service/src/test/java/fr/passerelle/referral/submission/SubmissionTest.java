package fr.passerelle.referral.submission;

import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.advisorOf;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.support.Agencies;
import fr.passerelle.referral.support.DirectoryStub;
import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionTest {

  @Inject EntityManagerFactory entityManagerFactory;

  private UUID site;

  @BeforeEach
  void site() {
    site = Sites.active();
  }

  @Test
  void an_advisor_submits_for_their_agency_and_reads_it_back_with_its_version() {
    Map<String, Object> body = Submissions.eligible(site);
    body.remove("agencySafir");

    String id =
        advisor()
            .body(body)
            .post("/api/v1/referrals")
            .then()
            .statusCode(201)
            .header("ETag", notNullValue())
            .body("status", equalTo("SUBMITTED"))
            .body("agencySafir", equalTo("59021"))
            .body("eligibility.ageAtSubmission", equalTo(19))
            .body("allowedActions", containsInAnyOrder("WITHDRAW", "TRANSFER"))
            .extract()
            .path("id");

    advisor()
        .get("/api/v1/referrals/" + id)
        .then()
        .statusCode(200)
        .body("youngPerson.firstName", equalTo("Camille"))
        .body("diagnostic.barriers", contains("MOBILITY", "HOUSING"));
  }

  @Test
  void an_ineligible_young_person_is_refused_with_every_reason() {
    Map<String, Object> body = Submissions.eligible(site);
    body.put(
        "youngPerson", Submissions.person(LocalDate.now().minusYears(27), "CAP_BEP", "EMPLOYED"));

    peSystem()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("not-eligible"))
        .body("reasons.rule", containsInAnyOrder("age", "qualification", "activity"));
  }

  @Test
  void the_age_limits_are_inclusive_on_the_submission_date() {
    assertThat(submitAged(LocalDate.now().minusYears(16))).isEqualTo(201);
    assertThat(submitAged(LocalDate.now().minusYears(26).plusDays(1))).isEqualTo(201);
    assertThat(submitAged(LocalDate.now().minusYears(26))).isEqualTo(422);
    assertThat(submitAged(LocalDate.now().minusYears(16).plusDays(1))).isEqualTo(422);
  }

  @Test
  void a_justified_override_lets_an_ineligible_case_through_and_is_recorded() {
    Map<String, Object> body = Submissions.eligible(site);
    body.put("youngPerson", Submissions.person(LocalDate.now().minusYears(20), "CAP_BEP", "NONE"));
    body.put(
        "eligibilityOverride",
        Map.of("justification", "CAP obtenu à l'étranger, non reconnu en France"));

    peSystem()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(201)
        .body("eligibility.overriddenRules", contains("qualification"))
        .body("eligibility.overrideJustification", notNullValue());
  }

  @Test
  void a_nir_is_refused_in_any_field_and_never_echoed() {
    Map<String, Object> body = Submissions.eligible(site);
    body.put(
        "diagnostic",
        Map.of(
            "barriers",
            List.of(),
            "summary",
            "NIR communiqué : 1 85 05 78 006 084 36, à vérifier"));

    Response response = peSystem().body(body).post("/api/v1/referrals");

    response
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("diagnostic.summary"))
        .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("NIR")));
    assertThat(response.asString()).doesNotContain("006 084");
  }

  @Test
  void the_pe_system_must_give_its_reference_and_the_agency() {
    Map<String, Object> noRef = Submissions.eligible(site);
    noRef.remove("externalRef");
    peSystem()
        .body(noRef)
        .post("/api/v1/referrals")
        .then()
        .statusCode(422)
        .body("code", equalTo("external-ref-required"));

    Map<String, Object> noAgency = Submissions.eligible(site);
    noAgency.remove("agencySafir");
    peSystem()
        .body(noAgency)
        .post("/api/v1/referrals")
        .then()
        .statusCode(422)
        .body("code", equalTo("agency-required"));
  }

  @Test
  void an_advisor_cannot_submit_for_another_agency() {
    Map<String, Object> body = Submissions.eligible(site);
    advisorOf("75001")
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(422)
        .body("code", equalTo("agency-mismatch"));
  }

  @Test
  void a_closed_or_unknown_site_takes_no_referral() {
    UUID closed = Sites.active();
    Sites.close(closed);
    peSystem()
        .body(Submissions.eligible(closed))
        .post("/api/v1/referrals")
        .then()
        .statusCode(422)
        .body("code", equalTo("site-not-active"));
    peSystem()
        .body(Submissions.eligible(UUID.randomUUID()))
        .post("/api/v1/referrals")
        .then()
        .statusCode(422)
        .body("code", equalTo("site-not-active"));
  }

  @Test
  void an_external_reference_used_twice_is_a_conflict_naming_the_first_referral() {
    Map<String, Object> body = Submissions.eligible(site);
    String first =
        peSystem().body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");

    peSystem()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(409)
        .body("referralId", equalTo(first));
  }

  @Test
  void the_pole_emploi_system_names_an_agency_the_directory_knows() {
    Map<String, Object> body = Submissions.eligible(site);
    body.put("agencySafir", "98765");

    peSystem()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(422)
        .body("code", equalTo("agency-not-in-directory"));
    Agencies.known("98765");
    peSystem().body(body).post("/api/v1/referrals").then().statusCode(201);
  }

  @Test
  void advisors_of_two_agencies_may_use_the_same_reference_without_seeing_each_others_referral() {
    String reference = "PORTAL-" + UUID.randomUUID();
    Map<String, Object> first = Submissions.eligible(site);
    first.put("externalRef", reference);
    first.put("agencySafir", "59021");
    Map<String, Object> second = Submissions.eligible(site);
    second.put("externalRef", reference);
    second.put("agencySafir", "75012");

    String mine =
        advisorOf("59021")
            .body(first)
            .post("/api/v1/referrals")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    advisorOf("75012")
        .body(second)
        .post("/api/v1/referrals")
        .then()
        .statusCode(201)
        .body("id", not(equalTo(mine)));
    advisorOf("59021")
        .body(first)
        .post("/api/v1/referrals")
        .then()
        .statusCode(409)
        .body("referralId", equalTo(mine));
  }

  @Test
  void twenty_concurrent_submissions_with_one_idempotency_key_make_one_referral() throws Exception {
    Map<String, Object> body = Submissions.eligible(site);
    String key = "key-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    // The requests are built first and sent together, so that they really overlap.
    CyclicBarrier start = new CyclicBarrier(20);
    List<Callable<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      RequestSpecification request = peSystem().header("Idempotency-Key", key).body(body);
      calls.add(
          () -> {
            start.await();
            return request.post("/api/v1/referrals");
          });
    }
    List<Response> responses = new ArrayList<>();
    for (Future<Response> f : pool.invokeAll(calls)) {
      responses.add(f.get());
    }
    pool.shutdown();

    // 409 while the first is in flight; a replay (201) once it has completed: either may be seen.
    assertThat(responses).extracting(Response::statusCode).isSubsetOf(201, 409).contains(201);
    assertThat(
            responses.stream()
                .filter(r -> r.statusCode() == 201)
                .map(r -> r.<String>path("id"))
                .distinct())
        .hasSize(1);
    assertThat(referralsWithRef((String) body.get("externalRef"))).isEqualTo(1);
    peSystem()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true");
  }

  @Test
  void submissions_after_the_first_reuse_its_query_plans() {
    peSystem().body(Submissions.eligible(site)).post("/api/v1/referrals").then().statusCode(201);
    int plans = cachedQueryPlans();

    for (int i = 0; i < 3; i++) {
      peSystem().body(Submissions.eligible(site)).post("/api/v1/referrals").then().statusCode(201);
    }

    // A statement whose plan Hibernate cannot find again adds one per call, up to the cache's
    // size, and every lookup then goes through all of them.
    assertThat(cachedQueryPlans()).isEqualTo(plans);
  }

  @Test
  void a_session_named_at_submission_is_booked_and_a_full_one_refuses_the_referral() {
    UUID session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
    Map<String, Object> body = Submissions.eligible(site);
    body.put("sessionId", session.toString());
    peSystem()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(201)
        .body("sessionId", equalTo(session.toString()));

    UUID full = UUID.randomUUID();
    DirectoryStub.fullSession(full);
    Map<String, Object> refused = Submissions.eligible(site);
    refused.put("sessionId", full.toString());
    peSystem()
        .body(refused)
        .post("/api/v1/referrals")
        .then()
        .statusCode(409)
        .body("code", equalTo("seat-refused"))
        .body("detail", org.hamcrest.Matchers.containsString("is full"));
    assertThat(referralsWithRef((String) refused.get("externalRef"))).isZero();
  }

  @Test
  void a_bulk_submission_answers_each_item_and_is_safe_to_send_again() {
    Map<String, Object> good = Submissions.eligible(site);
    Map<String, Object> ineligible = Submissions.eligible(site);
    ineligible.put(
        "youngPerson", Submissions.person(LocalDate.now().minusYears(30), "NONE", "NONE"));
    Map<String, Object> invalid = Submissions.eligible(site);
    invalid.put("siteId", null);
    Map<String, Object> batch = Map.of("referrals", List.of(good, ineligible, invalid));

    peSystem()
        .body(batch)
        .post("/api/v1/referrals/bulk")
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejected", equalTo(2))
        .body("items.outcome", contains("CREATED", "REJECTED", "REJECTED"))
        .body("items.status", contains(201, 422, 400))
        .body("items[1].problem.code", equalTo("not-eligible"))
        .body("items[2].problem.errors.field", contains("siteId"));

    peSystem()
        .body(batch)
        .post("/api/v1/referrals/bulk")
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("alreadySubmitted", equalTo(1))
        .body("items[0].outcome", equalTo("ALREADY_SUBMITTED"));
  }

  @Test
  void a_bulk_of_more_than_500_is_refused_whole() {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      items.add(Map.of("externalRef", "R" + i));
    }
    peSystem()
        .body(Map.of("referrals", items))
        .post("/api/v1/referrals/bulk")
        .then()
        .statusCode(400);
  }

  @Test
  void a_bulk_booking_more_seats_than_fit_in_the_gateways_timeout_is_refused_before_any_item() {
    UUID session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < SubmissionApi.MAX_BULK_SEATS + 1; i++) {
      Map<String, Object> item = Submissions.eligible(site);
      item.put("sessionId", session.toString());
      items.add(item);
    }
    peSystem()
        .body(Map.of("referrals", items))
        .post("/api/v1/referrals/bulk")
        .then()
        .statusCode(422)
        .body("code", equalTo("bulk-too-many-seats"))
        .body("maxSeats", equalTo(SubmissionApi.MAX_BULK_SEATS));
    assertThat(referralsWithRef((String) items.get(0).get("externalRef"))).isZero();
  }

  @Test
  void an_unexpected_failure_of_one_bulk_item_is_that_items_error_and_the_others_stand() {
    UUID garbled = UUID.randomUUID();
    DirectoryStub.garbledSession(garbled);
    Map<String, Object> before = Submissions.eligible(site);
    Map<String, Object> broken = Submissions.eligible(site);
    broken.put("sessionId", garbled.toString());
    Map<String, Object> after = Submissions.eligible(site);

    peSystem()
        .body(Map.of("referrals", List.of(before, broken, after)))
        .post("/api/v1/referrals/bulk")
        .then()
        .statusCode(200)
        .body("created", equalTo(2))
        .body("items.outcome", contains("CREATED", "REJECTED", "CREATED"))
        .body("items[1].status", equalTo(500))
        .body("items[1].problem.type", equalTo("urn:passerelle:problem:internal"));
    assertThat(referralsWithRef((String) broken.get("externalRef"))).isZero();
  }

  private int cachedQueryPlans() {
    return entityManagerFactory
        .unwrap(SessionFactoryImplementor.class)
        .getQueryEngine()
        .getInterpretationCache()
        .getNumberOfCachedQueryPlans();
  }

  private int submitAged(LocalDate birthDate) {
    Map<String, Object> body = Submissions.eligible(site);
    body.put("youngPerson", Submissions.person(birthDate, "NONE", "NONE"));
    return peSystem().body(body).post("/api/v1/referrals").statusCode();
  }

  private static long referralsWithRef(String externalRef) {
    return QuarkusTransaction.requiringNew().call(() -> Referral.count("externalRef", externalRef));
  }
}
