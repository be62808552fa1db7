package fr.passerelle.prospection.jointaction;

import fr.passerelle.platform.security.AggregateScope;
import fr.passerelle.prospection.territory.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** The joint actions held in the caller's territory (by their commune's department); else 404. */
@RequestScoped
public class JointActionScope extends AggregateScope<JointAction, UUID> {

  private final Territory territory;

  JointActionScope(Territory territory) {
    this.territory = territory;
  }

  @Override
  public boolean sees(JointAction action) {
    return territory.covers(action.departmentCode);
  }

  @Override
  protected String resource() {
    return "joint action";
  }

  @Override
  protected JointAction find(UUID id, LockModeType lock) {
    return JointAction.findById(id, lock);
  }
}
