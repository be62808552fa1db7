package fr.passerelle.platform.testing;

import fr.passerelle.contracts.security.Roles;

/**
 * An endpoint that names no role is refused to everyone ({@code
 * quarkus.security.jaxrs.deny-unannotated-endpoints} in the platform's defaults): a service's test
 * declares a test-only resource without {@code @RolesAllowed} and checks it here.
 */
public final class DenyByDefault {

  private DenyByDefault() {}

  /** Every realm role is 403 on this GET path, problem+json; no token is 401. */
  public static void checkRefused(String path) {
    for (String role : Roles.REALM) {
      Callers.withRole(role)
          .get(path)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    Callers.admin().get(path).then().statusCode(403);
    Callers.anonymous().get(path).then().statusCode(401);
  }
}
