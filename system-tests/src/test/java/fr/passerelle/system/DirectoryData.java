package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;

import fr.passerelle.platform.testing.FictitiousIdentifiers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Directory records made through the gateway by the demo directory admin. */
final class DirectoryData {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000);

  private DirectoryData() {}

  static String admin() {
    return SystemStack.user("directory-admin");
  }

  static String school() {
    return as(admin())
        .body(schoolBody("E2C system test"))
        .post("/api/v1/schools")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A new labelled school, with a SIRET of its own. */
  static Map<String, Object> schoolBody(String name) {
    return Map.of(
        "name", name, "siret", siret(), "labelStatus", "LABELLED", "labelDate", "2024-01-10");
  }

  static Map<String, Object> site(String school, String communeCode, String postalCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("schoolId", school);
    body.put("code", "system-" + SEQUENCE.incrementAndGet());
    body.put("name", "E2C system test site");
    body.put("street", "1 rue du Test");
    body.put("communeCode", communeCode);
    body.put("postalCode", postalCode);
    body.put("sectors", List.of("logistique"));
    body.put("status", "ACTIVE");
    return body;
  }

  static Map<String, Object> session(String site, int capacity, int inDays) {
    return session(
        site, capacity, Instant.now().plus(inDays, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
  }

  static Map<String, Object> session(String site, int capacity, Instant start) {
    return Map.of(
        "siteId",
        site,
        "venue",
        "SITE",
        "format",
        "IN_PERSON",
        "startsAt",
        start.toString(),
        "endsAt",
        start.plus(2, ChronoUnit.HOURS).toString(),
        "capacity",
        capacity);
  }

  static String createSite(String communeCode, String postalCode) {
    return as(admin())
        .body(site(school(), communeCode, postalCode))
        .post("/api/v1/sites")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String createSession(String site, int capacity, int inDays) {
    return create(session(site, capacity, inDays));
  }

  /** A session starting soon, for a scenario that records attendance once it has started. */
  static String createSessionStartingIn(String site, int capacity, java.time.Duration in) {
    return create(session(site, capacity, Instant.now().plus(in)));
  }

  private static String create(Map<String, Object> session) {
    return as(admin())
        .body(session)
        .post("/api/v1/sessions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String siret() {
    return FictitiousIdentifiers.siret();
  }

  static UUID referral() {
    return UUID.randomUUID();
  }
}
