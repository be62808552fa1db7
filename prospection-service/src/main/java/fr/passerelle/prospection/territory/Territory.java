package fr.passerelle.prospection.territory;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.Caller;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller's territory, as departments: a Pôle emploi company advisor's is their agency's
 * department (the {@code safir} claim, placed by the directory's agency events), an E2C officer's
 * the departments of their sites ({@code e2c_sites}); an admin's is the whole country. Everything
 * of prospection belongs to one department, and what lies outside the caller's is a 404.
 */
@RequestScoped
public class Territory {

  /** Never a department: what an empty territory compares with. */
  private static final String NONE = "";

  private final Caller caller;
  private Set<String> departments;

  Territory(Caller caller) {
    this.caller = caller;
  }

  public boolean isNational() {
    return caller.is(Roles.ADMIN);
  }

  /** The caller's departments; never empty, so that a query on it is always valid. */
  public Set<String> departments() {
    if (departments == null) {
      departments = isNational() ? Set.of() : own();
      if (!isNational() && departments.isEmpty()) {
        departments = Set.of(NONE);
      }
    }
    return departments;
  }

  public boolean covers(String departmentCode) {
    return isNational() || departments().contains(departmentCode);
  }

  /** A JPQL condition on the department path, with {@link #parameter()} named scopeDepartments. */
  public String condition(String departmentPath) {
    return isNational() ? "1 = 1" : departmentPath + " in :scopeDepartments";
  }

  public java.util.Map<String, Object> parameter() {
    return isNational() ? java.util.Map.of() : java.util.Map.of("scopeDepartments", departments());
  }

  /** The network the caller works for, if they prospect. */
  public Optional<Network> network() {
    if (caller.is(Roles.PE_COMPANY_ADVISOR)) {
      return Optional.of(Network.PE);
    }
    if (caller.is(Roles.E2C_COMPANY_OFFICER)) {
      return Optional.of(Network.E2C);
    }
    return Optional.empty();
  }

  /**
   * @throws ForbiddenException (403) for a caller who does not prospect (an admin reads only)
   */
  public Network requireNetwork() {
    return network()
        .orElseThrow(() -> new ForbiddenException("only company advisors and officers prospect"));
  }

  /** The officer's work identity (the token's subject), as leads and contacts name them. */
  public String officer() {
    return caller.actor();
  }

  private Set<String> own() {
    Set<String> own = new TreeSet<>();
    if (caller.is(Roles.PE_COMPANY_ADVISOR)) {
      caller
          .safir()
          .map(safir -> KnownAgency.<KnownAgency>findById(safir))
          .ifPresent(agency -> own.add(agency.departmentCode));
    }
    if (caller.is(Roles.E2C_COMPANY_OFFICER) && !caller.e2cSites().isEmpty()) {
      List<KnownSite> sites = KnownSite.list("siteId in ?1", caller.e2cSites());
      sites.forEach(site -> own.add(site.departmentCode));
    }
    return Set.copyOf(own);
  }
}
