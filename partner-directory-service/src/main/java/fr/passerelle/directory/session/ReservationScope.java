package fr.passerelle.directory.session;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.CallerScope;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.problem.OutOfScopeException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Whose reservations the caller sees and books: E2C staff those of their own sites' sessions; the
 * other booking roles those of any session. A session outside the scope is answered 404 as if it
 * did not exist.
 */
@RequestScoped
public class ReservationScope {

  private final CallerScope scope;
  private final Caller caller;

  ReservationScope(CallerScope scope, Caller caller) {
    this.scope = scope;
    this.caller = caller;
  }

  public boolean sees(InformationSession session) {
    return scope.managesSite(session.siteId)
        || caller.isAny(Roles.PE_ADVISOR, Roles.PE_SYSTEM, Roles.REFERRAL_SERVICE);
  }

  /**
   * @throws OutOfScopeException (404) when the session does not exist or lies outside the scope
   */
  public InformationSession visibleSession(UUID sessionId) {
    return check(InformationSession.findById(sessionId), sessionId);
  }

  /** The same, locking the session row: bookings of one session are applied one at a time. */
  public InformationSession visibleSessionForUpdate(UUID sessionId) {
    return check(InformationSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE), sessionId);
  }

  private InformationSession check(InformationSession session, UUID sessionId) {
    if (session == null || !sees(session)) {
      throw new OutOfScopeException("session", sessionId);
    }
    return session;
  }
}
