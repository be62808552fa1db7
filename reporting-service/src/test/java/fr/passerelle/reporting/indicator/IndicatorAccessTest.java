package fr.passerelle.reporting.indicator;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisorOf;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.platform.testing.Callers.withRole;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.contracts.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Who reads the indicators, from the other side: machines, company roles and the directory's admin
 * are refused every one; E2C staff and advisors read their own territory only (another answers 404,
 * as a record outside their scope does); a request that cannot be understood is a 400 problem.
 */
@QuarkusTest
class IndicatorAccessTest {

  private static final String INDICATORS = "/api/v1/indicators";

  private static final List<String> READS =
      List.of(
          INDICATORS + "/funnel",
          INDICATORS + "/refusals",
          INDICATORS + "/rates",
          INDICATORS + "/company",
          INDICATORS + "/sessions",
          INDICATORS + "/coverage",
          INDICATORS + "/prospection",
          INDICATORS + "/freshness",
          INDICATORS + "/scorecard",
          INDICATORS + "/targets/2");

  private static final Map<String, Object> TARGETS =
      Map.of("targets", List.of(Map.of("indicator", "funnel.submitted", "value", 1000)));

  @Test
  void machines_company_roles_and_the_directory_admin_are_refused_every_indicator() {
    List<Supplier<RequestSpecification>> outsiders =
        List.of(
            () -> peSystem(),
            () -> partner(),
            () -> companyAdvisorOf("59021"),
            () -> companyOfficerOf(UUID.randomUUID()),
            () -> directoryAdmin());

    for (Supplier<RequestSpecification> outsider : outsiders) {
      for (String read : READS) {
        outsider.get().get(read).then().statusCode(403).contentType("application/problem+json");
      }
      outsider.get().post(INDICATORS + "/rebuilds").then().statusCode(403);
      outsider
          .get()
          .header("If-Match", "\"0\"")
          .body(TARGETS)
          .put(INDICATORS + "/targets/3")
          .then()
          .statusCode(403);
    }
  }

  @Test
  void only_an_admin_starts_a_rebuild() {
    withRole(Roles.STEERING)
        .post(INDICATORS + "/rebuilds")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    e2cStaff(UUID.randomUUID()).post(INDICATORS + "/rebuilds").then().statusCode(403);
    advisorOf("59021").post(INDICATORS + "/rebuilds").then().statusCode(403);
  }

  @Test
  void e2c_staff_and_advisors_read_the_targets_but_do_not_set_them() {
    e2cStaff(UUID.randomUUID()).get(INDICATORS + "/targets/3").then().statusCode(200);
    advisorOf("59021").get(INDICATORS + "/targets/3").then().statusCode(200);

    e2cStaff(UUID.randomUUID())
        .header("If-Match", "\"0\"")
        .body(TARGETS)
        .put(INDICATORS + "/targets/3")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    advisorOf("59021")
        .header("If-Match", "\"0\"")
        .body(TARGETS)
        .put(INDICATORS + "/targets/3")
        .then()
        .statusCode(403);
  }

  @Test
  void e2c_staff_read_their_own_site_and_neither_another_site_nor_the_country() {
    UUID site = UUID.randomUUID();
    UUID another = UUID.randomUUID();

    e2cStaff(site)
        .get(INDICATORS + "/funnel?territory=site:" + site)
        .then()
        .statusCode(200)
        .body("territory", equalTo("site:" + site));
    e2cStaff(site)
        .get(INDICATORS + "/funnel?territory=site:" + another)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    e2cStaff(site).get(INDICATORS + "/funnel?territory=national").then().statusCode(404);
    e2cStaff(site).get(INDICATORS + "/rates?territory=department:59").then().statusCode(404);
    e2cStaff(site).get(INDICATORS + "/scorecard?territory=site:" + another).then().statusCode(404);
  }

  @Test
  void e2c_staff_asking_no_territory_read_their_sites() {
    UUID site = UUID.randomUUID();

    e2cStaff(site)
        .get(INDICATORS + "/funnel")
        .then()
        .statusCode(200)
        .body("territory", equalTo("site:" + site));
  }

  @Test
  void an_advisor_reads_their_agency_by_default_and_no_other() {
    String safir = "62041";

    advisorOf(safir)
        .get(INDICATORS + "/funnel")
        .then()
        .statusCode(200)
        .body("territory", equalTo("agency:" + safir));
    advisorOf(safir)
        .get(INDICATORS + "/funnel?territory=agency:" + safir)
        .then()
        .statusCode(200)
        .body("territory", equalTo("agency:" + safir));
    advisorOf(safir)
        .get(INDICATORS + "/funnel?territory=agency:59021")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    advisorOf(safir).get(INDICATORS + "/sessions?territory=national").then().statusCode(404);
    advisorOf(safir).get(INDICATORS + "/scorecard?territory=agency:59021").then().statusCode(404);
  }

  @Test
  void steering_reads_any_territory() {
    withRole(Roles.STEERING)
        .get(INDICATORS + "/funnel?territory=region:32")
        .then()
        .statusCode(200)
        .body("territory", equalTo("region:32"));
    withRole(Roles.STEERING)
        .get(INDICATORS + "/funnel")
        .then()
        .statusCode(200)
        .body("territory", equalTo("national"));
  }

  @Test
  void a_territory_that_means_nothing_is_a_400_problem_naming_it() {
    invalid("/funnel?territory=planet:3", "territory");
    invalid("/funnel?territory=site:not-a-site", "territory");
    invalid("/funnel?territory=department:1", "territory");
  }

  @Test
  void an_unknown_grouping_is_a_400_problem_naming_group_by() {
    invalid("/funnel?groupBy=planet", "groupBy");
    invalid("/refusals?groupBy=month,planet", "groupBy");
  }

  @Test
  void a_month_that_does_not_exist_is_a_400_problem_naming_month() {
    invalid("/funnel?month=2026-13", "month");
    invalid("/funnel?month=2026-03&from=2026-03-01", "month");
  }

  @Test
  void a_period_ending_before_it_starts_is_a_400_problem_naming_from() {
    invalid("/funnel?from=2026-03-10&to=2026-03-01", "from");
    invalid("/rates?from=2000-01-01&to=2026-03-01", "from");
  }

  @Test
  void a_bad_territory_or_format_is_a_400_for_steering_too() {
    withRole(Roles.STEERING)
        .get(INDICATORS + "/prospection?territory=region:ABC")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    withRole(Roles.STEERING)
        .get(INDICATORS + "/funnel?format=xlsx")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("format"));
  }

  private static void invalid(String query, String field) {
    admin()
        .get(INDICATORS + query)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors[0].field", equalTo(field));
  }
}
