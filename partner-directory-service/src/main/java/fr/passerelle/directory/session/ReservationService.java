package fr.passerelle.directory.session;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SeatsChanged;
import fr.passerelle.directory.session.SessionApi.Booking;
import fr.passerelle.directory.session.SessionApi.ReservationView;
import fr.passerelle.directory.site.Site;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seat reservations keyed by the caller's referral id. Booking locks the session row, so concurrent
 * bookings are applied one after the other and the session's own rule (never more bookings than
 * seats) holds; booking again with the same referral id returns the reservation while the session
 * still takes bookings, and is refused like a new booking once it is cancelled, done or started.
 */
@ApplicationScoped
public class ReservationService {

  private static final Logger LOG = Logger.getLogger(ReservationService.class);

  private final ReservationScope scope;
  private final Caller caller;
  private final Outbox outbox;
  private final Clock clock;

  ReservationService(ReservationScope scope, Caller caller, Outbox outbox, Clock clock) {
    this.scope = scope;
    this.caller = caller;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public Booking book(UUID sessionId, UUID referralId) {
    InformationSession session = scope.visibleForUpdate(sessionId);
    Reservation reservation = Reservation.of(sessionId, referralId);
    Instant now = clock.instant();
    if (reservation != null && reservation.isBooked()) {
      session.requireOpenForBooking(now);
      return new Booking(ReservationView.of(reservation, session), false);
    }
    session.book(now);
    if (reservation == null) {
      reservation = Reservation.book(sessionId, referralId, caller.actor(), now);
      reservation.persist();
    } else {
      reservation.rebook(caller.actor(), now);
    }
    InformationSession.getEntityManager().flush();
    seatsChanged(session, referralId, SeatsChanged.Change.BOOKED);
    LOG.infof("Seat booked in session %s (%d left)", sessionId, session.seatsLeft());
    return new Booking(ReservationView.of(reservation, session), true);
  }

  @Transactional
  public void cancel(UUID sessionId, UUID referralId) {
    InformationSession session = scope.visibleForUpdate(sessionId);
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
    InformationSession session = scope.visible(sessionId);
    Reservation reservation = Reservation.of(sessionId, referralId);
    if (reservation == null) {
      throw new ResourceNotFoundException("reservation", referralId);
    }
    return ReservationView.of(reservation, session);
  }

  @Transactional
  public Page<ReservationView> list(UUID sessionId, PageRequest page) {
    InformationSession session = scope.visible(sessionId);
    return KeysetPage.of(Reservation.class, "r")
        .whereEquals("r.sessionId", sessionId)
        .orderBy(SortKey.instant("r.createdAt", r -> r.createdAt), SortKey.uuid("r.id", r -> r.id))
        .fetch(page)
        .map(r -> ReservationView.of(r, session));
  }

  private void seatsChanged(
      InformationSession session, UUID referralId, SeatsChanged.Change change) {
    outbox.publish(
        DirectoryEvents.SEATS_CHANGED,
        session.id,
        session.seatsChanged(Site.require(session.siteId), referralId, change));
  }
}
