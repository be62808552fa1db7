package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A referral end to end, through the gateway, with tokens from the real Keycloak: the Pôle emploi
 * system submits it, the E2C site's staff move it along the path, the directory holds the session
 * seats (booked by the referral service with its own token), the Pôle emploi system follows it in
 * the change feed.
 */
class ReferralPathThroughGatewayTest {

  @Test
  void the_gateway_documents_the_referral_api_in_its_one_openapi_document() {
    SystemStack.gateway()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/referrals/changes"))
        .body(containsString("/api/v1/referrals/{id}/invitation"))
        .body(containsString("/api/v1/orientations"));
  }

  @Test
  void orientations_are_reached_through_the_gateway_by_their_roles_only() {
    SystemStack.as(SystemStack.user("advisor")).get("/api/v1/orientations").then().statusCode(200);
    // The service answers (403), not the gateway's route table (404).
    SystemStack.as(SystemStack.user("steering")).get("/api/v1/orientations").then().statusCode(403);
  }

  @Test
  void
      the_pe_system_refers_a_young_person_the_e2c_site_leads_to_a_job_and_the_pe_system_follows_it() {
    String site = DirectoryData.createSite("59350", "59000");
    // Attendance is recorded once the session has started: it starts a few seconds after the
    // invitation, and the attendance below waits for it.
    String session = DirectoryData.createSessionStartingIn(site, 10, Duration.ofSeconds(10));
    String pe = ReferralData.peSystem();
    String externalRef = ReferralData.externalRef();
    String key = UUID.randomUUID().toString();
    Map<String, Object> submission = ReferralData.submission(externalRef, site);

    String referral =
        ReferralData.submitOnceTheSiteIsKnown(pe, key, submission)
            .then()
            .statusCode(201)
            .body("status", equalTo("SUBMITTED"))
            .body("externalRef", equalTo(externalRef))
            .body("siteId", equalTo(site))
            .extract()
            .path("id");
    ReferralData.submit(pe, key, submission)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(referral));

    String staff = ReferralData.staffOf(site);
    ReferralData.move(staff, referral, "open", Map.of())
        .statusCode(200)
        .body("status", equalTo("UNDER_REVIEW"));
    ReferralData.move(staff, referral, "invitation", Map.of("sessionId", session))
        .statusCode(200)
        .body("status", equalTo("INVITED"))
        .body("sessionId", equalTo(session));
    as(DirectoryData.admin())
        .get("/api/v1/sessions/" + session + "/reservations/" + referral)
        .then()
        .statusCode(200)
        .body("referralId", equalTo(referral))
        .body("status", equalTo("BOOKED"));
    ReferralData.attendedOnceTheSessionStarted(staff, referral);
    as(staff).get("/api/v1/referrals/" + referral).then().body("status", equalTo("ATTENDED"));
    as(DirectoryData.admin())
        .get("/api/v1/sessions/" + session + "/reservations/" + referral)
        .then()
        .statusCode(200)
        .body("status", equalTo("BOOKED"));
    ReferralData.move(
            staff,
            referral,
            "admission",
            Map.of("commitmentSignedOn", daysAgo(10), "pathStartsOn", daysAgo(5)))
        .statusCode(200)
        .body("status", equalTo("ADMITTED"));
    ReferralData.move(staff, referral, "start", Map.of("startedOn", daysAgo(5)))
        .statusCode(200)
        .body("status", equalTo("IN_PATH"));
    ReferralData.move(
            staff,
            referral,
            "milestones",
            Map.of(
                "kind",
                "COMPANY_IMMERSION",
                "employerSiret",
                DirectoryData.siret(),
                "startsOn",
                daysAgo(3),
                "endsOn",
                daysAgo(1)))
        .statusCode(201)
        .header("Location", containsString("/api/v1/referrals/" + referral + "/milestones/"))
        .body("kind", equalTo("COMPANY_IMMERSION"));
    ReferralData.move(staff, referral, "exit", Map.of("outcome", "CDI", "exitedOn", daysAgo(0)))
        .statusCode(200)
        .body("status", equalTo("EXITED"))
        .body("exitOutcome", equalTo("CDI"))
        .body("positiveExit", equalTo(true));

    List<String> expected =
        List.of(
            "SUBMITTED SUBMITTED",
            "STATUS_CHANGED UNDER_REVIEW",
            "STATUS_CHANGED INVITED",
            "STATUS_CHANGED ATTENDED",
            "STATUS_CHANGED ADMITTED",
            "STATUS_CHANGED IN_PATH",
            "MILESTONE_RECORDED IN_PATH",
            "STATUS_CHANGED EXITED");
    List<Map<String, Object>> changes =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> ReferralData.changesOf(pe, referral), seen -> seen.size() >= expected.size());
    assertThat(changes)
        .extracting(c -> c.get("change") + " " + c.get("status"))
        .containsExactlyElementsOf(expected);
    assertThat(changes).allSatisfy(c -> assertThat(c.get("externalRef")).isEqualTo(externalRef));
  }

  @Test
  void the_last_seat_goes_to_the_first_invitation_and_the_directory_refuses_the_next_with_409() {
    String site = DirectoryData.createSite("59350", "59000");
    String session = DirectoryData.createSession(site, 1, 10);
    String first = ReferralData.submitted(site);
    String second = ReferralData.submitted(site);
    String staff = ReferralData.staffOf(site);
    ReferralData.move(staff, first, "open", Map.of()).statusCode(200);
    ReferralData.move(staff, second, "open", Map.of()).statusCode(200);

    ReferralData.move(staff, first, "invitation", Map.of("sessionId", session))
        .statusCode(200)
        .body("status", equalTo("INVITED"));
    ReferralData.move(staff, second, "invitation", Map.of("sessionId", session))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409))
        .body("code", equalTo("seat-refused"))
        .body("sessionId", equalTo(session));

    as(staff)
        .get("/api/v1/referrals/" + second)
        .then()
        .statusCode(200)
        .body("status", equalTo("UNDER_REVIEW"));
    String admin = DirectoryData.admin();
    as(admin)
        .get("/api/v1/sessions/" + session + "/reservations/" + first)
        .then()
        .statusCode(200)
        .body("status", equalTo("BOOKED"));
    as(admin).get("/api/v1/sessions/" + session + "/reservations/" + second).then().statusCode(404);
  }

  /** A day of the path: dated in the past, as the referral service requires. */
  private static String daysAgo(int days) {
    return LocalDate.now().minusDays(days).toString();
  }
}
