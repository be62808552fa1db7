package fr.passerelle.referral.access;

import fr.passerelle.platform.security.TokenClaims;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
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
    return TokenClaims.text(token, "safir");
  }

  /** The OAuth client the token was issued to: the partner system for machine callers. */
  public String clientId() {
    return TokenClaims.text(token, "client_id")
        .or(() -> TokenClaims.text(token, "azp"))
        .orElse(actor());
  }

  public Set<UUID> e2cSites() {
    return TokenClaims.uuids(token, "e2c_sites");
  }
}
