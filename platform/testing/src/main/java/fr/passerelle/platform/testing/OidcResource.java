package fr.passerelle.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;

/**
 * A test OIDC provider (quarkus-test-oidc-server: discovery document and JWKS served over HTTP),
 * started at most once per JVM. Tokens come from {@link TestTokens}: they are signed with the
 * provider's key, so services validate them exactly as in production (signature through JWKS,
 * issuer, audience, expiry, roles from {@code realm_access/roles}).
 */
public class OidcResource implements QuarkusTestResourceLifecycleManager {

  private static Map<String, String> shared;

  @Override
  public Map<String, String> start() {
    return sharedProvider();
  }

  private static synchronized Map<String, String> sharedProvider() {
    if (shared == null) {
      OidcWiremockTestResource provider = new OidcWiremockTestResource();
      String keycloakUrl = provider.start().get("keycloak.url");
      Runtime.getRuntime().addShutdownHook(new Thread(provider::stop, "oidc-shutdown"));
      shared =
          Map.of(
              "quarkus.oidc.auth-server-url",
              keycloakUrl + "/realms/quarkus",
              "quarkus.oidc.token.issuer",
              TestTokens.ISSUER);
    }
    return shared;
  }

  @Override
  public void stop() {
    // Shared by every Quarkus start of this JVM; a shutdown hook stops it.
  }
}
