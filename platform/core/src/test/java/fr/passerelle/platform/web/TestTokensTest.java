package fr.passerelle.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens minted by platform-testing go through the real OIDC validation of the service. */
@QuarkusTest
class TestTokensTest {

  @Test
  void a_token_with_the_role_is_accepted_with_its_scope_claims() {
    UUID site = UUID.randomUUID();
    given()
        .auth()
        .oauth2(
            TestTokens.user("admin-1")
                .roles("directory-admin")
                .safir("75012")
                .e2cSites(site)
                .issue())
        .get("/secured")
        .then()
        .statusCode(200)
        .body("name", equalTo("admin-1"))
        .body("roles", hasItem("directory-admin"))
        .body("safir", equalTo("75012"))
        .body("e2cSites", containsString(site.toString()));
  }

  @Test
  void no_token_is_401_problem_with_a_bearer_challenge() {
    given()
        .get("/secured")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:unauthenticated"));
  }

  @Test
  void expired_foreign_or_misaddressed_tokens_are_401() {
    for (String token :
        new String[] {
          TestTokens.user("a").roles("directory-admin").expired().issue(),
          TestTokens.user("a").roles("directory-admin").issuer("https://elsewhere.test").issue(),
          TestTokens.user("a").roles("directory-admin").audience("another-api").issue()
        }) {
      given().auth().oauth2(token).get("/secured").then().statusCode(401);
    }
  }

  @Test
  void a_token_without_the_role_is_403_problem() {
    given()
        .auth()
        .oauth2(TestTokens.client("partner-app").roles("partner").issue())
        .get("/secured")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:passerelle:problem:forbidden"));
  }

  @Test
  void an_endpoint_without_a_role_annotation_is_refused_to_everyone() {
    given()
        .auth()
        .oauth2(TestTokens.user("admin-1").roles("admin", "directory-admin").issue())
        .get("/secured/forgotten")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().get("/secured/forgotten").then().statusCode(401);
  }
}
