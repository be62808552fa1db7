package fr.passerelle.referral.support;

import fr.passerelle.platform.testing.Callers;
import java.util.Map;
import java.util.UUID;

/** Referrals brought to a status through the API, as the two networks would. */
public final class Referrals {

  private Referrals() {}

  /** Submitted by the Pôle emploi system to this site. */
  public static UUID submitted(UUID site) {
    return UUID.fromString(
        Callers.peSystem()
            .body(Submissions.eligible(site))
            .post("/api/v1/referrals")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public static UUID underReview(UUID site) {
    UUID id = submitted(site);
    move(site, id, "open", Map.of());
    return id;
  }

  public static UUID invited(UUID site, UUID session) {
    UUID id = underReview(site);
    move(site, id, "invitation", Map.of("sessionId", session.toString()));
    return id;
  }

  public static UUID inPath(UUID site, UUID session) {
    UUID id = invited(site, session);
    move(site, id, "attendance", Map.of("attendance", "SEEN"));
    move(
        site,
        id,
        "admission",
        Map.of("commitmentSignedOn", daysAgo(10), "pathStartsOn", daysAgo(3)));
    move(site, id, "start", Map.of("startedOn", daysAgo(3)));
    return id;
  }

  /** A day of the path, relative to today: paths are dated in the past, not in the future. */
  public static String daysAgo(int days) {
    return java.time.LocalDate.now().minusDays(days).toString();
  }

  /** A move by the site's staff; returns the new status. */
  public static String move(UUID site, UUID id, String action, Map<String, Object> body) {
    return Callers.e2cStaff(site)
        .body(body)
        .post("/api/v1/referrals/" + id + "/" + action)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }
}
