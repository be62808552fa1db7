package fr.passerelle.contracts.events.directory;

import fr.passerelle.contracts.events.EventType;
import java.util.List;

/**
 * Every event the directory publishes, on topic {@code passerelle.directory.v1}, keyed by the site,
 * agency or session id. Schemas: this module's {@code src/main/resources/events/}; catalog:
 * docs/events/README.md.
 */
public final class DirectoryEvents {

  public static final String SERVICE = "directory";
  public static final String TOPIC = EventType.topicOf(SERVICE);

  public static final EventType<SiteDetails> SITE_CREATED =
      EventType.of(SERVICE, "site-created", SiteDetails.class);
  public static final EventType<SiteDetails> SITE_UPDATED =
      EventType.of(SERVICE, "site-updated", SiteDetails.class);
  public static final EventType<SiteClosed> SITE_CLOSED =
      EventType.of(SERVICE, "site-closed", SiteClosed.class);
  public static final EventType<AgencyUpserted> AGENCY_UPSERTED =
      EventType.of(SERVICE, "agency-upserted", AgencyUpserted.class);
  public static final EventType<SessionDetails> SESSION_SCHEDULED =
      EventType.of(SERVICE, "session-scheduled", SessionDetails.class);
  public static final EventType<SessionDetails> SESSION_UPDATED =
      EventType.of(SERVICE, "session-updated", SessionDetails.class);
  public static final EventType<SessionDetails> SESSION_CANCELLED =
      EventType.of(SERVICE, "session-cancelled", SessionDetails.class);
  public static final EventType<SeatsChanged> SEATS_CHANGED =
      EventType.of(SERVICE, "seats-changed", SeatsChanged.class);

  public static final List<EventType<?>> ALL =
      List.of(
          SITE_CREATED,
          SITE_UPDATED,
          SITE_CLOSED,
          AGENCY_UPSERTED,
          SESSION_SCHEDULED,
          SESSION_UPDATED,
          SESSION_CANCELLED,
          SEATS_CHANGED);

  private DirectoryEvents() {}
}
