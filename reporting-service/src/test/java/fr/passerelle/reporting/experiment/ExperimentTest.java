package fr.passerelle.reporting.experiment;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisorOf;
import static fr.passerelle.platform.testing.Callers.anonymous;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.platform.testing.Callers.withRole;
import static fr.passerelle.reporting.experiment.Experiments.PATH;
import static fr.passerelle.reporting.experiment.Experiments.atSites;
import static fr.passerelle.reporting.experiment.Experiments.body;
import static fr.passerelle.reporting.experiment.Experiments.inAgency;
import static fr.passerelle.reporting.experiment.Experiments.newAgency;
import static fr.passerelle.reporting.experiment.Experiments.proposed;
import static fr.passerelle.reporting.experiment.Experiments.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.contracts.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register of local experiments: proposed and updated by their territory, reviewed by steering,
 * seen by each caller within their agency or sites only.
 */
@QuarkusTest
class ExperimentTest {

  private String agency;
  private String otherAgency;
  private UUID site;
  private UUID otherSite;

  @BeforeEach
  void a_territory_of_its_own() {
    agency = newAgency();
    otherAgency = newAgency();
    site = UUID.randomUUID();
    otherSite = UUID.randomUUID();
  }

  private static RequestSpecification steering() {
    return withRole(Roles.STEERING);
  }

  @Test
  void an_advisor_proposes_an_experiment_of_their_agency_and_reads_it_with_its_version() {
    Map<String, Object> body = inAgency(agency);
    body.put("evaluationNotes", "Attendance rose from 40% to 65%.");

    String id =
        advisorOf(agency)
            .body(body)
            .post(PATH)
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .header("Location", containsString(PATH + "/"))
            .body("status", equalTo("PROPOSED"))
            .body("title", equalTo("Information sessions held in the agency"))
            .body("territory.agencySafirs", contains(agency))
            .body("territory.siteIds", empty())
            .body("territory.departmentCodes", empty())
            .body("partners", contains("Mission locale de Roubaix"))
            .body("responsible", equalTo("Chargé de mission partenariat"))
            .body("startsOn", equalTo("2026-01-05"))
            .body("endsOn", equalTo("2026-06-30"))
            .body("objectives", contains("SECURE_PATH", "LEAD_TO_JOB"))
            .body("evaluationNotes", equalTo("Attendance rose from 40% to 65%."))
            .body("proposedBy", equalTo("advisor-" + agency))
            .body("version", equalTo(0))
            .body("$", not(hasKey("reviewNote")))
            .extract()
            .path("id");

    advisorOf(agency)
        .get(PATH + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo(id))
        .body("status", equalTo("PROPOSED"));
    steering().get(PATH + "/" + id).then().statusCode(200);
    admin().get(PATH + "/" + id).then().statusCode(200);
  }

  @Test
  void the_location_names_the_new_experiment() {
    var created = e2cStaff(site).body(atSites(site)).post(PATH).then().statusCode(201).extract();
    assertThat(created.header("Location")).endsWith(PATH + "/" + created.path("id"));
  }

  @Test
  void an_update_needs_the_version_read_428_without_it_412_when_stale() {
    String id = proposed(advisorOf(agency), inAgency(agency));
    Map<String, Object> changed = inAgency(agency);
    changed.put("title", "Information sessions, second term");
    changed.put("objectives", List.of("GIVE_CONFIDENCE"));

    advisorOf(agency)
        .body(changed)
        .put(PATH + "/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");

    advisorOf(agency)
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(PATH + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title", equalTo("Information sessions, second term"))
        .body("objectives", contains("GIVE_CONFIDENCE"))
        .body("status", equalTo("PROPOSED"))
        .body("version", equalTo(1));

    advisorOf(agency)
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(PATH + "/" + id)
        .then()
        .statusCode(412)
        .body("currentVersion", equalTo(1));
    advisorOf(agency).get(PATH + "/" + id).then().header("ETag", "\"1\"");
  }

  @Test
  void steering_reviews_an_experiment_from_proposed_to_extended() {
    String id = proposed(advisorOf(agency), inAgency(agency));

    steering()
        .body(review("RUNNING", "Approved by the departmental committee."))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("RUNNING"))
        .body("reviewNote", equalTo("Approved by the departmental committee."))
        .body("reviewedBy", equalTo("user-steering"))
        .body("reviewedAt", notNullValue());
    admin()
        .body(review("EVALUATED", null))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(200)
        .body("status", equalTo("EVALUATED"))
        .body("reviewedBy", equalTo("dpo-1"))
        .body("$", not(hasKey("reviewNote")));
    steering()
        .header("If-Match", "\"2\"")
        .body(review("EXTENDED", "Extended to the whole department."))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(200)
        .header("ETag", "\"3\"")
        .body("status", equalTo("EXTENDED"));

    advisorOf(agency).get(PATH + "/" + id).then().body("status", equalTo("EXTENDED"));
  }

  @Test
  void a_move_the_status_does_not_allow_is_422_with_the_allowed_ones() {
    String id = proposed(advisorOf(agency), inAgency(agency));

    steering()
        .body(review("EVALUATED", null))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(422)
        .body("code", equalTo("experiment-transition-not-allowed"))
        .body("status", equalTo("PROPOSED"))
        .body("allowed", containsInAnyOrder("RUNNING", "STOPPED"));
    steering()
        .body(review("PROPOSED", null))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(422);

    steering()
        .body(review("RUNNING", null))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(200);
    steering()
        .body(review("STOPPED", null))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(422)
        .body("allowed", contains("EVALUATED"));
    steering()
        .body(review("EVALUATED", null))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(200);
    steering()
        .body(review("STOPPED", "No effect on attendance."))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(200)
        .body("status", equalTo("STOPPED"));

    steering()
        .body(review("EXTENDED", null))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(422)
        .body("status", equalTo("STOPPED"))
        .body("allowed", empty());
  }

  @Test
  void a_proposal_may_be_stopped_before_it_runs() {
    String id = proposed(e2cStaff(site), atSites(site));

    steering()
        .body(review("STOPPED", "Covered by the regional experiment."))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(200)
        .body("status", equalTo("STOPPED"));
  }

  @Test
  void a_review_with_a_stale_version_is_412_and_changes_nothing() {
    String id = proposed(advisorOf(agency), inAgency(agency));
    Map<String, Object> changed = inAgency(agency);
    changed.put("title", "Changed meanwhile");
    advisorOf(agency).header("If-Match", "\"0\"").body(changed).put(PATH + "/" + id);

    steering()
        .header("If-Match", "\"0\"")
        .body(review("RUNNING", null))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(412)
        .body("currentVersion", equalTo(1));

    steering().get(PATH + "/" + id).then().body("status", equalTo("PROPOSED"));
  }

  @Test
  void only_steering_and_admin_review_even_the_experiments_advisors_and_staff_propose() {
    String byAdvisor = proposed(advisorOf(agency), inAgency(agency));
    String byStaff = proposed(e2cStaff(site), atSites(site));

    advisorOf(agency)
        .body(review("RUNNING", null))
        .post(PATH + "/" + byAdvisor + "/status")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    e2cStaff(site)
        .body(review("RUNNING", null))
        .post(PATH + "/" + byStaff + "/status")
        .then()
        .statusCode(403);

    steering().get(PATH + "/" + byAdvisor).then().body("status", equalTo("PROPOSED"));
  }

  @Test
  void every_operation_is_refused_to_the_roles_outside_the_agreements_steering() {
    String id = proposed(steering(), inAgency(agency));
    List<Supplier<RequestSpecification>> outsiders =
        List.of(
            () -> peSystem(),
            () -> partner(),
            () -> directoryAdmin(),
            () -> withRole(Roles.PE_COMPANY_ADVISOR),
            () -> withRole(Roles.E2C_COMPANY_OFFICER));

    for (Supplier<RequestSpecification> outsider : outsiders) {
      outsider.get().body(inAgency(agency)).post(PATH).then().statusCode(403);
      outsider.get().get(PATH).then().statusCode(403);
      outsider.get().get(PATH + "/" + id).then().statusCode(403);
      outsider
          .get()
          .header("If-Match", "\"0\"")
          .body(inAgency(agency))
          .put(PATH + "/" + id)
          .then()
          .statusCode(403);
      outsider
          .get()
          .body(review("RUNNING", null))
          .post(PATH + "/" + id + "/status")
          .then()
          .statusCode(403);
    }
    anonymous().get(PATH + "/" + id).then().statusCode(401);
    steering().get(PATH + "/" + id).then().header("ETag", "\"0\"");
  }

  @Test
  void another_agencys_advisor_and_another_sites_staff_are_answered_404() {
    String ofAgency = proposed(advisorOf(agency), inAgency(agency));
    String ofSite = proposed(e2cStaff(site), atSites(site));

    for (String id : List.of(ofAgency, ofSite)) {
      advisorOf(otherAgency)
          .get(PATH + "/" + id)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      e2cStaff(otherSite).get(PATH + "/" + id).then().statusCode(404);
    }
    advisorOf(otherAgency)
        .header("If-Match", "\"0\"")
        .body(inAgency(otherAgency))
        .put(PATH + "/" + ofAgency)
        .then()
        .statusCode(404);
    e2cStaff(otherSite)
        .header("If-Match", "\"0\"")
        .body(atSites(otherSite))
        .put(PATH + "/" + ofSite)
        .then()
        .statusCode(404);
    // the advisor's agency does not reach a site's experiment, nor the site's staff an agency's
    advisorOf(agency).get(PATH + "/" + ofSite).then().statusCode(404);
    e2cStaff(site).get(PATH + "/" + ofAgency).then().statusCode(404);
    steering().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);

    steering().get(PATH + "/" + ofAgency).then().body("version", equalTo(0));
    steering().get(PATH + "/" + ofSite).then().body("version", equalTo(0));
  }

  @Test
  void staff_of_several_sites_see_the_experiments_naming_any_one_of_them() {
    String joint =
        proposed(steering(), body(List.of("59"), List.of(otherSite), List.of(otherAgency)));

    e2cStaff(site, otherSite).get(PATH + "/" + joint).then().statusCode(200);
    advisorOf(otherAgency).get(PATH + "/" + joint).then().statusCode(200);
    e2cStaff(site).get(PATH + "/" + joint).then().statusCode(404);
  }

  @Test
  void the_list_holds_only_the_experiments_of_the_callers_territory() {
    String ofAgency = proposed(advisorOf(agency), inAgency(agency));
    String ofOtherAgency = proposed(advisorOf(otherAgency), inAgency(otherAgency));
    String ofSite = proposed(e2cStaff(site), atSites(site));
    String ofOtherSite = proposed(e2cStaff(otherSite), atSites(otherSite));
    String national = proposed(steering(), body(List.of("59", "62"), List.of(), List.of()));

    List<String> advisorSees = allIds(() -> advisorOf(agency), Map.of());
    assertThat(advisorSees).contains(ofAgency).doesNotContain(ofOtherAgency, ofSite, national);

    List<String> staffSees = allIds(() -> e2cStaff(site), Map.of());
    assertThat(staffSees).contains(ofSite).doesNotContain(ofOtherSite, ofAgency, national);

    List<String> steeringSees = allIds(ExperimentTest::steering, Map.of("department", "62"));
    assertThat(steeringSees).contains(national).doesNotContain(ofAgency, ofSite);
    assertThat(allIds(ExperimentTest::steering, Map.of("agency", agency)))
        .containsExactly(ofAgency);
    assertThat(allIds(ExperimentTest::steering, Map.of("site", otherSite.toString())))
        .containsExactly(ofOtherSite);
  }

  @Test
  void the_list_filters_by_status_and_day_and_pages_by_first_day() {
    Map<String, Object> first = inAgency(agency);
    first.put("startsOn", "2026-01-05");
    first.put("endsOn", "2026-03-31");
    Map<String, Object> second = inAgency(agency);
    second.put("startsOn", "2026-02-01");
    second.put("endsOn", "2026-12-31");
    Map<String, Object> third = inAgency(agency);
    third.put("startsOn", "2026-09-01");
    third.put("endsOn", "2027-06-30");
    String idThird = proposed(advisorOf(agency), third);
    String idFirst = proposed(advisorOf(agency), first);
    String idSecond = proposed(advisorOf(agency), second);
    steering().body(review("RUNNING", null)).post(PATH + "/" + idSecond + "/status");

    var page =
        advisorOf(agency)
            .queryParam("limit", 2)
            .get(PATH)
            .then()
            .statusCode(200)
            .body("items.id", contains(idFirst, idSecond))
            .body("nextCursor", notNullValue())
            .extract();
    advisorOf(agency)
        .queryParam("limit", 2)
        .queryParam("cursor", page.<String>path("nextCursor"))
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", contains(idThird))
        .body("$", not(hasKey("nextCursor")));

    assertThat(allIds(() -> advisorOf(agency), Map.of("status", "RUNNING")))
        .containsExactly(idSecond);
    assertThat(allIds(() -> advisorOf(agency), Map.of("activeOn", "2026-03-15")))
        .containsExactly(idFirst, idSecond);
    assertThat(allIds(() -> advisorOf(agency), Map.of("activeOn", "2027-01-01")))
        .containsExactly(idThird);
  }

  @Test
  void an_advisor_or_staff_proposes_within_their_own_territory_only_else_422() {
    for (Map<String, Object> outside :
        List.of(
            inAgency(otherAgency),
            body(List.of(), List.of(), List.of(agency, otherAgency)),
            body(List.of(), List.of(site), List.of(agency)),
            body(List.of("59"), List.of(), List.of(agency)))) {
      advisorOf(agency)
          .body(outside)
          .post(PATH)
          .then()
          .statusCode(422)
          .body("code", equalTo("territory-outside-scope"));
    }
    for (Map<String, Object> outside :
        List.of(
            atSites(otherSite),
            atSites(site, otherSite),
            body(List.of(), List.of(site), List.of(agency)),
            body(List.of("59"), List.of(site), List.of()))) {
      e2cStaff(site)
          .body(outside)
          .post(PATH)
          .then()
          .statusCode(422)
          .body("code", equalTo("territory-outside-scope"));
    }
    e2cStaff(site, otherSite).body(atSites(site, otherSite)).post(PATH).then().statusCode(201);
    steering()
        .body(body(List.of("59"), List.of(site), List.of(agency, otherAgency)))
        .post(PATH)
        .then()
        .statusCode(201);
  }

  @Test
  void a_local_update_changes_only_the_callers_part_of_the_territory() {
    String joint =
        proposed(steering(), body(List.of("59"), List.of(site), List.of(agency, otherAgency)));

    Map<String, Object> retitled = body(List.of("59"), List.of(site), List.of(otherAgency, agency));
    retitled.put("title", "Joint sessions, retitled by the agency");
    advisorOf(agency)
        .header("If-Match", "\"0\"")
        .body(retitled)
        .put(PATH + "/" + joint)
        .then()
        .statusCode(200)
        .body("title", equalTo("Joint sessions, retitled by the agency"));

    for (Map<String, Object> reaching :
        List.of(
            body(List.of("59"), List.of(), List.of(agency, otherAgency)),
            body(List.of(), List.of(site), List.of(agency, otherAgency)),
            body(List.of("59", "62"), List.of(site), List.of(agency, otherAgency)),
            body(List.of("59"), List.of(site), List.of(otherAgency)))) {
      advisorOf(agency)
          .header("If-Match", "\"1\"")
          .body(reaching)
          .put(PATH + "/" + joint)
          .then()
          .statusCode(422)
          .body("code", equalTo("territory-outside-scope"));
    }

    // the site's staff add a second site of theirs, and leave the agencies as steering set them
    e2cStaff(site, otherSite)
        .header("If-Match", "\"1\"")
        .body(body(List.of("59"), List.of(site, otherSite), List.of(agency, otherAgency)))
        .put(PATH + "/" + joint)
        .then()
        .statusCode(200)
        .body("territory.siteIds", contains(site.toString(), otherSite.toString()));
  }

  @Test
  void a_territory_names_something_and_an_experiment_ends_after_it_starts() {
    steering()
        .body(body(List.of(), List.of(), List.of()))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("territory"));

    Map<String, Object> backwards = inAgency(agency);
    backwards.put("startsOn", "2026-06-30");
    backwards.put("endsOn", "2026-01-05");
    advisorOf(agency)
        .body(backwards)
        .post(PATH)
        .then()
        .statusCode(422)
        .body("code", equalTo("experiment-ends-before-start"));

    Map<String, Object> oneDay = inAgency(agency);
    oneDay.put("startsOn", "2026-03-12");
    oneDay.put("endsOn", "2026-03-12");
    advisorOf(agency).body(oneDay).post(PATH).then().statusCode(201);
  }

  @Test
  void the_responsible_is_a_function_not_a_persons_contact() {
    for (String contact :
        List.of("Jeanne Martin, jeanne.martin@e2c.example", "Directrice, 03 20 12 34 56")) {
      Map<String, Object> body = inAgency(agency);
      body.put("responsible", contact);
      advisorOf(agency)
          .body(body)
          .post(PATH)
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("responsible"));
    }
  }

  @Test
  void every_bound_one_over_its_maximum_is_400() {
    Map<String, Object> atMost = inAgency(agency);
    atMost.put("title", "t".repeat(200));
    atMost.put("description", "d".repeat(4000));
    atMost.put("partners", names(20, 200));
    atMost.put("responsible", "r".repeat(200));
    atMost.put("evaluationNotes", "n".repeat(4000));
    atMost.put("objectives", List.of("SECURE_PATH", "GIVE_CONFIDENCE", "LEAD_TO_JOB"));
    String id = proposed(advisorOf(agency), atMost);

    List<Map<String, Object>> overs = new ArrayList<>();
    overs.add(with(atMost, "title", "t".repeat(201)));
    overs.add(with(atMost, "description", "d".repeat(4001)));
    overs.add(with(atMost, "partners", names(21, 10)));
    overs.add(with(atMost, "partners", names(1, 201)));
    overs.add(with(atMost, "responsible", "r".repeat(201)));
    overs.add(with(atMost, "evaluationNotes", "n".repeat(4001)));
    overs.add(
        with(
            atMost,
            "objectives",
            List.of("SECURE_PATH", "GIVE_CONFIDENCE", "LEAD_TO_JOB", "LEAD_TO_JOB")));
    overs.add(with(atMost, "objectives", List.of()));
    overs.add(with(atMost, "territory", Map.of("departmentCodes", Collections.nCopies(21, "59"))));
    overs.add(
        with(
            atMost,
            "territory",
            Map.of(
                "siteIds",
                IntStream.range(0, 51).mapToObj(i -> UUID.randomUUID().toString()).toList())));
    overs.add(with(atMost, "territory", Map.of("agencySafirs", Collections.nCopies(51, agency))));
    overs.add(with(atMost, "territory", Map.of("agencySafirs", List.of("5902"))));
    overs.add(with(atMost, "territory", Map.of("departmentCodes", List.of("100"))));
    for (Map<String, Object> over : overs) {
      steering().body(over).post(PATH).then().statusCode(400);
      steering().header("If-Match", "\"0\"").body(over).put(PATH + "/" + id).then().statusCode(400);
    }

    steering()
        .body(review("RUNNING", "n".repeat(1001)))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(400);
    steering()
        .body(review("RUNNING", "n".repeat(1000)))
        .post(PATH + "/" + id + "/status")
        .then()
        .statusCode(200);
    steering().queryParam("limit", 101).get(PATH).then().statusCode(400);
    steering().queryParam("limit", 100).get(PATH).then().statusCode(200);
    steering().queryParam("department", "100").get(PATH).then().statusCode(400);
  }

  private static List<String> names(int count, int length) {
    return IntStream.range(0, count)
        .mapToObj(i -> (i + "-" + "p".repeat(length)).substring(0, length))
        .toList();
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  /** Every id the caller lists with these filters, page after page. */
  private static List<String> allIds(
      Supplier<RequestSpecification> caller, Map<String, String> filters) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification request = caller.get().queryParams(filters).queryParam("limit", 100);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get(PATH).then().statusCode(200).extract();
      ids.addAll(page.<List<String>>path("items.id"));
      cursor = page.path("nextCursor");
    } while (cursor != null);
    return ids;
  }
}
