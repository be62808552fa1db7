package fr.passerelle.directory.support;

import fr.passerelle.platform.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Requests as each kind of caller makes them, with real signed tokens. */
public final class Callers {

  private Callers() {}

  /** Coordinates compared as doubles, not floats. */
  private static final RestAssuredConfig DOUBLES =
      RestAssuredConfig.config()
          .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));

  public static RequestSpecification as(String token) {
    return anonymous().auth().oauth2(token);
  }

  public static RequestSpecification admin() {
    return as(TestTokens.user("directory-admin-1").roles("directory-admin").issue());
  }

  public static RequestSpecification e2cStaff(UUID... sites) {
    return as(TestTokens.user("e2c-staff-1").roles("e2c-staff").e2cSites(sites).issue());
  }

  public static RequestSpecification advisor() {
    return as(TestTokens.user("advisor-1").roles("pe-advisor").safir("59021").issue());
  }

  public static RequestSpecification peSystem() {
    return as(TestTokens.client("pe-information-system").roles("pe-system").issue());
  }

  public static RequestSpecification partner() {
    return as(TestTokens.client("partner-app").roles("partner").issue());
  }

  public static RequestSpecification withRole(String role) {
    return as(TestTokens.user("user-" + role).roles(role).issue());
  }

  public static RequestSpecification anonymous() {
    return RestAssured.given().config(DOUBLES).contentType("application/json");
  }
}
