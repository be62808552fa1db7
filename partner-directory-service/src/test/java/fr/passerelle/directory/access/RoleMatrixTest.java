package fr.passerelle.directory.access;

import static fr.passerelle.platform.testing.Callers.anonymous;
import static fr.passerelle.platform.testing.Callers.as;
import static fr.passerelle.platform.testing.Callers.withRole;

import fr.passerelle.directory.support.Fixtures;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what: each role on each kind of operation (ARCHITECTURE.md roles). */
@QuarkusTest
class RoleMatrixTest {

  private static final String[] READERS = {
    "admin",
    "directory-admin",
    "e2c-staff",
    "pe-advisor",
    "pe-company-advisor",
    "e2c-company-officer",
    "pe-system",
    "partner"
  };

  private UUID site;
  private UUID session;

  @BeforeEach
  void data() {
    site = Fixtures.site();
    session = Fixtures.session(site, 50, 10);
  }

  static Stream<Arguments> roles() {
    return Stream.of(READERS).map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("roles")
  void every_role_of_the_agreement_reads_the_directory(String role) {
    withRole(role).get("/api/v1/sites").then().statusCode(200);
    withRole(role).get("/api/v1/sites/" + site).then().statusCode(200);
    withRole(role).get("/api/v1/sites/nearby?communeCode=59350").then().statusCode(200);
    withRole(role).get("/api/v1/sessions?siteId=" + site).then().statusCode(200);
    withRole(role).get("/api/v1/agencies").then().statusCode(200);
    withRole(role).get("/api/v1/referents").then().statusCode(200);
    withRole(role).get("/api/v1/pairings").then().statusCode(200);
    withRole(role).get("/api/v1/pairings?includeEnded=true").then().statusCode(200);
    withRole(role).get("/api/v1/schools").then().statusCode(200);
    withRole(role).get("/api/v1/data-inclusion/structures").then().statusCode(200);
  }

  @ParameterizedTest
  @MethodSource("roles")
  void only_directory_admins_manage_sites_agencies_schools_and_pairings(String role) {
    boolean admin = role.equals("admin") || role.equals("directory-admin");
    int expected = admin ? 201 : 403;
    withRole(role)
        .body(Fixtures.siteBody(Fixtures.school(), "59350", "59000"))
        .post("/api/v1/sites")
        .then()
        .statusCode(expected);
    withRole(role)
        .body(
            Map.of(
                "safir", String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100000),
                "name", "Agency",
                "street", "1 rue",
                "communeCode", "59350",
                "postalCode", "59000"))
        .post("/api/v1/agencies")
        .then()
        .statusCode(admin ? org.hamcrest.Matchers.oneOf(201, 409) : org.hamcrest.Matchers.is(403));
    withRole(role)
        .body(
            Map.of("name", "School", "siret", Fixtures.freshSiret(), "labelStatus", "IN_PROGRESS"))
        .post("/api/v1/schools")
        .then()
        .statusCode(expected);
  }

  @ParameterizedTest
  @MethodSource("roles")
  void only_directory_admins_end_a_pairing(String role) {
    boolean admin = role.equals("admin") || role.equals("directory-admin");
    UUID pairing = Fixtures.pairing(Fixtures.agency(), site);

    withRole(role).delete("/api/v1/pairings/" + pairing).then().statusCode(admin ? 204 : 403);

    withRole(role)
        .get("/api/v1/pairings/" + pairing)
        .then()
        .statusCode(200)
        .body(
            "$",
            admin
                ? org.hamcrest.Matchers.hasKey("endedOn")
                : org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("endedOn")));
  }

  @ParameterizedTest
  @MethodSource("roles")
  void sessions_are_scheduled_by_admins_and_by_staff_of_the_site_only(String role) {
    boolean manages = role.equals("admin") || role.equals("directory-admin");
    withRole(role)
        .body(Fixtures.sessionBody(site, 10, 6))
        .post("/api/v1/sessions")
        .then()
        .statusCode(manages ? 201 : role.equals("e2c-staff") ? 404 : 403);
  }

  @ParameterizedTest
  @MethodSource("roles")
  void seats_are_booked_and_released_only_by_the_referral_service_and_the_admins(String role) {
    boolean books = role.equals("admin") || role.equals("directory-admin");
    String seat = "/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID();
    withRole(role).put(seat).then().statusCode(books ? 201 : 403);

    String held = "/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID();
    as(TestTokens.client("referral-service").roles("referral-service").issue())
        .put(held)
        .then()
        .statusCode(201);
    withRole(role).delete(held).then().statusCode(books ? 204 : 403);
  }

  @ParameterizedTest
  @MethodSource("roles")
  void a_sessions_reservations_are_read_only_by_the_admins_and_its_sites_staff(String role) {
    boolean reads = role.equals("admin") || role.equals("directory-admin");
    withRole(role)
        .get("/api/v1/sessions/" + session + "/reservations")
        .then()
        .statusCode(reads ? 200 : role.equals("e2c-staff") ? 404 : 403);
  }

  @org.junit.jupiter.api.Test
  void the_referral_service_books_seats_with_its_own_token_and_learns_the_sessions_site() {
    as(TestTokens.client("referral-service").roles("referral-service").issue())
        .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(201)
        .body("siteId", org.hamcrest.Matchers.equalTo(site.toString()));
  }

  @org.junit.jupiter.api.Test
  void anonymous_callers_get_nothing() {
    anonymous().get("/api/v1/sites").then().statusCode(401);
    anonymous().get("/api/v1/sites/" + site).then().statusCode(401);
    anonymous().get("/api/v1/data-inclusion/services").then().statusCode(401);
    anonymous()
        .put("/api/v1/sessions/" + session + "/reservations/" + UUID.randomUUID())
        .then()
        .statusCode(401);
  }

  @org.junit.jupiter.api.Test
  void an_unknown_role_reads_nothing() {
    withRole("someone-else").get("/api/v1/sites").then().statusCode(403);
  }
}
