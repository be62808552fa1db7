package fr.passerelle.prospection.territory;

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

/**
 * Keeps the local copy of E2C sites from the directory's events: an officer's territory is their
 * sites' departments, and openings are placed against the sites' positions. Channel: {@code
 * mp.messaging.incoming.prospection-sites.*}.
 */
@ApplicationScoped
public class SitesFromDirectory implements EventConsumer {

  static final String NAME = "prospection-sites";

  private final ObjectMapper mapper;
  private final EventApplier events;

  SitesFromDirectory(ObjectMapper mapper, EventApplier events) {
    this.mapper = mapper;
    this.events = events;
  }

  @Incoming(NAME)
  @Blocking
  void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    events.apply(this, record);
  }

  @Override
  public String name() {
    return NAME;
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
  }

  private void upsert(SiteDetails site, InboundEvent event) {
    KnownSite known = KnownSite.findById(site.siteId());
    boolean isNew = known == null;
    if (isNew) {
      known = new KnownSite();
      known.siteId = site.siteId();
    }
    known.name = site.name();
    known.communeCode = site.communeCode();
    known.departmentCode = site.departmentCode();
    known.regionCode = site.regionCode();
    known.latitude = site.latitude();
    known.longitude = site.longitude();
    known.active = "ACTIVE".equals(site.status());
    known.updatedAt = event.timeOrNow();
    if (isNew) {
      known.persist();
    }
  }

  private void close(SiteClosed site, InboundEvent event) {
    KnownSite known = KnownSite.findById(site.siteId());
    if (known != null) {
      known.active = false;
      known.updatedAt = event.timeOrNow();
    }
  }
}
