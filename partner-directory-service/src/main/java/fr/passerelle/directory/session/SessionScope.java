package fr.passerelle.directory.session;

import fr.passerelle.directory.access.ManagementRights;
import fr.passerelle.platform.security.AggregateScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * The sessions the caller manages: all for directory admins, their sites' for E2C staff. Anyone
 * with a reading role reads every session; changing one outside this scope is answered 404.
 */
@RequestScoped
public class SessionScope extends AggregateScope<InformationSession, UUID> {

  private final ManagementRights rights;

  SessionScope(ManagementRights rights) {
    this.rights = rights;
  }

  @Override
  public boolean sees(InformationSession session) {
    return rights.managesSite(session.siteId);
  }

  @Override
  protected String resource() {
    return "session";
  }

  @Override
  protected InformationSession find(UUID id, LockModeType lock) {
    return InformationSession.findById(id, lock);
  }
}
