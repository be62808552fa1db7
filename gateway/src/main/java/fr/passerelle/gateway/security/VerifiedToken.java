package fr.passerelle.gateway.security;

import fr.passerelle.contracts.security.Claims;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the gateway keeps of a verified token: who the client is (for rate limits and the log), its
 * roles (for route rules) and when the token stops being valid. Not the token itself, and no
 * personal claim.
 */
public record VerifiedToken(String clientId, Set<String> roles, long expiresAtEpochSecond) {

  static final String UNKNOWN_CLIENT = "unknown";

  static VerifiedToken of(SecurityIdentity identity) {
    JsonWebToken token = (JsonWebToken) identity.getPrincipal();
    return new VerifiedToken(
        clientId(token), Set.copyOf(identity.getRoles()), token.getExpirationTime());
  }

  private static String clientId(JsonWebToken token) {
    return Claims.clientId(token::getClaim).orElse(UNKNOWN_CLIENT);
  }
}
