package fr.passerelle.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.passerelle.gateway.support.ForgedTokens;
import fr.passerelle.gateway.support.StandIns;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {

  private static final String SITES = "/api/v1/sites";

  @Test
  void a_request_without_token_gets_a_401_problem_with_a_bearer_challenge_and_is_not_forwarded() {
    String path = StandIns.uniquePath(SITES);
    given()
        .get(path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", equalTo("Bearer realm=\"passerelle\""))
        .body("type", equalTo("urn:passerelle:problem:unauthenticated"))
        .body("title", equalTo("Authentication required"))
        .body("status", equalTo(401))
        .body("instance", equalTo(path));
    assertThat(StandIns.timesServed("directory", path)).isZero();
  }

  @Test
  void a_request_with_another_authorization_scheme_gets_a_401() {
    given().header("Authorization", "Basic YWxpY2U6c2VjcmV0").get(SITES).then().statusCode(401);
  }

  @Test
  void an_expired_token_is_refused() {
    assertRefused(TestTokens.client("pe-system").roles("pe-system").expired().issue());
  }

  @Test
  void a_token_from_another_issuer_is_refused() {
    assertRefused(
        TestTokens.client("pe-system")
            .roles("pe-system")
            .issuer("https://elsewhere.example/realms/passerelle")
            .issue());
  }

  @Test
  void a_token_for_another_audience_is_refused() {
    assertRefused(TestTokens.client("pe-system").roles("pe-system").audience("account").issue());
  }

  @Test
  void an_unsigned_token_with_alg_none_is_refused() {
    assertRefused(ForgedTokens.unsigned(TestTokens.client("pe-system").roles("pe-system").issue()));
  }

  @Test
  void a_token_with_a_tampered_signature_is_refused() {
    assertRefused(
        ForgedTokens.withTamperedSignature(
            TestTokens.client("pe-system").roles("pe-system").issue()));
  }

  @Test
  void a_token_whose_claims_were_changed_after_signing_is_refused() {
    assertRefused(
        ForgedTokens.withClaimsChanged(
            TestTokens.client("partner-x").roles("partner").issue(), "partner", "admin"));
  }

  @Test
  void a_token_signed_with_a_shared_secret_is_refused_by_the_algorithm_allow_list() {
    assertRefused(
        ForgedTokens.signedWithSharedSecret(
            TestTokens.client("pe-system").roles("pe-system").issue()));
  }

  @Test
  void a_string_that_is_not_a_token_is_refused() {
    assertRefused("not-a-jwt");
  }

  @Test
  void a_valid_token_reaches_the_service_unchanged_and_again_from_the_cache() {
    String token = TestTokens.client("pe-system").roles("pe-system").issue();
    for (int i = 0; i < 2; i++) {
      given()
          .auth()
          .oauth2(token)
          .get(SITES + "/42")
          .then()
          .statusCode(200)
          .body("service", equalTo("directory"))
          .body("headers.authorization[0]", equalTo("Bearer " + token));
    }
  }

  @Test
  void a_refused_token_stays_refused_after_a_valid_one_was_accepted() {
    String valid = TestTokens.client("pe-system").roles("pe-system").issue();
    given().auth().oauth2(valid).get(SITES).then().statusCode(200);
    assertRefused(ForgedTokens.withTamperedSignature(valid));
  }

  private static void assertRefused(String token) {
    String path = StandIns.uniquePath(SITES);
    given()
        .auth()
        .oauth2(token)
        .get(path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
        .body("type", equalTo("urn:passerelle:problem:unauthenticated"))
        .body(
            "detail", equalTo("The bearer token is invalid, expired, or not meant for this API."));
    assertThat(StandIns.timesServed("directory", path)).isZero();
  }
}
