package fr.passerelle.directory.support;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;

import fr.passerelle.platform.testing.FictitiousIdentifiers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Small builders of directory data, made through the API as an admin would. */
public final class Fixtures {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
  private static final AtomicInteger SAFIR = new AtomicInteger(62000);

  private Fixtures() {}

  public static String unique(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  /** A valid SIRET not yet used in this JVM. */
  public static String freshSiret() {
    return FictitiousIdentifiers.siret();
  }

  public static UUID school() {
    return UUID.fromString(
        directoryAdmin()
            .body(
                Map.of(
                    "name",
                    unique("E2C test school"),
                    "siret",
                    freshSiret(),
                    "labelStatus",
                    "LABELLED",
                    "labelDate",
                    "2024-06-01"))
            .post("/api/v1/schools")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public static Map<String, Object> siteBody(UUID school, String communeCode, String postalCode) {
    return new java.util.HashMap<>(
        Map.of(
            "schoolId",
            school,
            "code",
            unique("site"),
            "name",
            unique("E2C test site"),
            "street",
            "1 rue de la Gare",
            "communeCode",
            communeCode,
            "postalCode",
            postalCode,
            "openingHours",
            "Mo-Fr 09:00-17:00",
            "sectors",
            java.util.List.of("logistique", "commerce"),
            "status",
            "ACTIVE"));
  }

  /** An active site in a real commune. */
  public static UUID site(String communeCode, String postalCode) {
    return site(siteBody(school(), communeCode, postalCode));
  }

  /** The site this body describes, created by the directory's admin. */
  public static UUID site(Map<String, Object> body) {
    return UUID.fromString(
        directoryAdmin()
            .body(body)
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** A site in Lille (59350, 59000). */
  public static UUID site() {
    return site("59350", "59000");
  }

  public static Map<String, Object> sessionBody(UUID site, int capacity, int inDays) {
    Instant start = Instant.now().plus(inDays, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    return new java.util.HashMap<>(
        Map.of(
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
            capacity));
  }

  public static UUID session(UUID site, int capacity, int inDays) {
    return UUID.fromString(
        directoryAdmin()
            .body(sessionBody(site, capacity, inDays))
            .post("/api/v1/sessions")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** An agency in Lille (59350, 59000) with a SAFIR code not yet used in this JVM. */
  public static UUID agency() {
    return UUID.fromString(
        directoryAdmin()
            .body(
                Map.of(
                    "safir", String.valueOf(SAFIR.incrementAndGet()),
                    "name", unique("France Travail Lille"),
                    "street", "50 rue Pierre Legrand",
                    "communeCode", "59350",
                    "postalCode", "59000"))
            .post("/api/v1/agencies")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** A referent of a site (agency null) or of an agency (site null). */
  public static Map<String, Object> referentBody(UUID site, UUID agency, String function) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("siteId", site);
    body.put("agencyId", agency);
    body.put("firstName", "Camille");
    body.put("lastName", "Martin");
    body.put("function", function);
    body.put("email", "camille.martin@example.org");
    body.put("phone", "+33320123457");
    return body;
  }

  public static Map<String, Object> pairingBody(UUID agency, UUID site, String since) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("agencyId", agency);
    body.put("siteId", site);
    body.put("since", since);
    return body;
  }

  /** An active pairing of the agency and the site, since 1 September 2024. */
  public static UUID pairing(UUID agency, UUID site) {
    return UUID.fromString(
        directoryAdmin()
            .body(pairingBody(agency, site, "2024-09-01"))
            .post("/api/v1/pairings")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }
}
