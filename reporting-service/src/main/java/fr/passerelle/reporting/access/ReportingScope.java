package fr.passerelle.reporting.access;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.problem.OutOfScopeException;
import fr.passerelle.reporting.indicator.Territory;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The territory a caller may read indicators of: steering and admins every territory; an E2C team
 * member their sites ({@code e2c_sites}); a Pôle emploi advisor their agency ({@code safir}).
 * Asking for another territory answers 404, as a record outside the scope does.
 */
@RequestScoped
public class ReportingScope {

  private final Caller caller;

  ReportingScope(Caller caller) {
    this.caller = caller;
  }

  /**
   * The territory to count: the one asked for when the caller may read it, the caller's own when
   * none is asked.
   */
  public Territory visible(String requested) {
    Territory territory = Territory.parse(requested);
    if (caller.isAny(Roles.STEERING, Roles.ADMIN)) {
      return territory;
    }
    boolean asked = requested != null && !requested.isBlank();
    if (caller.is(Roles.E2C_STAFF)) {
      List<String> sites = caller.e2cSites().stream().map(UUID::toString).sorted().toList();
      if (!asked) {
        return sites.isEmpty() ? outOfScope(requested) : Territory.sites(sites);
      }
      if (territory.level() == Territory.Level.SITE
          && Set.copyOf(sites).containsAll(territory.codes())) {
        return territory;
      }
      return outOfScope(requested);
    }
    if (caller.is(Roles.PE_ADVISOR) && caller.safir().isPresent()) {
      Territory own = Territory.agency(caller.safir().get());
      return !asked || own.equals(territory) ? own : outOfScope(requested);
    }
    return outOfScope(requested);
  }

  /** Whether the small-numbers rule hides small counts from this caller: from all but admins. */
  public boolean smallNumbersApply() {
    return !caller.is(Roles.ADMIN);
  }

  private static Territory outOfScope(String requested) {
    throw new OutOfScopeException("territory", requested == null ? "of the caller" : requested);
  }
}
