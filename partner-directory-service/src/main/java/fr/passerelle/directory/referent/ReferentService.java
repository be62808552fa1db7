package fr.passerelle.directory.referent;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.ReferentDetails;
import fr.passerelle.directory.access.ManagementRights;
import fr.passerelle.directory.agency.Agency;
import fr.passerelle.directory.referent.ReferentApi.ReferentRequest;
import fr.passerelle.directory.referent.ReferentApi.ReferentView;
import fr.passerelle.directory.site.Site;
import fr.passerelle.directory.support.SiteOrAgencyFilter;
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
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Referents: directory admins manage all; E2C staff those of their own sites. Every change is
 * published without the person's name or contact details (referent-created, referent-updated, and
 * referent-removed when an update makes an active referent inactive).
 */
@ApplicationScoped
public class ReferentService {

  private static final Logger LOG = Logger.getLogger(ReferentService.class);

  private final ManagementRights rights;
  private final ReferentScope referents;
  private final Outbox outbox;
  private final Clock clock;

  ReferentService(ManagementRights rights, ReferentScope referents, Outbox outbox, Clock clock) {
    this.rights = rights;
    this.referents = referents;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public ReferentView create(ReferentRequest request) {
    checkOwner(request, null);
    Referent referent = Referent.create(UUID.randomUUID(), clock.instant());
    request.applyTo(referent, clock.instant());
    referent.persistAndFlush();
    return published(DirectoryEvents.REFERENT_CREATED, referent);
  }

  @Transactional
  public ReferentView update(UUID id, String ifMatch, ReferentRequest request) {
    Referent referent = referents.visible(id);
    EntityTags.requireMatch(ifMatch, referent.version, "referent", id);
    checkOwner(request, id);
    boolean wasActive = referent.active;
    request.applyTo(referent, clock.instant());
    Referent.getEntityManager().flush();
    return published(
        wasActive && !referent.active
            ? DirectoryEvents.REFERENT_REMOVED
            : DirectoryEvents.REFERENT_UPDATED,
        referent);
  }

  @Transactional
  public ReferentView get(UUID id) {
    return ReferentView.of(Referent.require(id));
  }

  @Transactional
  public Page<ReferentView> list(SiteOrAgencyFilter filter, PageRequest page) {
    return KeysetPage.of(Referent.class, "r")
        .whereEquals("r.siteId", filter.siteId())
        .whereEquals("r.agencyId", filter.agencyId())
        .orderBy(SortKey.uuid("r.id", r -> r.id))
        .fetch(page)
        .map(ReferentView::of);
  }

  private ReferentView published(EventType<ReferentDetails> type, Referent referent) {
    ReferentDetails details =
        referent.agencyId != null
            ? placed(referent, Agency.require(referent.agencyId))
            : placed(referent, Site.require(referent.siteId));
    outbox.publish(type, referent.id, details);
    LOG.infof("Referent %s %s", referent.id, type.name());
    return ReferentView.of(referent);
  }

  private static ReferentDetails placed(Referent referent, Agency agency) {
    return referent.details(agency.departmentCode, agency.regionCode);
  }

  private static ReferentDetails placed(Referent referent, Site site) {
    return referent.details(site.departmentCode, site.regionCode);
  }

  private void checkOwner(ReferentRequest request, UUID id) {
    if ((request.siteId() == null) == (request.agencyId() == null)) {
      throw new RuleViolationException(
          "one-owner", "a referent belongs to exactly one site or one agency");
    }
    if (request.function().belongsToAgency() != (request.agencyId() != null)) {
      throw new RuleViolationException(
          "function-owner-mismatch",
          "AGENCY_E2C_REFERENT is for agencies, the other functions for sites");
    }
    if (request.agencyId() != null) {
      rights.requireDirectoryAdmin("agency", request.agencyId());
      Agency.require(request.agencyId());
    } else {
      rights.requireSiteManagement("site", request.siteId(), request.siteId());
      Site.require(request.siteId());
    }
  }
}
