package fr.passerelle.platform.testing;

import fr.passerelle.contracts.security.Roles;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * REST Assured requests as each kind of caller of the Passerelle APIs makes them, with real signed
 * tokens ({@link TestTokens}) that the service under test verifies as it would Keycloak's.
 *
 * <pre>{@code
 * advisor().get("/api/v1/referrals").then().statusCode(200);
 * e2cStaff(site).body(Map.of()).post("/api/v1/referrals/" + id + "/open");
 * withRole(Roles.STEERING).get("/api/v1/sites").then().statusCode(403);
 * }</pre>
 *
 * <p>Every request sends and reads JSON, and reads JSON numbers that are not integers as {@code
 * double} ({@link #DOUBLES}): {@code closeTo(50.6292, 0.00001)} compares a coordinate with the
 * precision it was written with. Integers stay {@code int}.
 *
 * <p>The subjects are stable so that tests may assert on the actor a service records: {@code
 * advisor-<safir>}, {@code e2c-staff-1}, {@code directory-admin-1}, {@code dpo-1}, {@code
 * service-account-<client>}, {@code user-<role>}.
 */
public final class Callers {

  /**
   * The SAFIR code of the Pôle emploi agency that {@link #advisor()} works for, the one the APIs'
   * examples use. A referral submitted for it is in that advisor's scope.
   */
  public static final String DEFAULT_AGENCY = "59021";

  /** The client id of the Pôle emploi information system, as {@link #peSystem()} calls. */
  public static final String PE_INFORMATION_SYSTEM = "pe-information-system";

  /** The client id of the other partner system, as {@link #partner()} calls. */
  public static final String PARTNER_APP = "partner-app";

  /**
   * Reads JSON numbers that are not integers as {@code double} rather than {@code float}, so that
   * assertions compare coordinates and distances at full precision. Integers stay {@code int}.
   */
  public static final RestAssuredConfig DOUBLES =
      RestAssuredConfig.config()
          .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));

  private Callers() {}

  /** No token at all. */
  public static RequestSpecification anonymous() {
    return RestAssured.given().config(DOUBLES).contentType("application/json");
  }

  /** A request with this bearer token, for the tokens a test shapes itself ({@link TestTokens}). */
  public static RequestSpecification as(String token) {
    return anonymous().auth().oauth2(token);
  }

  /** A Pôle emploi advisor of {@link #DEFAULT_AGENCY} ({@code advisor-59021}). */
  public static RequestSpecification advisor() {
    return advisorOf(DEFAULT_AGENCY);
  }

  /** A Pôle emploi advisor of this agency ({@code advisor-<safir>}, claim {@code safir}). */
  public static RequestSpecification advisorOf(String safir) {
    return as(TestTokens.user("advisor-" + safir).roles(Roles.PE_ADVISOR).safir(safir).issue());
  }

  /** A member of staff of these E2C sites ({@code e2c-staff-1}, claim {@code e2c_sites}). */
  public static RequestSpecification e2cStaff(UUID... sites) {
    return as(TestTokens.user("e2c-staff-1").roles(Roles.E2C_STAFF).e2cSites(sites).issue());
  }

  /**
   * A Pôle emploi company advisor of this agency ({@code company-advisor-<safir>}, claim {@code
   * safir}): prospects the agency's department.
   */
  public static RequestSpecification companyAdvisorOf(String safir) {
    return as(
        TestTokens.user("company-advisor-" + safir)
            .roles(Roles.PE_COMPANY_ADVISOR)
            .safir(safir)
            .issue());
  }

  /**
   * An E2C company-relations officer of these sites ({@code company-officer-1}, claim {@code
   * e2c_sites}): prospects the sites' departments.
   */
  public static RequestSpecification companyOfficerOf(UUID... sites) {
    return as(
        TestTokens.user("company-officer-1")
            .roles(Roles.E2C_COMPANY_OFFICER)
            .e2cSites(sites)
            .issue());
  }

  /** The Pôle emploi information system, client {@link #PE_INFORMATION_SYSTEM}. */
  public static RequestSpecification peSystem() {
    return peSystem(PE_INFORMATION_SYSTEM);
  }

  /** A Pôle emploi system client with this client id (role {@code pe-system}). */
  public static RequestSpecification peSystem(String clientId) {
    return as(TestTokens.client(clientId).roles(Roles.PE_SYSTEM).issue());
  }

  /** Another partner system, client {@link #PARTNER_APP} (role {@code partner}). */
  public static RequestSpecification partner() {
    return as(TestTokens.client(PARTNER_APP).roles(Roles.PARTNER).issue());
  }

  /**
   * The referral service's own identity towards the directory (client {@code referral-service},
   * role {@code referral-service}): the one that books seats for referrals.
   */
  public static RequestSpecification referralService() {
    return as(TestTokens.client(Roles.REFERRAL_SERVICE).roles(Roles.REFERRAL_SERVICE).issue());
  }

  /** The directory's administrator ({@code directory-admin-1}, role {@code directory-admin}). */
  public static RequestSpecification directoryAdmin() {
    return as(TestTokens.user("directory-admin-1").roles(Roles.DIRECTORY_ADMIN).issue());
  }

  /**
   * The platform's administrator, who acts as data protection officer ({@code dpo-1}, role {@code
   * admin}).
   */
  public static RequestSpecification admin() {
    return as(TestTokens.user("dpo-1").roles(Roles.ADMIN).issue());
  }

  /** A person holding only this role ({@code user-<role>}) and no scope claim. */
  public static RequestSpecification withRole(String role) {
    return as(TestTokens.user("user-" + role).roles(role).issue());
  }
}
