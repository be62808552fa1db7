package fr.passerelle.directory.session;

import fr.passerelle.directory.access.CallerScope;
import fr.passerelle.directory.access.Roles;
import fr.passerelle.directory.events.DirectoryEvents;
import fr.passerelle.directory.events.SeatsChanged;
import fr.passerelle.directory.nearby.ActiveSitesIndex;
import fr.passerelle.directory.session.SessionApi.Booking;
import fr.passerelle.directory.session.SessionApi.ReservationView;
import fr.passerelle.directory.site.Site;
import fr.passerelle.directory.site.SiteService;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.problem.OutOfScopeException;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seat reservations keyed by the caller's referral id. Booking locks the session row, so concurrent
 * bookings are applied one after the other and the session's own rule (never more bookings than
 * seats) holds; booking again with the same referral id returns the reservation.
 */
@ApplicationScoped
public class ReservationService {

  private static final Logger LOG = Logger.getLogger(ReservationService.class);

  private final CallerScope scope;
  private final SecurityIdentity identity;
  private final Outbox outbox;
  private final ActiveSitesIndex activeSites;
  private final Clock clock;

  ReservationService(
      CallerScope scope,
      SecurityIdentity identity,
      Outbox outbox,
      ActiveSitesIndex activeSites,
      Clock clock) {
    this.scope = scope;
    this.identity = identity;
    this.outbox = outbox;
    this.activeSites = activeSites;
    this.clock = clock;
  }

  @Transactional
  public Booking book(UUID sessionId, UUID referralId) {
    InformationSession session = lockForBooking(sessionId);
    Reservation reservation = Reservation.of(sessionId, referralId);
    if (reservation != null && reservation.isBooked()) {
      return new Booking(ReservationView.of(reservation, session), false);
    }
    Instant now = clock.instant();
    session.book(now);
    if (reservation == null) {
      reservation = Reservation.book(sessionId, referralId, scope.actor(), now);
      reservation.persist();
    } else {
      reservation.rebook(scope.actor(), now);
    }
    InformationSession.getEntityManager().flush();
    seatsChanged(session, referralId, SeatsChanged.Change.BOOKED);
    LOG.infof("Seat booked in session %s (%d left)", sessionId, session.seatsLeft());
    return new Booking(ReservationView.of(reservation, session), true);
  }

  @Transactional
  public void cancel(UUID sessionId, UUID referralId) {
    InformationSession session = lockForBooking(sessionId);
    Reservation reservation = Reservation.of(sessionId, referralId);
    if (reservation == null) {
      throw new ResourceNotFoundException("reservation", referralId);
    }
    if (!reservation.isBooked()) {
      return;
    }
    Instant now = clock.instant();
    reservation.cancel(now);
    session.release(now);
    InformationSession.getEntityManager().flush();
    seatsChanged(session, referralId, SeatsChanged.Change.RELEASED);
    LOG.infof("Seat released in session %s (%d left)", sessionId, session.seatsLeft());
  }

  @Transactional
  public ReservationView get(UUID sessionId, UUID referralId) {
    InformationSession session = visibleSession(sessionId);
    Reservation reservation = Reservation.of(sessionId, referralId);
    if (reservation == null) {
      throw new ResourceNotFoundException("reservation", referralId);
    }
    return ReservationView.of(reservation, session);
  }

  @Transactional
  public List<ReservationView> list(UUID sessionId) {
    InformationSession session = visibleSession(sessionId);
    return Reservation.<Reservation>list("sessionId = ?1 order by createdAt, id", sessionId)
        .stream()
        .map(r -> ReservationView.of(r, session))
        .toList();
  }

  private InformationSession lockForBooking(UUID sessionId) {
    InformationSession session =
        InformationSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (session == null || !maySeeReservations(session)) {
      throw new ResourceNotFoundException("session", sessionId);
    }
    return session;
  }

  private InformationSession visibleSession(UUID sessionId) {
    InformationSession session = SessionService.find(sessionId);
    if (!maySeeReservations(session)) {
      throw new OutOfScopeException("session", sessionId);
    }
    return session;
  }

  /** E2C staff only for their own sites' sessions; the other booking roles for any session. */
  private boolean maySeeReservations(InformationSession session) {
    return scope.managesSite(session.siteId)
        || identity.hasRole(Roles.PE_ADVISOR)
        || identity.hasRole(Roles.PE_SYSTEM)
        || identity.hasRole(Roles.REFERRAL_SERVICE);
  }

  private void seatsChanged(
      InformationSession session, UUID referralId, SeatsChanged.Change change) {
    Site site = SiteService.find(session.siteId);
    activeSites.changedInThisTransaction();
    outbox.publish(
        DirectoryEvents.SEATS_CHANGED,
        session.id,
        new SeatsChanged(
            session.id,
            session.siteId,
            site.departmentCode,
            site.regionCode,
            referralId,
            change,
            session.capacity,
            session.seatsBooked,
            session.seatsLeft()));
  }
}
