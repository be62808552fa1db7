package fr.passerelle.directory.session;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.ManagementRights;
import fr.passerelle.platform.security.AggregateScope;
import fr.passerelle.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Whose reservations the caller sees: admins and the referral service those of every session, E2C
 * staff those of their own sites' sessions. A session outside the scope is answered 404 as if it
 * did not exist.
 */
@RequestScoped
public class ReservationScope extends AggregateScope<InformationSession, UUID> {

  private final ManagementRights rights;
  private final Caller caller;

  ReservationScope(ManagementRights rights, Caller caller) {
    this.rights = rights;
    this.caller = caller;
  }

  @Override
  public boolean sees(InformationSession session) {
    return rights.managesSite(session.siteId) || caller.is(Roles.REFERRAL_SERVICE);
  }

  @Override
  protected String resource() {
    return "session";
  }

  @Override
  protected InformationSession find(UUID sessionId, LockModeType lock) {
    return InformationSession.findById(sessionId, lock);
  }
}
