package fr.passerelle.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignatureAlgorithmsTest {

  private final SignatureAlgorithms allowList = new SignatureAlgorithms(Set.of("RS256", "ES256"));

  private static String tokenWithHeader(String header) {
    return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + ".e30.c2ln";
  }

  @Test
  void listed_algorithms_pass() {
    assertThat(allowList.allows(tokenWithHeader("{\"alg\":\"RS256\",\"kid\":\"1\"}"))).isTrue();
    assertThat(allowList.allows(tokenWithHeader("{\"alg\":\"ES256\"}"))).isTrue();
  }

  @Test
  void none_hmac_unlisted_missing_or_unreadable_headers_are_refused() {
    assertThat(allowList.allows(tokenWithHeader("{\"alg\":\"none\"}"))).isFalse();
    assertThat(allowList.allows(tokenWithHeader("{\"alg\":\"HS256\"}"))).isFalse();
    assertThat(allowList.allows(tokenWithHeader("{\"alg\":\"RS512\"}"))).isFalse();
    assertThat(allowList.allows(tokenWithHeader("{\"typ\":\"JWT\"}"))).isFalse();
    assertThat(allowList.allows(tokenWithHeader("{\"alg\":[\"RS256\"]}"))).isFalse();
    assertThat(allowList.allows(tokenWithHeader("not json"))).isFalse();
    assertThat(allowList.allows("%%%.e30.c2ln")).isFalse();
    assertThat(allowList.allows("no-dots")).isFalse();
  }
}
