package fr.passerelle.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the gateway keeps of a verified token: who the client is (for rate limits and the log), its
 * roles (for route rules) and when the token stops being valid. Not the token itself, and no
 * personal claim.
 */
public record Caller(String clientId, Set<String> roles, long expiresAtEpochSecond) {

  static final String UNKNOWN_CLIENT = "unknown";

  static Caller of(SecurityIdentity identity) {
    JsonWebToken token = (JsonWebToken) identity.getPrincipal();
    return new Caller(clientId(token), Set.copyOf(identity.getRoles()), token.getExpirationTime());
  }

  /** Keycloak puts the client in {@code azp}; other providers use {@code client_id}. */
  private static String clientId(JsonWebToken token) {
    Object azp = token.getClaim("azp");
    if (azp != null && !azp.toString().isBlank()) {
      return azp.toString();
    }
    Object clientId = token.getClaim("client_id");
    return clientId != null && !clientId.toString().isBlank()
        ? clientId.toString()
        : UNKNOWN_CLIENT;
  }
}
