package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import fr.passerelle.local.Http;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway lets in only tokens of the Passerelle realm, meant for Passerelle, still valid. */
class SecurityAtTheDoorTest {

  @Test
  void no_token_is_401_with_a_bearer_challenge() {
    SystemStack.gateway()
        .get("/api/v1/sites")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .contentType("application/problem+json");
  }

  @Test
  void a_token_from_another_realm_is_401() throws Exception {
    as(SystemStack.tokens().masterAdmin()).get("/api/v1/sites").then().statusCode(401);
  }

  @Test
  void a_token_for_another_audience_is_401() throws Exception {
    String clientId = "system-test-no-audience";
    String secret = createClient(clientId, false, null);

    as(SystemStack.client(clientId, secret)).get("/api/v1/sites").then().statusCode(401);
  }

  @Test
  void an_expired_token_is_401() throws Exception {
    String clientId = "system-test-short-lived";
    String secret = createClient(clientId, true, "2");
    String token = SystemStack.client(clientId, secret);
    as(token).get("/api/v1/sites").then().statusCode(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> as(token).get("/api/v1/sites").statusCode() == 401);
  }

  @Test
  void a_role_that_may_not_write_is_403() {
    // Steering reads the directory's sites (docs/roles.md), not its referents.
    as(SystemStack.user("steering")).get("/api/v1/sites").then().statusCode(200);
    as(SystemStack.user("steering")).get("/api/v1/referents").then().statusCode(403);
    as(SystemStack.user("advisor"))
        .body(Map.of("name", "x"))
        .post("/api/v1/schools")
        .then()
        .statusCode(403);
  }

  /**
   * A confidential client of the Passerelle realm with the partner role, made through Keycloak's
   * admin API; with or without the passerelle audience, with an access-token lifespan in seconds.
   */
  private static String createClient(String clientId, boolean audience, String lifespanSeconds)
      throws Exception {
    String admin = SystemStack.tokens().masterAdmin();
    String realm = SystemStack.get().keycloak().url() + "/admin/realms/passerelle";
    String secret = "system-test-secret";
    Map<String, Object> client =
        new java.util.HashMap<>(
            Map.of(
                "clientId", clientId,
                "enabled", true,
                "publicClient", false,
                "secret", secret,
                "serviceAccountsEnabled", true,
                "standardFlowEnabled", false,
                "defaultClientScopes", List.of("roles", "basic", "service_account")));
    if (audience) {
      client.put(
          "protocolMappers",
          List.of(
              Map.of(
                  "name",
                  "passerelle-audience",
                  "protocol",
                  "openid-connect",
                  "protocolMapper",
                  "oidc-audience-mapper",
                  "config",
                  Map.of("included.custom.audience", "passerelle", "access.token.claim", "true"))));
    }
    if (lifespanSeconds != null) {
      client.put("attributes", Map.of("access.token.lifespan", lifespanSeconds));
    }
    Http.send("POST", realm + "/clients", admin, client);
    String id =
        Http.send("GET", realm + "/clients?clientId=" + clientId, admin, null)
            .get(0)
            .get("id")
            .asText();
    String serviceAccount =
        Http.send("GET", realm + "/clients/" + id + "/service-account-user", admin, null)
            .get("id")
            .asText();
    var role = Http.send("GET", realm + "/roles/partner", admin, null);
    Http.send(
        "POST", realm + "/users/" + serviceAccount + "/role-mappings/realm", admin, List.of(role));
    return secret;
  }
}
