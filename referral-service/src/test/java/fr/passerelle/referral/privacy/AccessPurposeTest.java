package fr.passerelle.referral.privacy;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fr.passerelle.referral.support.Referrals;
import fr.passerelle.referral.support.Sites;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessPurposeTest {

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  private UUID referral;

  @BeforeEach
  void aReferral() {
    referral = Referrals.submitted(Sites.active());
  }

  @Test
  void a_purpose_of_200_characters_is_logged_whole() {
    String purpose = "é".repeat(AccessPurpose.MAX_LENGTH);
    advisor()
        .header("X-Access-Purpose", purpose)
        .get("/api/v1/referrals/" + referral)
        .then()
        .statusCode(200);

    admin()
        .get("/api/v1/referrals/" + referral + "/access-log")
        .then()
        .statusCode(200)
        .body("items.purpose", contains(purpose));
  }

  @Test
  void a_longer_purpose_is_refused_naming_the_header_and_nothing_is_read() {
    advisor()
        .header("X-Access-Purpose", "x".repeat(AccessPurpose.MAX_LENGTH + 56))
        .get("/api/v1/referrals/" + referral)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("X-Access-Purpose must be at most 200 characters"))
        .body("errors[0].field", equalTo("X-Access-Purpose"))
        .body("errors[0].message", equalTo("must be at most 200 characters"));
    advisor()
        .header("X-Access-Purpose", "x".repeat(AccessPurpose.MAX_LENGTH + 1))
        .get("/api/v1/referrals")
        .then()
        .statusCode(400);

    admin()
        .get("/api/v1/referrals/" + referral + "/access-log")
        .then()
        .statusCode(200)
        .body("items.operation", not(hasItem("read referral")));
  }

  @Test
  void a_purpose_holding_a_nir_is_refused_with_the_rule() {
    advisor()
        .header("X-Access-Purpose", "dossier 2 95 12 2A 004 017")
        .get("/api/v1/referrals/" + referral + "/timeline")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("X-Access-Purpose"))
        .body("errors[0].message", startsWith("looks like a French social security number (NIR)"))
        .body("detail", not(org.hamcrest.Matchers.containsString("2A 004")));
  }

  @Test
  void the_document_gives_the_same_limit() {
    OpenAPI api =
        new OpenAPIV3Parser()
            .readContents(
                given().accept("application/json").get(openapi).then().extract().asString())
            .getOpenAPI();

    for (String path : new String[] {"/api/v1/referrals", "/api/v1/referrals/{id}"}) {
      Parameter purpose =
          api.getPaths().get(path).getGet().getParameters().stream()
              .filter(p -> p.getName().equals("X-Access-Purpose"))
              .findFirst()
              .orElseThrow();
      assertThat(purpose.getSchema().getMaxLength()).isEqualTo(200);
      assertThat(purpose.getDescription()).contains("at most 200 characters");
    }
  }
}
