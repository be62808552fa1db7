package fr.passerelle.directory.access;

import fr.passerelle.platform.web.problem.OutOfScopeException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
    Object claim = token.getClaim("e2c_sites");
    if (claim instanceof Collection<?> values) {
      return values.stream()
          .map(CallerScope::unquote)
          .map(CallerScope::asUuid)
          .filter(id -> id != null)
          .collect(Collectors.toUnmodifiableSet());
    }
    if (claim != null) {
      UUID single = asUuid(unquote(claim));
      return single == null ? Set.of() : Set.of(single);
    }
    return Set.of();
  }

  private static String unquote(Object value) {
    String text = value.toString();
    return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  private static UUID asUuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
