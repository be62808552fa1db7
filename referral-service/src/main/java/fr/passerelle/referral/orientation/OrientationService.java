package fr.passerelle.referral.orientation;

import fr.passerelle.contracts.events.referral.OrientationChanged;
import fr.passerelle.contracts.events.referral.OrientationChanged.Change;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.referral.agency.ActingAgency;
import fr.passerelle.referral.agency.KnownAgency;
import fr.passerelle.referral.booking.SeatBooking;
import fr.passerelle.referral.orientation.OrientationApi.Orient;
import fr.passerelle.referral.orientation.OrientationApi.OrientationView;
import fr.passerelle.referral.site.KnownSites;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Information-only orientations: booked by an agency (an advisor, or the Pôle emploi system for
 * one) in a session of an active site, with a seat under the orientation's id; seen by that agency
 * and the site; cancelled by the agency; turned into a referral by a submission that names it.
 */
@ApplicationScoped
public class OrientationService {

  private static final Logger LOG = Logger.getLogger(OrientationService.class);

  private final Caller caller;
  private final OrientationScope scope;
  private final ActingAgency actingAgency;
  private final KnownSites sites;
  private final SeatBooking seats;
  private final Outbox outbox;
  private final Clock clock;

  OrientationService(
      Caller caller,
      OrientationScope scope,
      ActingAgency actingAgency,
      KnownSites sites,
      SeatBooking seats,
      Outbox outbox,
      Clock clock) {
    this.caller = caller;
    this.scope = scope;
    this.actingAgency = actingAgency;
    this.sites = sites;
    this.seats = seats;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public OrientationView orient(Orient request) {
    String agency = actingAgency.resolve(request.agencySafir());
    sites.requireActive(request.siteId());
    Orientation orientation = Orientation.booked(UUID.randomUUID(), clock.instant());
    orientation.agencySafir = agency;
    orientation.clientId = caller.clientId();
    orientation.orientedBy = caller.actor();
    orientation.siteId = request.siteId();
    orientation.sessionId = request.sessionId();
    orientation.firstName = request.youngPerson().firstName();
    orientation.phone = request.youngPerson().contact().phone();
    orientation.email = request.youngPerson().contact().email();
    orientation.preferredChannel = request.youngPerson().contact().preferredChannel();
    orientation.sessionStartsAt =
        seats.book(orientation.sessionId, orientation.id, orientation.siteId);
    orientation.persistAndFlush();
    published(orientation, Change.BOOKED);
    LOG.infof("Orientation %s booked in session %s", orientation.id, orientation.sessionId);
    return OrientationView.of(orientation);
  }

  @Transactional
  public OrientationView get(UUID id) {
    return OrientationView.of(scope.visible(id));
  }

  @Transactional
  public Page<OrientationView> list(UUID sessionId, PageRequest page) {
    return KeysetPage.of(Orientation.class, "o")
        .where(scope.condition("o"), scope.parameters())
        .whereEquals("o.sessionId", sessionId)
        .orderBy(SortKey.instant("o.createdAt", o -> o.createdAt), SortKey.uuid("o.id", o -> o.id))
        .fetch(page)
        .map(OrientationView::of);
  }

  /**
   * @throws ForbiddenException (403) for the site's staff: the agency that booked it cancels it
   */
  @Transactional
  public OrientationView cancel(UUID id) {
    Orientation orientation = scope.visibleForUpdate(id);
    if (!scope.isAgencySide(orientation)) {
      throw new ForbiddenException("the agency that booked the orientation cancels it");
    }
    orientation.cancel(clock.instant());
    seats.release(orientation.sessionId, orientation.id);
    published(orientation, Change.CANCELLED);
    return OrientationView.of(orientation);
  }

  /**
   * The submission of a referral that names the orientation: it must be one the caller sees, still
   * booked.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void converted(UUID id, UUID referralId) {
    Orientation orientation = scope.visibleForUpdate(id);
    orientation.convert(referralId, clock.instant());
    published(orientation, Change.CONVERTED);
  }

  /** The directory cancelled the session: the seat went with it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int sessionCancelled(UUID sessionId) {
    var booked =
        Orientation.<Orientation>list(
            "sessionId = ?1 and status = ?2", sessionId, Orientation.Status.BOOKED);
    Instant now = clock.instant();
    for (Orientation orientation : booked) {
      orientation.cancel(now);
      published(orientation, Change.CANCELLED);
    }
    return booked.size();
  }

  private void published(Orientation orientation, Change change) {
    KnownAgency agency = KnownAgency.findById(orientation.agencySafir);
    outbox.publish(
        ReferralEvents.ORIENTATION_CHANGED,
        orientation.id,
        new OrientationChanged(
            orientation.id,
            change,
            orientation.agencySafir,
            agency == null ? null : agency.departmentCode,
            orientation.siteId,
            orientation.sessionId,
            orientation.referralId,
            clock.instant(),
            orientation.clientId));
  }
}
