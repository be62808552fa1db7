package fr.passerelle.referral.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls and what their token says about their scope: the advisor's agency ({@code safir}), the
 * E2C sites ({@code e2c_sites}), the Pôle emploi system's client id.
 */
@RequestScoped
public class Caller {

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  Caller(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  /** The token's subject, never a name. */
  public String actor() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  public boolean is(String role) {
    return identity.hasRole(role);
  }

  public String roles() {
    return String.join(",", new TreeSet<>(identity.getRoles()));
  }

  public Optional<String> safir() {
    return Optional.ofNullable(token.<Object>getClaim("safir"))
        .map(Caller::unquote)
        .filter(s -> !s.isBlank());
  }

  /** The OAuth client the token was issued to: the partner system for machine callers. */
  public String clientId() {
    Object claim = token.getClaim("client_id");
    if (claim == null) {
      claim = token.getClaim("azp");
    }
    return claim == null ? actor() : unquote(claim);
  }

  public Set<UUID> e2cSites() {
    Object claim = token.getClaim("e2c_sites");
    if (claim instanceof Collection<?> values) {
      return values.stream()
          .map(Caller::unquote)
          .map(Caller::asUuid)
          .flatMap(Optional::stream)
          .collect(Collectors.toUnmodifiableSet());
    }
    return claim == null ? Set.of() : asUuid(unquote(claim)).map(Set::of).orElse(Set.of());
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
