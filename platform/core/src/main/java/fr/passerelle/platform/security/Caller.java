package fr.passerelle.platform.security;

import fr.passerelle.contracts.security.Claims;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls, read from the verified token once per request: the actor (the token's subject, never a
 * name), the OAuth client, the roles and the scope claims ({@code safir}, {@code e2c_sites}).
 * Services decide what the caller may see from this, in one scope bean per aggregate; nothing else
 * reads the {@code SecurityIdentity} or the token.
 */
@RequestScoped
public class Caller {

  static final String ANONYMOUS = "anonymous";

  private final SecurityIdentity identity;
  private Optional<String> safir;
  private Set<UUID> e2cSites;
  private String clientId;

  Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The token's subject, or {@code anonymous}. */
  public String actor() {
    return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
  }

  public boolean is(String role) {
    return identity.hasRole(role);
  }

  public boolean isAny(String... roles) {
    for (String role : roles) {
      if (identity.hasRole(role)) {
        return true;
      }
    }
    return false;
  }

  /** The roles, sorted and comma-separated, for the records that keep them. */
  public String roles() {
    return String.join(",", new TreeSet<>(identity.getRoles()));
  }

  /** The advisor's agency ({@link Claims#SAFIR}), absent when the token has none. */
  public Optional<String> safir() {
    if (safir == null) {
      safir = token().flatMap(token -> TokenClaims.text(token, Claims.SAFIR));
    }
    return safir;
  }

  /** The E2C sites the caller works for ({@link Claims#E2C_SITES}). */
  public Set<UUID> e2cSites() {
    if (e2cSites == null) {
      e2cSites = token().map(token -> TokenClaims.uuids(token, Claims.E2C_SITES)).orElse(Set.of());
    }
    return e2cSites;
  }

  /** The OAuth client the token was issued to ({@link Claims#CLIENT_ID}), else the actor. */
  public String clientId() {
    if (clientId == null) {
      clientId = token().flatMap(token -> Claims.clientId(token::getClaim)).orElseGet(this::actor);
    }
    return clientId;
  }

  private Optional<JsonWebToken> token() {
    return identity.getPrincipal() instanceof JsonWebToken token
        ? Optional.of(token)
        : Optional.empty();
  }
}
