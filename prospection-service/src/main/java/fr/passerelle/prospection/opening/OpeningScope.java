package fr.passerelle.prospection.opening;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.AggregateScope;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.prospection.territory.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The openings a caller sees: a company advisor's or officer's, those of their territory; an
 * admin's, all; a partner system's, the open ones of every department (and nothing that leads to
 * the employer, see {@link OpeningApi.OpeningView#forPartner}). Any other is a 404.
 */
@RequestScoped
public class OpeningScope extends AggregateScope<Opening, UUID> {

  private final Territory territory;
  private final Caller caller;

  OpeningScope(Territory territory, Caller caller) {
    this.territory = territory;
    this.caller = caller;
  }

  /** A partner system: open openings only, of every department, without the employer. */
  public boolean isPartner() {
    return !caller.isAny(Roles.ADMIN, Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER)
        && caller.is(Roles.PARTNER);
  }

  @Override
  public boolean sees(Opening opening) {
    return isPartner()
        ? opening.status == OpeningStatus.OPEN
        : territory.covers(opening.departmentCode);
  }

  /** The JPQL condition selecting the same openings, on alias {@code o}. */
  public String condition() {
    return isPartner() ? "o.status = :scopeStatus" : territory.condition("o.departmentCode");
  }

  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new HashMap<>();
    if (isPartner()) {
      parameters.put("scopeStatus", OpeningStatus.OPEN);
    } else {
      parameters.putAll(territory.parameter());
    }
    return parameters;
  }

  @Override
  protected String resource() {
    return "opening";
  }

  @Override
  protected Opening find(UUID id, LockModeType lock) {
    return Opening.findById(id, lock);
  }
}
