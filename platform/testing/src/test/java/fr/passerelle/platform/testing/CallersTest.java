package fr.passerelle.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.contracts.security.Roles;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.QueryableRequestSpecification;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.SpecificationQuerier;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each caller carries the token the services' tests rely on: subject, client, roles, scope. */
class CallersTest {

  private static final UUID SITE = UUID.fromString("0b9d2d58-6f7e-4a43-9a4e-8c3c3f4f2a11");

  static Stream<Arguments> callers() {
    return Stream.of(
        Arguments.of("advisor", Callers.advisor(), "advisor-59021", Roles.PE_ADVISOR),
        Arguments.of("advisorOf", Callers.advisorOf("75012"), "advisor-75012", Roles.PE_ADVISOR),
        Arguments.of("e2cStaff", Callers.e2cStaff(SITE), "e2c-staff-1", Roles.E2C_STAFF),
        Arguments.of(
            "peSystem",
            Callers.peSystem(),
            "service-account-pe-information-system",
            Roles.PE_SYSTEM),
        Arguments.of(
            "peSystem(clientId)",
            Callers.peSystem("pe-other-system"),
            "service-account-pe-other-system",
            Roles.PE_SYSTEM),
        Arguments.of("partner", Callers.partner(), "service-account-partner-app", Roles.PARTNER),
        Arguments.of(
            "directoryAdmin", Callers.directoryAdmin(), "directory-admin-1", Roles.DIRECTORY_ADMIN),
        Arguments.of("admin", Callers.admin(), "dpo-1", Roles.ADMIN),
        Arguments.of(
            "withRole", Callers.withRole(Roles.STEERING), "user-steering", Roles.STEERING));
  }

  @ParameterizedTest(name = "{0} is {2} with role {3}")
  @MethodSource("callers")
  void each_caller_is_a_stable_subject_holding_its_one_role(
      String caller, RequestSpecification request, String subject, String role) throws Exception {
    JwtClaims claims = claims(request);

    assertThat(claims.getSubject()).isEqualTo(subject);
    assertThat(claims.getAudience()).containsExactly(TestTokens.AUDIENCE);
    assertThat(claims.getIssuer()).isEqualTo(TestTokens.ISSUER);
    assertThat(claims.getClaimValue("realm_access")).isEqualTo(Map.of("roles", List.of(role)));
  }

  @Test
  void an_advisor_works_for_the_default_agency_unless_told_otherwise() throws Exception {
    assertThat(claims(Callers.advisor()).getStringClaimValue("safir"))
        .isEqualTo(Callers.DEFAULT_AGENCY)
        .isEqualTo("59021");
    assertThat(claims(Callers.advisorOf("75012")).getStringClaimValue("safir")).isEqualTo("75012");
  }

  @Test
  void e2c_staff_work_for_the_sites_given() throws Exception {
    UUID other = UUID.randomUUID();

    assertThat(claims(Callers.e2cStaff(SITE, other)).getStringListClaimValue("e2c_sites"))
        .containsExactly(SITE.toString(), other.toString());
  }

  @Test
  void systems_call_as_their_client() throws Exception {
    assertThat(claims(Callers.peSystem()).getStringClaimValue("azp"))
        .isEqualTo(Callers.PE_INFORMATION_SYSTEM);
    assertThat(claims(Callers.partner()).getStringClaimValue("azp")).isEqualTo(Callers.PARTNER_APP);
  }

  @Test
  void an_anonymous_caller_sends_json_without_a_token() {
    QueryableRequestSpecification request = SpecificationQuerier.query(Callers.anonymous());

    assertThat(request.getAuthenticationScheme())
        .isNotInstanceOf(PreemptiveOAuth2HeaderScheme.class);
    assertThat(request.getContentType()).startsWith("application/json");
  }

  @Test
  void every_caller_reads_decimal_numbers_as_doubles() {
    for (RequestSpecification request :
        List.of(Callers.anonymous(), Callers.advisor(), Callers.as("token"))) {
      assertThat(SpecificationQuerier.query(request).getConfig().getJsonConfig().numberReturnType())
          .isEqualTo(NumberReturnType.DOUBLE);
    }
  }

  @Test
  void a_caller_with_a_token_of_its_own_sends_that_token() {
    assertThat(token(Callers.as("a-token-shaped-by-the-test")))
        .isEqualTo("a-token-shaped-by-the-test");
  }

  private static String token(RequestSpecification request) {
    return ((PreemptiveOAuth2HeaderScheme)
            SpecificationQuerier.query(request).getAuthenticationScheme())
        .getAccessToken();
  }

  private static JwtClaims claims(RequestSpecification request) throws Exception {
    String payload = token(request).split("\\.")[1];
    return JwtClaims.parse(
        new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }
}
