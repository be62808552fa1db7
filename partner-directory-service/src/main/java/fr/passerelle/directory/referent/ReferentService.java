package fr.passerelle.directory.referent;

import fr.passerelle.directory.access.ManagementRights;
import fr.passerelle.directory.agency.Agency;
import fr.passerelle.directory.referent.ReferentApi.ReferentRequest;
import fr.passerelle.directory.referent.ReferentApi.ReferentView;
import fr.passerelle.directory.site.Site;
import fr.passerelle.directory.support.SiteOrAgencyFilter;
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

/** Referents: directory admins manage all; E2C staff those of their own sites. */
@ApplicationScoped
public class ReferentService {

  private static final Logger LOG = Logger.getLogger(ReferentService.class);

  private final ManagementRights rights;
  private final ReferentScope referents;
  private final Clock clock;

  ReferentService(ManagementRights rights, ReferentScope referents, Clock clock) {
    this.rights = rights;
    this.referents = referents;
    this.clock = clock;
  }

  @Transactional
  public ReferentView create(ReferentRequest request) {
    checkOwner(request, null);
    Referent referent = Referent.create(UUID.randomUUID(), clock.instant());
    request.applyTo(referent, clock.instant());
    referent.persistAndFlush();
    LOG.infof("Referent %s created", referent.id);
    return ReferentView.of(referent);
  }

  @Transactional
  public ReferentView update(UUID id, String ifMatch, ReferentRequest request) {
    Referent referent = referents.visible(id);
    EntityTags.requireMatch(ifMatch, referent.version, "referent", id);
    checkOwner(request, id);
    request.applyTo(referent, clock.instant());
    Referent.getEntityManager().flush();
    LOG.infof("Referent %s updated", id);
    return ReferentView.of(referent);
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
