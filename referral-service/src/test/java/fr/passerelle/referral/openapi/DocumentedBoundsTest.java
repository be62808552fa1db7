package fr.passerelle.referral.openapi;

import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bounds the document declares are the ones the service enforces: one more is a 400. */
@QuarkusTest
class DocumentedBoundsTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  private JsonPath document() {
    return given().queryParam("format", "json").get(openapi).then().extract().jsonPath();
  }

  @Test
  void an_external_ref_one_character_over_its_documented_length_is_a_400() {
    int maxLength =
        document().getInt("components.schemas.ReferralSubmission.properties.externalRef.maxLength");
    Map<String, Object> submission = Submissions.eligible(Sites.active());

    submission.put("externalRef", "R".repeat(maxLength + 1));
    peSystem()
        .body(submission)
        .post("/api/v1/referrals")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("externalRef"));

    // Letters only: a long run of digits could look like a NIR.
    String unique = UUID.randomUUID().toString().replaceAll("[^a-f]", "x");
    submission.put("externalRef", (unique + "R".repeat(maxLength)).substring(0, maxLength));
    peSystem().body(submission).post("/api/v1/referrals").then().statusCode(201);
  }

  @Test
  void a_timeline_message_one_character_over_its_documented_length_is_a_400() {
    int maxLength = document().getInt("components.schemas.TimelinePost.properties.body.maxLength");
    UUID site = Sites.active();
    UUID referral = Referrals.submitted(site);

    e2cStaff(site)
        .body(Map.of("kind", "MESSAGE", "body", "m".repeat(maxLength + 1)))
        .post("/api/v1/referrals/" + referral + "/timeline")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("body"));
  }
}
