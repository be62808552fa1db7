package fr.passerelle.directory.site;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SiteClosed;
import fr.passerelle.contracts.events.directory.SiteDetails;
import fr.passerelle.platform.outbox.Outbox;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of site changes, published in the order of the changes: site-created for a new site,
 * site-closed when a change closes it, site-updated for any other change. Consecutive events of one
 * type go to the outbox as one batch of statements (an import's thousands of rows); a change of
 * type starts another batch, so that a site's events keep their order.
 */
final class SiteEvents {

  private final Outbox outbox;
  private final List<SiteDetails> details = new ArrayList<>();
  private final List<SiteClosed> closures = new ArrayList<>();
  private EventType<SiteDetails> detailsType;

  SiteEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** A site created: site-created. */
  EventType<?> created(Site site) {
    return details(DirectoryEvents.SITE_CREATED, site.details());
  }

  /** A site changed: site-closed when the change closes it, site-updated otherwise. */
  EventType<?> changed(Site site, SiteStatus before) {
    if (site.status == SiteStatus.CLOSED && before != SiteStatus.CLOSED) {
      if (!details.isEmpty()) {
        publish();
      }
      closures.add(site.closure());
      return DirectoryEvents.SITE_CLOSED;
    }
    return details(DirectoryEvents.SITE_UPDATED, site.details());
  }

  /** Writes the events not yet written to the outbox, in the current transaction. */
  void publish() {
    if (!details.isEmpty()) {
      outbox.publishAll(detailsType, SiteDetails::siteId, details);
      details.clear();
    }
    if (!closures.isEmpty()) {
      outbox.publishAll(DirectoryEvents.SITE_CLOSED, SiteClosed::siteId, closures);
      closures.clear();
    }
  }

  private EventType<?> details(EventType<SiteDetails> type, SiteDetails payload) {
    if (!closures.isEmpty() || (!details.isEmpty() && detailsType != type)) {
      publish();
    }
    detailsType = type;
    details.add(payload);
    return type;
  }
}
