package fr.passerelle.prospection.employer;

import fr.passerelle.platform.security.AggregateScope;
import fr.passerelle.prospection.territory.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** The employers of the caller's territory; any other is a 404. */
@RequestScoped
public class EmployerScope extends AggregateScope<Employer, UUID> {

  private final Territory territory;

  EmployerScope(Territory territory) {
    this.territory = territory;
  }

  @Override
  public boolean sees(Employer employer) {
    return territory.covers(employer.departmentCode);
  }

  @Override
  protected String resource() {
    return "employer";
  }

  @Override
  protected Employer find(UUID id, LockModeType lock) {
    return Employer.findById(id, lock);
  }
}
