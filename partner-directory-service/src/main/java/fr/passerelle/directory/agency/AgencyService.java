package fr.passerelle.directory.agency;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.agency.AgencyApi.AgencyRequest;
import fr.passerelle.directory.agency.AgencyApi.AgencyView;
import fr.passerelle.platform.geo.Locator;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.ExistingResourceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

@ApplicationScoped
public class AgencyService {

  private static final Logger LOG = Logger.getLogger(AgencyService.class);

  private final Locator locator;
  private final Outbox outbox;
  private final Clock clock;

  AgencyService(Locator locator, Outbox outbox, Clock clock) {
    this.locator = locator;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public AgencyView create(AgencyRequest request) {
    refuseDuplicateSafir(request.safir(), null);
    Agency agency = Agency.create(UUID.randomUUID(), clock.instant());
    describe(agency, request);
    agency.persistAndFlush();
    return published(agency);
  }

  @Transactional
  public AgencyView update(UUID id, String ifMatch, AgencyRequest request) {
    Agency agency = Agency.require(id);
    EntityTags.requireMatch(ifMatch, agency.version, "agency", id);
    refuseDuplicateSafir(request.safir(), id);
    describe(agency, request);
    Agency.getEntityManager().flush();
    return published(agency);
  }

  @Transactional
  public AgencyView get(UUID id) {
    return AgencyView.of(Agency.require(id));
  }

  @Transactional
  public Page<AgencyView> list(AgencyFilter filter, PageRequest page) {
    return KeysetPage.of(Agency.class, "a")
        .whereEquals("a.departmentCode", filter.departmentCode())
        .orderBy(SortKey.uuid("a.id", a -> a.id))
        .fetch(page)
        .map(AgencyView::of);
  }

  private void describe(Agency agency, AgencyRequest request) {
    agency.describe(
        request.safir(),
        request.name(),
        request.street(),
        locator.locate(request.communeCode(), request.postalCode(), null, null),
        clock.instant());
  }

  private AgencyView published(Agency agency) {
    outbox.publish(DirectoryEvents.AGENCY_UPSERTED, agency.id, agency.upserted());
    LOG.infof("Agency %s upserted", agency.id);
    return AgencyView.of(agency);
  }

  private static void refuseDuplicateSafir(String safir, UUID self) {
    Agency existing = Agency.bySafir(safir);
    if (existing != null && !existing.id.equals(self)) {
      throw new ExistingResourceException(
          "an agency with this SAFIR code already exists",
          existing.id,
          URI.create("/api/v1/agencies/" + existing.id));
    }
  }
}
