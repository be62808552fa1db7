package fr.passerelle.referral.path;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.withRole;
import static fr.passerelle.referral.support.Referrals.daysAgo;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.referral.support.DirectoryStub;
import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each rule code of the path that docs/problems.md lists, provoked once through the API. */
@QuarkusTest
class PathRuleCodesTest {

  private UUID site;

  @BeforeEach
  void site() {
    site = Sites.active();
  }

  @Test
  void an_advisor_token_without_an_agency_submits_nothing() {
    Map<String, Object> body = Submissions.eligible(site);
    body.remove("agencySafir");
    refused(withRole(Roles.PE_ADVISOR), "/api/v1/referrals", body, "agency-unknown");
  }

  @Test
  void an_invitation_needs_a_session_the_directory_holds_for_the_referrals_site() {
    UUID id = Referrals.underReview(site);
    refused(e2cStaff(site), path(id, "invitation"), Map.of(), "session-required");

    UUID unknown = UUID.randomUUID();
    DirectoryStub.unknownSession(unknown);
    refused(
        e2cStaff(site), path(id, "invitation"), Map.of("sessionId", unknown), "session-not-found");

    UUID elsewhere = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(elsewhere, UUID.randomUUID());
    refused(
        e2cStaff(site),
        path(id, "invitation"),
        Map.of("sessionId", elsewhere),
        "session-of-another-site");
  }

  @Test
  void a_transfer_names_another_site_and_a_withdrawal_a_reason_of_its_own() {
    UUID id = Referrals.submitted(site);
    refused(advisor(), path(id, "transfer"), Map.of("siteId", site), "same-site");
    refused(
        advisor(),
        path(id, "withdrawal"),
        Map.of("reason", "ERASURE_REQUESTED"),
        "reason-reserved");
  }

  @Test
  void a_milestone_ends_after_it_starts() {
    UUID session = UUID.randomUUID();
    DirectoryStub.sessionWithSeats(session, site);
    UUID id = Referrals.inPath(site, session);
    refused(
        e2cStaff(site),
        path(id, "milestones"),
        Map.of("kind", "MID_PATH_REVIEW", "startsOn", daysAgo(1), "endsOn", daysAgo(2)),
        "dates-reversed");
  }

  @Test
  void nothing_is_posted_on_the_timeline_of_an_anonymised_referral() {
    UUID id = Referrals.submitted(site);
    admin()
        .body(Map.of("reason", "Demande RGPD art. 17, réf. DPO-CODES"))
        .post("/api/v1/referrals/" + id + "/erasure")
        .then()
        .statusCode(200);
    refused(
        e2cStaff(site),
        path(id, "timeline"),
        Map.of("kind", "NOTE", "body", "Relance après l'effacement"),
        "anonymised");
  }

  private static String path(UUID id, String action) {
    return "/api/v1/referrals/" + id + "/" + action;
  }

  private static void refused(
      RequestSpecification caller, String path, Map<String, Object> body, String code) {
    caller.body(body).post(path).then().statusCode(422).body("code", equalTo(code));
  }
}
