package fr.passerelle.gateway.security;

import fr.passerelle.contracts.security.Claims;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the gateway keeps of a verified token: who the client is (for rate limits and the log), the
 * person it speaks for if any (for their own rate limit only: never logged), its roles (for route
 * rules) and when the token stops being valid. Not the token itself, and no other claim.
 *
 * @param person the token's {@code sub} when it is a person's token, null for a machine's
 */
public record VerifiedToken(
    String clientId, String person, Set<String> roles, long expiresAtEpochSecond) {

  static final String UNKNOWN_CLIENT = "unknown";

  /** Keycloak names a client's service account {@code service-account-<client id>}. */
  static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  static final String USERNAME = "preferred_username";

  static VerifiedToken of(SecurityIdentity identity) {
    JsonWebToken token = (JsonWebToken) identity.getPrincipal();
    String clientId = clientId(token);
    return new VerifiedToken(
        clientId,
        person(token, clientId),
        Set.copyOf(identity.getRoles()),
        token.getExpirationTime());
  }

  /** Whether the token speaks for a person rather than for a machine client. */
  public boolean isPerson() {
    return person != null;
  }

  private static String clientId(JsonWebToken token) {
    return Claims.clientId(token::getClaim).orElse(UNKNOWN_CLIENT);
  }

  /**
   * The subject of a person's token, null for a machine's. A person's token names a user: a {@code
   * preferred_username} (Keycloak's {@code profile} scope, which the portal has and the machine
   * clients do not) that is not the client's own service account, and a subject that is not the
   * client itself (how other providers write a client-credentials token).
   */
  static String person(JsonWebToken token, String clientId) {
    Optional<String> subject = Claims.text(token.getSubject());
    Optional<String> username = Claims.text(token.getClaim(USERNAME));
    if (subject.isEmpty() || username.isEmpty()) {
      return null;
    }
    if (username.get().equalsIgnoreCase(SERVICE_ACCOUNT_PREFIX + clientId)
        || subject.get().equals(clientId)) {
      return null;
    }
    return subject.get();
  }
}
