package fr.passerelle.referral.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SiteClosed;
import fr.passerelle.contracts.events.directory.SiteDetails;
import fr.passerelle.platform.consumer.EventApplier;
import fr.passerelle.platform.consumer.EventConsumer;
import fr.passerelle.platform.events.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the local copy of E2C sites from the directory's events, through the platform's idempotent
 * consumer: a submission checks its site here, not with a call to the directory. Its channel is
 * configured in application.properties ({@code mp.messaging.incoming.referral-sites.*}).
 */
@ApplicationScoped
public class SitesFromDirectory implements EventConsumer {

  private static final Logger LOG = Logger.getLogger(SitesFromDirectory.class);

  static final String NAME = "referral-sites";

  private final ObjectMapper mapper;
  private final EventApplier events;

  SitesFromDirectory(ObjectMapper mapper, EventApplier events) {
    this.mapper = mapper;
    this.events = events;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Incoming(NAME)
  @Blocking
  void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    events.apply(this, record);
  }

  @Override
  public void handle(InboundEvent event) {
    if (event.is(DirectoryEvents.SITE_CREATED)) {
      upsert(event.payload(DirectoryEvents.SITE_CREATED, mapper), event);
    } else if (event.is(DirectoryEvents.SITE_UPDATED)) {
      upsert(event.payload(DirectoryEvents.SITE_UPDATED, mapper), event);
    } else if (event.is(DirectoryEvents.SITE_CLOSED)) {
      close(event.payload(DirectoryEvents.SITE_CLOSED, mapper), event);
    }
    // Sessions, agencies and seats are not copied.
  }

  private void upsert(SiteDetails site, InboundEvent event) {
    KnownSite known = KnownSite.findById(site.siteId());
    boolean isNew = known == null;
    if (isNew) {
      known = new KnownSite();
      known.siteId = site.siteId();
    }
    known.schoolId = site.schoolId();
    known.name = site.name();
    known.communeCode = site.communeCode();
    known.departmentCode = site.departmentCode();
    known.regionCode = site.regionCode();
    known.active = "ACTIVE".equals(site.status());
    known.updatedAt = event.timeOrNow();
    if (isNew) {
      known.persist();
    }
    LOG.infof("Site %s copied from the directory (active: %s)", site.siteId(), known.active);
  }

  private void close(SiteClosed site, InboundEvent event) {
    KnownSite known = KnownSite.findById(site.siteId());
    if (known != null) {
      known.active = false;
      known.updatedAt = event.timeOrNow();
      LOG.infof("Site %s closed in the directory", site.siteId());
    }
  }
}
