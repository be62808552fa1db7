package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Referrals made through the gateway by the Pôle emploi information system, about a fictitious
 * young person, and the E2C staff who follow them.
 */
final class ReferralData {

  static final String PE_SYSTEM = "pe-information-system";
  static final String PE_SYSTEM_SECRET = "demo-pe-information-system-secret";

  /** How long the referral service may take to copy a new site from the directory's events. */
  private static final Duration SITE_KNOWN_WITHIN = Duration.ofSeconds(60);

  private ReferralData() {}

  static String peSystem() {
    return SystemStack.client(PE_SYSTEM, PE_SYSTEM_SECRET);
  }

  /** A token of the demo E2C staff user, who now also works for these sites. */
  static String staffOf(String... sites) {
    try {
      SystemStack.get().giveE2cSites("e2c-staff", List.of(sites));
    } catch (Exception e) {
      throw new IllegalStateException("could not give e2c-staff the sites", e);
    }
    return SystemStack.user("e2c-staff");
  }

  /** A new reference of the Pôle emploi system, unique per call. */
  static String externalRef() {
    return "PE-SYS-" + UUID.randomUUID().toString().replace("-", "");
  }

  /** A valid submission by the Pôle emploi system; the young person is fictitious and 19. */
  static Map<String, Object> submission(String externalRef, String site) {
    return Map.of(
        "externalRef",
        externalRef,
        "agencySafir",
        "90001",
        "youngPerson",
        Map.of(
            "firstName",
            "Camille",
            "lastName",
            "Martin",
            "birthDate",
            "2007-04-12",
            "communeCode",
            "59350",
            "contact",
            Map.of("phone", "+33612345678", "preferredChannel", "SMS"),
            "highestQualification",
            "NONE",
            "activity",
            "NONE"),
        "diagnostic",
        Map.of(
            "barriers",
            List.of("MOBILITY"),
            "summary",
            "Fictitious diagnostic of a system test: left school without a diploma.",
            "projectIdea",
            "Work in logistics",
            "romeCodes",
            List.of("N1103")),
        "consent",
        Map.of(
            "givenOn", java.time.LocalDate.now().minusDays(1).toString(), "method", "IN_INTERVIEW"),
        "siteId",
        site);
  }

  static Response submit(String token, String idempotencyKey, Map<String, Object> body) {
    return as(token).header("Idempotency-Key", idempotencyKey).body(body).post("/api/v1/referrals");
  }

  /**
   * Submits as soon as the referral service knows the site: until it has consumed the directory's
   * site-created event, a submission is refused with 422 {@code site-not-active}.
   *
   * @return the answer to the first submission that was not refused for that reason
   */
  static Response submitOnceTheSiteIsKnown(
      String token, String idempotencyKey, Map<String, Object> body) {
    return await()
        .atMost(SITE_KNOWN_WITHIN)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              Response answer = submit(token, idempotencyKey, body);
              boolean siteNotKnownYet =
                  answer.statusCode() == 422 && "site-not-active".equals(answer.path("code"));
              return siteNotKnownYet ? null : answer;
            },
            Objects::nonNull);
  }

  /** A referral submitted by the Pôle emploi system to the site, awaited until accepted. */
  static String submitted(String site) {
    return submitOnceTheSiteIsKnown(
            peSystem(), UUID.randomUUID().toString(), submission(externalRef(), site))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Every change of this referral in the caller's change feed, oldest first. */
  static List<Map<String, Object>> changesOf(String token, String referral) {
    List<Map<String, Object>> changes = new ArrayList<>();
    String cursor = null;
    boolean more = true;
    while (more) {
      var request = as(token).queryParam("limit", 1000);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      var page =
          request.get("/api/v1/referrals/changes").then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> batch = page.getList("changes");
      batch.stream().filter(c -> referral.equals(c.get("referralId"))).forEach(changes::add);
      cursor = page.getString("nextCursor");
      more = page.getBoolean("hasMore");
    }
    return changes;
  }

  /** A path move (or a milestone) by E2C staff: POST /api/v1/referrals/{id}/{what}. */
  static ValidatableResponse move(
      String token, String referral, String what, Map<String, Object> body) {
    return as(token).body(body).post("/api/v1/referrals/" + referral + "/" + what).then();
  }

  /**
   * Records the young person SEEN at their information session: refused (422) until the session has
   * started, a few seconds after the invitation.
   */
  static void attendedOnceTheSessionStarted(String staff, String referral) {
    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                move(staff, referral, "attendance", Map.of("attendance", "SEEN"))
                    .extract()
                    .statusCode(),
            status -> status != 422);
  }
}
