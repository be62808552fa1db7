package fr.passerelle.directory.access;

import fr.passerelle.platform.security.TokenClaims;
import fr.passerelle.platform.web.problem.OutOfScopeException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the caller may change. Directory admins manage everything; E2C staff manage the sessions and
 * referents of the sites in their {@code e2c_sites} claim, and asking for another site's gets 404,
 * as if it did not exist. Reading is decided by role on each operation.
 */
@RequestScoped
public class CallerScope {

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  CallerScope(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  public boolean managesEverything() {
    return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.DIRECTORY_ADMIN);
  }

  public boolean managesSite(UUID siteId) {
    return managesEverything()
        || (identity.hasRole(Roles.E2C_STAFF) && e2cSites().contains(siteId));
  }

  /**
   * @throws OutOfScopeException (404) when the caller may not manage the site's records
   */
  public void requireSiteManagement(String resource, Object id, UUID siteId) {
    if (!managesSite(siteId)) {
      throw new OutOfScopeException(resource, id);
    }
  }

  /**
   * @throws OutOfScopeException (404) for anyone but a directory admin
   */
  public void requireDirectoryAdmin(String resource, Object id) {
    if (!managesEverything()) {
      throw new OutOfScopeException(resource, id);
    }
  }

  /** Who acts, for the records that keep it: the token's subject, never a name. */
  public String actor() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  public Set<UUID> e2cSites() {
    return TokenClaims.uuids(token, "e2c_sites");
  }
}
