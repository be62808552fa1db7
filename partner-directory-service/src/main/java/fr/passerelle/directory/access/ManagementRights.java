package fr.passerelle.directory.access;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.problem.OutOfScopeException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * What the caller may change in the directory. Directory admins manage everything; E2C staff manage
 * the sessions and referents of the sites in their {@code e2c_sites} claim, and asking for another
 * site's gets 404, as if it did not exist. Reading is decided by role on each operation. The scope
 * beans of the aggregates ({@code SessionScope}, {@code ReferentScope}, {@code ReservationScope})
 * build on these rights.
 */
@RequestScoped
public class ManagementRights {

  private final Caller caller;

  ManagementRights(Caller caller) {
    this.caller = caller;
  }

  public boolean managesEverything() {
    return caller.isAny(Roles.ADMIN, Roles.DIRECTORY_ADMIN);
  }

  public boolean managesSite(UUID siteId) {
    return managesEverything()
        || (caller.is(Roles.E2C_STAFF) && caller.e2cSites().contains(siteId));
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
}
