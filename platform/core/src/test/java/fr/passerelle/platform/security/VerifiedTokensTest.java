package fr.passerelle.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A token is verified by quarkus-oidc the first time a service sees it, then answered from memory;
 * what quarkus-oidc refuses never enters the memory, and a remembered token is still authorised at
 * every request.
 */
@QuarkusTest
class VerifiedTokensTest {

  @Inject VerifiedTokens verifiedTokens;

  @Test
  void a_token_is_verified_once_then_answered_from_memory_with_the_same_identity() {
    String token = TestTokens.user("admin-2").roles("directory-admin").safir("75012").issue();
    assertThat(verifiedTokens.remembers(token)).isFalse();

    whoAmI(token).body("verifiedBefore", equalTo(false));
    assertThat(verifiedTokens.remembers(token)).isTrue();

    whoAmI(token)
        .body("verifiedBefore", equalTo(true))
        .body("name", equalTo("admin-2"))
        .body("roles", hasItem("directory-admin"))
        .body("safir", equalTo("75012"));
  }

  @Test
  void tokens_quarkus_oidc_refuses_are_refused_every_time_and_never_remembered() {
    String valid = TestTokens.user("admin-3").roles("directory-admin").issue();
    for (String refused :
        new String[] {
          TestTokens.user("a").roles("directory-admin").audience("another-api").issue(),
          TestTokens.user("a").roles("directory-admin").issuer("https://elsewhere.test").issue(),
          TestTokens.user("a").roles("directory-admin").expired().issue(),
          withAnotherSignature(valid)
        }) {
      for (int attempt = 0; attempt < 2; attempt++) {
        given().auth().oauth2(refused).get("/secured").then().statusCode(401);
      }
      assertThat(verifiedTokens.remembers(refused)).isFalse();
    }
  }

  @Test
  void a_remembered_token_with_its_signature_changed_is_verified_again_and_refused() {
    String token = TestTokens.user("admin-4").roles("directory-admin").issue();
    whoAmI(token);
    assertThat(verifiedTokens.remembers(token)).isTrue();

    given().auth().oauth2(withAnotherSignature(token)).get("/secured").then().statusCode(401);
  }

  @Test
  void a_remembered_token_without_the_role_is_still_forbidden() {
    String partner = TestTokens.client("partner-app").roles("partner").issue();
    for (int attempt = 0; attempt < 2; attempt++) {
      given().auth().oauth2(partner).get("/secured").then().statusCode(403);
    }
    assertThat(verifiedTokens.remembers(partner)).isTrue();
  }

  private static ValidatableResponse whoAmI(String token) {
    return given().auth().oauth2(token).get("/secured").then().statusCode(200);
  }

  /** The same header and claims, with one character of the signature changed. */
  private static String withAnotherSignature(String token) {
    int at = token.length() - 2;
    char changed = token.charAt(at) == 'A' ? 'B' : 'A';
    return token.substring(0, at) + changed + token.substring(at + 1);
  }
}
