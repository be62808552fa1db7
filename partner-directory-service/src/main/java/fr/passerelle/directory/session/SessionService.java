package fr.passerelle.directory.session;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SeatsChanged;
import fr.passerelle.contracts.events.directory.SessionDetails;
import fr.passerelle.directory.access.ManagementRights;
import fr.passerelle.directory.agency.Agency;
import fr.passerelle.directory.session.SessionApi.SessionRequest;
import fr.passerelle.directory.session.SessionApi.SessionView;
import fr.passerelle.directory.site.Site;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Information sessions: directory admins manage all; E2C staff those of their own sites. */
@ApplicationScoped
public class SessionService {

  private static final Logger LOG = Logger.getLogger(SessionService.class);

  private final ManagementRights rights;
  private final SessionScope sessions;
  private final Outbox outbox;
  private final Clock clock;

  SessionService(ManagementRights rights, SessionScope sessions, Outbox outbox, Clock clock) {
    this.rights = rights;
    this.sessions = sessions;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public SessionView schedule(SessionRequest request) {
    rights.requireSiteManagement("site", request.siteId(), request.siteId());
    Site site = Site.require(request.siteId());
    if (!site.isActive()) {
      throw new RuleViolationException("site-not-active", "only an active site holds sessions");
    }
    InformationSession session =
        InformationSession.schedule(UUID.randomUUID(), site.id, clock.instant());
    plan(session, request);
    session.persistAndFlush();
    return published(DirectoryEvents.SESSION_SCHEDULED, session, site);
  }

  @Transactional
  public SessionView update(UUID id, String ifMatch, SessionRequest request) {
    InformationSession session = sessions.visible(id);
    EntityTags.requireMatch(ifMatch, session.version, "session", id);
    if (!session.siteId.equals(request.siteId())) {
      throw new RuleViolationException("site-fixed", "a session cannot move to another site");
    }
    plan(session, request);
    InformationSession.getEntityManager().flush();
    return published(DirectoryEvents.SESSION_UPDATED, session, Site.require(session.siteId));
  }

  /**
   * Cancels a session and releases its seats with it: every booked reservation is cancelled and its
   * holder hears of it by a seats-changed RELEASED, after the session-cancelled. The session row is
   * locked, as a booking locks it, so that no seat is booked in between.
   */
  @Transactional
  public SessionView cancel(UUID id, String ifMatch) {
    InformationSession session = sessions.visibleForUpdate(id);
    EntityTags.checkIfGiven(ifMatch, session.version, "session", id);
    List<Reservation> released = session.cancel(clock.instant());
    InformationSession.getEntityManager().flush();
    Site site = Site.require(session.siteId);
    SessionView cancelled = published(DirectoryEvents.SESSION_CANCELLED, session, site);
    for (Reservation reservation : released) {
      outbox.publish(
          DirectoryEvents.SEATS_CHANGED,
          session.id,
          session.seatsChanged(site, reservation.referralId, SeatsChanged.Change.RELEASED));
    }
    LOG.infof("Session %s: %d seat(s) released by its cancellation", id, released.size());
    return cancelled;
  }

  @Transactional
  public SessionView get(UUID id) {
    return SessionView.of(InformationSession.require(id));
  }

  @Transactional
  public Page<SessionView> list(SessionFilter filter, PageRequest page) {
    return KeysetPage.of(InformationSession.class, "s")
        .whereEquals("s.siteId", filter.siteId())
        .where("s.startsAt >= :from", "from", filter.from())
        .where("s.startsAt < :to", "to", filter.to())
        .whereEquals("s.status", filter.status())
        .where(
            InformationSession.hasFreeSeats("s"),
            "now",
            filter.freeSeats() ? clock.instant() : null)
        .orderBy(SortKey.instant("s.startsAt", s -> s.startsAt), SortKey.uuid("s.id", s -> s.id))
        .fetch(page)
        .map(SessionView::of);
  }

  private void plan(InformationSession session, SessionRequest request) {
    if (request.agencyId() != null) {
      Agency.require(request.agencyId());
    }
    Instant now = clock.instant();
    if (!request.startsAt().isAfter(now)) {
      throw new RuleViolationException("start-in-past", "a session is scheduled in the future");
    }
    session.plan(
        request.venue(),
        request.agencyId(),
        request.format(),
        request.startsAt(),
        request.endsAt(),
        request.capacity(),
        now);
  }

  private SessionView published(
      EventType<SessionDetails> type, InformationSession session, Site site) {
    outbox.publish(type, session.id, session.details(site));
    LOG.infof("Session %s %s", session.id, type.name());
    return SessionView.of(session);
  }
}
