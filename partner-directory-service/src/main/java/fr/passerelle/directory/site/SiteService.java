package fr.passerelle.directory.site;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.school.School;
import fr.passerelle.directory.site.SiteApi.SiteRequest;
import fr.passerelle.directory.site.SiteApi.SiteView;
import fr.passerelle.platform.geo.Locator;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.problem.ExistingResourceException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class SiteService {

  private static final Logger LOG = Logger.getLogger(SiteService.class);

  private final Locator locator;
  private final Outbox outbox;
  private final SitePages pages;
  private final Clock clock;

  SiteService(Locator locator, Outbox outbox, SitePages pages, Clock clock) {
    this.locator = locator;
    this.outbox = outbox;
    this.pages = pages;
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

  /**
   * Creates or updates the sites with the requests' codes (the import's natural key), in the
   * requests' order: a later request for a code changes what an earlier one wrote. One query reads
   * the existing sites; the writes reach the database in batches at the next flush, and the events,
   * one per request, go to the outbox in order. The requests are valid, their communes and postal
   * codes agree (the importer checked them) and their schools exist.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Outcome> upsertAll(List<SiteRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    requests.stream().map(SiteRequest::schoolId).distinct().forEach(SiteService::requireSchool);
    Map<String, Site> byCode = new HashMap<>();
    Site.<Site>list("code in ?1", requests.stream().map(SiteRequest::code).distinct().toList())
        .forEach(site -> byCode.put(site.code, site));
    Instant now = clock.instant();
    SiteEvents events = new SiteEvents(outbox);
    List<Outcome> outcomes = new ArrayList<>(requests.size());
    for (SiteRequest request : requests) {
      Site site = byCode.get(request.code());
      if (site == null) {
        site = Site.create(UUID.randomUUID(), request.code(), now);
        apply(request, site, now);
        site.persist();
        byCode.put(site.code, site);
        events.created(site);
        outcomes.add(Outcome.CREATED);
      } else {
        SiteStatus before = site.status;
        apply(request, site, now);
        events.changed(site, before);
        outcomes.add(Outcome.UPDATED);
      }
    }
    events.publish();
    return outcomes;
  }

  @Transactional
  public SiteView get(UUID id) {
    return SiteView.of(Site.require(id));
  }

  /** A page of sites, read straight into their views ({@link SitePages}). */
  public Page<SiteView> list(SiteFilter filter, PageRequest page) {
    return pages.list(filter, page);
  }

  private Site insert(SiteRequest request) {
    requireSchool(request.schoolId());
    Site site = Site.create(UUID.randomUUID(), request.code(), clock.instant());
    apply(request, site, clock.instant());
    site.persistAndFlush();
    SiteEvents events = new SiteEvents(outbox);
    events.created(site);
    events.publish();
    LOG.infof("Site %s created", site.id);
    return site;
  }

  private void change(Site site, SiteRequest request) {
    requireSchool(request.schoolId());
    SiteStatus before = site.status;
    apply(request, site, clock.instant());
    Site.getEntityManager().flush();
    SiteEvents events = new SiteEvents(outbox);
    boolean closed = events.changed(site, before) == DirectoryEvents.SITE_CLOSED;
    events.publish();
    LOG.infof(closed ? "Site %s closed" : "Site %s updated", site.id);
  }

  private void apply(SiteRequest request, Site site, Instant now) {
    request.applyTo(
        site,
        locator.locate(
            request.communeCode(), request.postalCode(), request.latitude(), request.longitude()),
        now);
  }

  private static void requireSchool(UUID schoolId) {
    if (School.findById(schoolId) == null) {
      throw new RuleViolationException("unknown-school", "the school does not exist");
    }
  }
}
