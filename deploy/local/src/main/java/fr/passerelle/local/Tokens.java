package fr.passerelle.local;

import java.io.IOException;
import java.util.Map;

/** Access tokens from the stack's Keycloak, as partner systems and people get them. */
public final class Tokens {

  public static final String PORTAL_CLIENT = "passerelle-portal";
  public static final String DEMO_PASSWORD = "demo";

  private final Keycloak keycloak;

  public Tokens(Keycloak keycloak) {
    this.keycloak = keycloak;
  }

  /** Password grant for a demo user through the portal client. */
  public String user(String username) throws IOException, InterruptedException {
    return Http.postForm(
            keycloak.tokenUrl(),
            Map.of(
                "grant_type", "password",
                "client_id", PORTAL_CLIENT,
                "username", username,
                "password", DEMO_PASSWORD))
        .get("access_token")
        .asText();
  }

  /** Client-credentials grant for a machine client. */
  public String client(String clientId, String secret) throws IOException, InterruptedException {
    return Http.postForm(
            keycloak.tokenUrl(),
            Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret))
        .get("access_token")
        .asText();
  }

  /** A token of Keycloak's own administrator (master realm): another issuer than Passerelle's. */
  public String masterAdmin() throws IOException, InterruptedException {
    return Http.postForm(
            keycloak.url() + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "admin-cli",
                "username",
                Keycloak.ADMIN,
                "password",
                Keycloak.ADMIN))
        .get("access_token")
        .asText();
  }
}
