package fr.passerelle.directory.site;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.school.School;
import fr.passerelle.directory.session.InformationSession;
import fr.passerelle.directory.site.SiteApi.SiteRequest;
import fr.passerelle.directory.site.SiteApi.SiteView;
import fr.passerelle.platform.geo.Locator;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class SiteService {

  private static final Logger LOG = Logger.getLogger(SiteService.class);

  private final Locator locator;
  private final Outbox outbox;
  private final Clock clock;

  SiteService(Locator locator, Outbox outbox, Clock clock) {
    this.locator = locator;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** What an upsert did, for the import report. */
  public enum Outcome {
    CREATED,
    UPDATED
  }

  @Transactional
  public SiteView create(SiteRequest request) {
    Site existing = Site.byCode(request.code());
    if (existing != null) {
      throw new ExistingResourceException(
          "a site with this code already exists",
          existing.id,
          URI.create("/api/v1/sites/" + existing.id));
    }
    return SiteView.of(insert(request));
  }

  @Transactional
  public SiteView update(UUID id, String ifMatch, SiteRequest request) {
    Site site = Site.require(id);
    EntityTags.requireMatch(ifMatch, site.version, "site", id);
    Site sameCode = Site.byCode(request.code());
    if (sameCode != null && !sameCode.id.equals(id)) {
      throw new ExistingResourceException(
          "a site with this code already exists",
          sameCode.id,
          URI.create("/api/v1/sites/" + sameCode.id));
    }
    change(site, request);
    return SiteView.of(site);
  }

  /** Creates or updates the site with the request's code (the import's natural key). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome upsert(SiteRequest request) {
    Site site = Site.byCode(request.code());
    if (site == null) {
      insert(request);
      return Outcome.CREATED;
    }
    change(site, request);
    return Outcome.UPDATED;
  }

  @Transactional
  public SiteView get(UUID id) {
    return SiteView.of(Site.require(id));
  }

  @Transactional
  public Page<SiteView> list(SiteFilter filter, PageRequest page) {
    KeysetPage<Site> sites =
        KeysetPage.of(Site.class, "site")
            .whereEquals("site.regionCode", filter.regionCode())
            .whereEquals("site.departmentCode", filter.departmentCode())
            .whereEquals("site.status", filter.status())
            .where("array_contains(site.sectors, :sector)", "sector", filter.sector());
    if (filter.freeSeatsWithinDays() != null) {
      Instant now = clock.instant();
      sites.where(
          "exists (from InformationSession s where s.siteId = site.id"
              + " and s.startsAt between :now and :until and "
              + InformationSession.hasFreeSeats("s")
              + ")",
          Map.of("now", now, "until", now.plus(Duration.ofDays(filter.freeSeatsWithinDays()))));
    }
    return sites.orderBy(SortKey.uuid("site.id", s -> s.id)).fetch(page).map(SiteView::of);
  }

  private Site insert(SiteRequest request) {
    requireSchool(request.schoolId());
    Site site = Site.create(UUID.randomUUID(), request.code(), clock.instant());
    request.applyTo(
        site,
        locator.locate(
            request.communeCode(), request.postalCode(), request.latitude(), request.longitude()),
        clock.instant());
    site.persistAndFlush();
    outbox.publish(DirectoryEvents.SITE_CREATED, site.id, site.details());
    LOG.infof("Site %s created", site.id);
    return site;
  }

  private void change(Site site, SiteRequest request) {
    requireSchool(request.schoolId());
    SiteStatus before = site.status;
    request.applyTo(
        site,
        locator.locate(
            request.communeCode(), request.postalCode(), request.latitude(), request.longitude()),
        clock.instant());
    Site.getEntityManager().flush();
    if (site.status == SiteStatus.CLOSED && before != SiteStatus.CLOSED) {
      outbox.publish(DirectoryEvents.SITE_CLOSED, site.id, site.closure());
      LOG.infof("Site %s closed", site.id);
    } else {
      outbox.publish(DirectoryEvents.SITE_UPDATED, site.id, site.details());
      LOG.infof("Site %s updated", site.id);
    }
  }

  private static void requireSchool(UUID schoolId) {
    if (School.findById(schoolId) == null) {
      throw new RuleViolationException("unknown-school", "the school does not exist");
    }
  }
}
