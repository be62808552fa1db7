package fr.passerelle.platform.security;

import fr.passerelle.contracts.security.Claims;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the scope claims of Passerelle's tokens ({@code safir}, {@code e2c_sites}) the same way in
 * every service. Keycloak writes a single-valued attribute as a string and a multivalued one as an
 * array; JSON-P values arrive quoted. A value that is not what the claim promises is ignored.
 */
public final class TokenClaims {

  private TokenClaims() {}

  /** A string claim, absent when missing or blank. */
  public static Optional<String> text(JsonWebToken token, String claim) {
    return Claims.text(token.getClaim(claim));
  }

  /** A claim holding UUIDs, as an array or a single string. */
  public static Set<UUID> uuids(JsonWebToken token, String claim) {
    Object value = token.getClaim(claim);
    if (value instanceof Collection<?> values) {
      return values.stream()
          .map(Claims::text)
          .flatMap(Optional::stream)
          .map(TokenClaims::asUuid)
          .flatMap(Optional::stream)
          .collect(Collectors.toUnmodifiableSet());
    }
    return Claims.text(value).flatMap(TokenClaims::asUuid).map(Set::of).orElse(Set.of());
  }

  private static Optional<UUID> asUuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
