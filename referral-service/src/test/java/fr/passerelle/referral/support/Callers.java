package fr.passerelle.referral.support;

import fr.passerelle.platform.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Requests as each kind of caller makes them, with real signed tokens. */
public final class Callers {

  public static final String AGENCY = "59021";

  private Callers() {}

  public static RequestSpecification as(String token) {
    return anonymous().auth().oauth2(token);
  }

  public static RequestSpecification advisor() {
    return advisorOf(AGENCY);
  }

  public static RequestSpecification advisorOf(String agency) {
    return as(TestTokens.user("advisor-" + agency).roles("pe-advisor").safir(agency).issue());
  }

  public static RequestSpecification e2cStaff(UUID... sites) {
    return as(TestTokens.user("e2c-staff-1").roles("e2c-staff").e2cSites(sites).issue());
  }

  public static RequestSpecification peSystem() {
    return peSystem("pe-information-system");
  }

  public static RequestSpecification peSystem(String clientId) {
    return as(TestTokens.client(clientId).roles("pe-system").issue());
  }

  public static RequestSpecification admin() {
    return as(TestTokens.user("dpo-1").roles("admin").issue());
  }

  public static RequestSpecification withRole(String role) {
    return as(TestTokens.user("user-" + role).roles(role).issue());
  }

  public static RequestSpecification anonymous() {
    return RestAssured.given().contentType("application/json");
  }
}
