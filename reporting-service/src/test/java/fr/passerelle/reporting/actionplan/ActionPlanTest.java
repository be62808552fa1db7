package fr.passerelle.reporting.actionplan;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisorOf;
import static fr.passerelle.platform.testing.Callers.anonymous;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.passerelle.contracts.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The agreement's action plan: written by steering, read by every role of the agreement. */
@QuarkusTest
class ActionPlanTest {

  private static final String PATH = "/api/v1/action-plan";

  private static RequestSpecification steering() {
    return withRole(Roles.STEERING);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Paris"));
  }

  private static Map<String, Object> commitment(String title, LocalDate dueOn, String status) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("owner", "Réseau E2C France");
    body.put("dueOn", dueOn.toString());
    body.put("status", status);
    return body;
  }

  private static String added(Map<String, Object> body) {
    return steering().body(body).post(PATH).then().statusCode(201).extract().path("id");
  }

  @Test
  void steering_adds_a_commitment_that_every_role_of_the_agreement_reads_with_its_version() {
    Map<String, Object> body =
        commitment(
            "Every E2C site paired with its local agencies", today().plusMonths(6), "PLANNED");
    body.put("description", "Each site has a signed pairing with the agencies of its area.");
    body.put("indicator", "coverage.pairedSites");
    body.put("regionCode", "32");

    var created =
        steering()
            .body(body)
            .post(PATH)
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("title", equalTo("Every E2C site paired with its local agencies"))
            .body("owner", equalTo("Réseau E2C France"))
            .body("dueOn", equalTo(today().plusMonths(6).toString()))
            .body("status", equalTo("PLANNED"))
            .body("late", equalTo(false))
            .body("indicator", equalTo("coverage.pairedSites"))
            .body("regionCode", equalTo("32"))
            .body("$", not(hasKey("departmentCode")))
            .body("version", equalTo(0))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith(PATH + "/" + id);

    for (RequestSpecification reader :
        List.of(advisorOf("59021"), e2cStaff(UUID.randomUUID()), steering(), admin())) {
      reader
          .get(PATH + "/" + id)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("id", equalTo(id))
          .body("indicator", equalTo("coverage.pairedSites"));
    }
    admin().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void an_update_needs_the_version_read_428_without_it_412_when_stale() {
    String id =
        added(commitment("A session per site and quarter", today().plusDays(90), "PLANNED"));
    Map<String, Object> started =
        commitment(
            "A session per site and quarter in an agency", today().plusDays(90), "IN_PROGRESS");
    started.put("departmentCode", "59");

    steering().body(started).put(PATH + "/" + id).then().statusCode(428);
    admin()
        .header("If-Match", "\"0\"")
        .body(started)
        .put(PATH + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("IN_PROGRESS"))
        .body("departmentCode", equalTo("59"))
        .body("title", equalTo("A session per site and quarter in an agency"));
    steering()
        .header("If-Match", "\"0\"")
        .body(commitment("Overwritten", today(), "DONE"))
        .put(PATH + "/" + id)
        .then()
        .statusCode(412)
        .body("currentVersion", equalTo(1));

    steering().get(PATH + "/" + id).then().body("status", equalTo("IN_PROGRESS"));
  }

  @Test
  void a_commitment_still_open_past_its_due_date_is_late_and_listed_so() {
    String overdue = added(commitment("Overdue", today().minusDays(1), "IN_PROGRESS"));
    String dueToday = added(commitment("Due today", today(), "PLANNED"));
    String kept = added(commitment("Kept", today().minusDays(30), "DONE"));
    String givenUp = added(commitment("Given up", today().minusDays(30), "ABANDONED"));

    steering().get(PATH + "/" + overdue).then().body("late", equalTo(true));
    steering().get(PATH + "/" + dueToday).then().body("late", equalTo(false));
    steering().get(PATH + "/" + kept).then().body("late", equalTo(false));

    List<String> late = allIds(Map.of("late", "true"));
    assertThat(late).contains(overdue).doesNotContain(dueToday, kept, givenUp);
    List<String> notLate = allIds(Map.of("late", "false"));
    assertThat(notLate).contains(dueToday, kept, givenUp).doesNotContain(overdue);
    assertThat(allIds(Map.of("status", "ABANDONED"))).contains(givenUp).doesNotContain(kept);
  }

  @Test
  void the_plan_is_listed_by_due_date_one_page_at_a_time_and_by_territory() {
    String region = "9" + (int) (Math.random() * 10); // a region of this test's own
    List<String> ids = new ArrayList<>();
    for (int month : List.of(3, 1, 2)) {
      Map<String, Object> body =
          commitment("Due in " + month, today().plusMonths(month), "PLANNED");
      body.put("regionCode", region);
      ids.add(added(body));
    }
    Map<String, Object> inDepartment = commitment("Departmental", today(), "PLANNED");
    inDepartment.put("departmentCode", "62");
    String departmental = added(inDepartment);

    List<String> ofRegion = allIds(Map.of("region", region));
    assertThat(ofRegion).containsSubsequence(ids.get(1), ids.get(2), ids.get(0));
    assertThat(ofRegion).doesNotContain(departmental);
    assertThat(allIds(Map.of("department", "62")))
        .contains(departmental)
        .doesNotContainAnyElementsOf(ids);

    var first =
        advisorOf("59021")
            .queryParam("limit", 1)
            .get(PATH)
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(1))
            .body("nextCursor", notNullValue())
            .extract();
    advisorOf("59021")
        .queryParam("limit", 1)
        .queryParam("cursor", first.<String>path("nextCursor"))
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items[0].id", not(equalTo(first.path("items[0].id"))));
  }

  @Test
  void only_steering_and_admin_write_and_machines_and_other_roles_do_not_even_read() {
    String id = added(commitment("Pairings", today().plusMonths(1), "PLANNED"));
    List<Supplier<RequestSpecification>> readersOnly =
        List.of(() -> advisorOf("59021"), () -> e2cStaff(UUID.randomUUID()));
    for (Supplier<RequestSpecification> reader : readersOnly) {
      reader.get().body(commitment("Mine", today(), "PLANNED")).post(PATH).then().statusCode(403);
      reader
          .get()
          .header("If-Match", "\"0\"")
          .body(commitment("Mine", today(), "DONE"))
          .put(PATH + "/" + id)
          .then()
          .statusCode(403);
    }
    List<Supplier<RequestSpecification>> outsiders =
        List.of(
            () -> peSystem(),
            () -> partner(),
            () -> directoryAdmin(),
            () -> withRole(Roles.PE_COMPANY_ADVISOR),
            () -> withRole(Roles.E2C_COMPANY_OFFICER));
    for (Supplier<RequestSpecification> outsider : outsiders) {
      outsider.get().get(PATH).then().statusCode(403);
      outsider.get().get(PATH + "/" + id).then().statusCode(403);
      outsider
          .get()
          .body(commitment("Theirs", today(), "PLANNED"))
          .post(PATH)
          .then()
          .statusCode(403);
      outsider
          .get()
          .header("If-Match", "\"0\"")
          .body(commitment("Theirs", today(), "DONE"))
          .put(PATH + "/" + id)
          .then()
          .statusCode(403);
    }
    anonymous().get(PATH).then().statusCode(401);

    steering()
        .get(PATH + "/" + id)
        .then()
        .body("version", equalTo(0))
        .body("title", equalTo("Pairings"));
  }

  @Test
  void every_bound_one_over_its_maximum_is_400() {
    Map<String, Object> atMost = commitment("t".repeat(200), today(), "PLANNED");
    atMost.put("description", "d".repeat(4000));
    atMost.put("owner", "o".repeat(200));
    atMost.put("indicator", "i".repeat(100));
    String id = added(atMost);

    List<Map<String, Object>> overs =
        List.of(
            with(atMost, "title", "t".repeat(201)),
            with(atMost, "description", "d".repeat(4001)),
            with(atMost, "owner", "o".repeat(201)),
            with(atMost, "owner", "Jeanne Martin <jeanne.martin@e2c.example>"),
            with(atMost, "indicator", "i".repeat(101)),
            with(atMost, "indicator", "Coverage pairedSites"),
            with(atMost, "departmentCode", "100"),
            with(atMost, "regionCode", "321"));
    for (Map<String, Object> over : overs) {
      steering().body(over).post(PATH).then().statusCode(400);
      steering().header("If-Match", "\"0\"").body(over).put(PATH + "/" + id).then().statusCode(400);
    }
    Map<String, Object> both = with(atMost, "departmentCode", "59");
    both.put("regionCode", "32");
    steering()
        .body(both)
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("regionCode"));
    steering().queryParam("limit", 101).get(PATH).then().statusCode(400);
    steering().queryParam("limit", 100).get(PATH).then().statusCode(200);
    steering().get(PATH + "/" + id).then().body("version", equalTo(0));
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  /** Every id steering lists with these filters, page after page. */
  private static List<String> allIds(Map<String, String> filters) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification request = steering().queryParams(filters).queryParam("limit", 100);
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
