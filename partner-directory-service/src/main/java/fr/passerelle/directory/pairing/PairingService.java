package fr.passerelle.directory.pairing;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.PairingDetails;
import fr.passerelle.directory.agency.Agency;
import fr.passerelle.directory.pairing.PairingApi.PairingRequest;
import fr.passerelle.directory.pairing.PairingApi.PairingView;
import fr.passerelle.directory.referent.Referent;
import fr.passerelle.directory.site.Site;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.ExistingResourceException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Pairings of agencies and sites, managed by directory admins. Ending a pairing keeps it as
 * history; every change is published (pairing-created, pairing-updated, pairing-ended) for
 * reporting.
 */
@ApplicationScoped
public class PairingService {

  private static final Logger LOG = Logger.getLogger(PairingService.class);

  private final Outbox outbox;
  private final Clock clock;

  PairingService(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public PairingView create(PairingRequest request) {
    check(request, null);
    Pairing pairing = Pairing.create(UUID.randomUUID(), clock.instant());
    request.applyTo(pairing, clock.instant());
    pairing.persistAndFlush();
    return published(DirectoryEvents.PAIRING_CREATED, pairing);
  }

  @Transactional
  public PairingView update(UUID id, String ifMatch, PairingRequest request) {
    Pairing pairing = Pairing.require(id);
    EntityTags.requireMatch(ifMatch, pairing.version, "pairing", id);
    pairing.requireActive();
    check(request, id);
    request.applyTo(pairing, clock.instant());
    Pairing.getEntityManager().flush();
    return published(DirectoryEvents.PAIRING_UPDATED, pairing);
  }

  /** Ends the pairing today; ending an ended pairing changes nothing. */
  @Transactional
  public void end(UUID id) {
    Pairing pairing = Pairing.require(id);
    if (pairing.end(clock.instant())) {
      Pairing.getEntityManager().flush();
      published(DirectoryEvents.PAIRING_ENDED, pairing);
    }
  }

  @Transactional
  public PairingView get(UUID id) {
    return PairingView.of(Pairing.require(id));
  }

  @Transactional
  public Page<PairingView> list(PairingFilter filter, PageRequest page) {
    return KeysetPage.of(Pairing.class, "p")
        .whereEquals("p.siteId", filter.siteId())
        .whereEquals("p.agencyId", filter.agencyId())
        .whereIf(!filter.includeEnded(), "p.endedAt is null")
        .orderBy(SortKey.uuid("p.id", p -> p.id))
        .fetch(page)
        .map(PairingView::of);
  }

  private PairingView published(EventType<PairingDetails> type, Pairing pairing) {
    outbox.publish(
        type,
        pairing.id,
        pairing.details(Agency.require(pairing.agencyId), Site.require(pairing.siteId)));
    LOG.infof("Pairing %s %s", pairing.id, type.name());
    return PairingView.of(pairing);
  }

  private static void check(PairingRequest request, UUID self) {
    Agency.require(request.agencyId());
    Site.require(request.siteId());
    Pairing existing = Pairing.of(request.agencyId(), request.siteId());
    if (existing != null && !existing.id.equals(self)) {
      throw new ExistingResourceException(
          "this agency and this site are already paired",
          existing.id,
          URI.create("/api/v1/pairings/" + existing.id));
    }
    if (request.agencyReferentId() != null) {
      Referent referent = Referent.require(request.agencyReferentId());
      if (!request.agencyId().equals(referent.agencyId)) {
        throw new RuleViolationException(
            "referent-elsewhere", "the agency referent does not belong to this agency");
      }
    }
    if (request.siteReferentId() != null) {
      Referent referent = Referent.require(request.siteReferentId());
      if (!request.siteId().equals(referent.siteId)) {
        throw new RuleViolationException(
            "referent-elsewhere", "the site referent does not belong to this site");
      }
    }
  }
}
