package fr.passerelle.platform.security;

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
    return Optional.ofNullable(token.<Object>getClaim(claim))
        .map(TokenClaims::unquote)
        .filter(value -> !value.isBlank());
  }

  /** A claim holding UUIDs, as an array or a single string. */
  public static Set<UUID> uuids(JsonWebToken token, String claim) {
    Object value = token.getClaim(claim);
    if (value instanceof Collection<?> values) {
      return values.stream()
          .map(TokenClaims::unquote)
          .map(TokenClaims::asUuid)
          .flatMap(Optional::stream)
          .collect(Collectors.toUnmodifiableSet());
    }
    return value == null ? Set.of() : asUuid(unquote(value)).map(Set::of).orElse(Set.of());
  }

  private static String unquote(Object value) {
    String text = value.toString();
    return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  private static Optional<UUID> asUuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
