package fr.passerelle.contracts.events.directory;

import fr.passerelle.contracts.events.EventType;
import java.util.List;

/**
 * Every event the directory publishes, on topic {@code passerelle.directory.v1}, keyed by the site,
 * agency, session, referent or pairing id. Schemas: this module's {@code
 * src/main/resources/events/}; catalog: docs/events/README.md.
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
  public static final EventType<SessionDetails> SESSION_DONE =
      EventType.of(SERVICE, "session-done", SessionDetails.class);
  public static final EventType<SeatsChanged> SEATS_CHANGED =
      EventType.of(SERVICE, "seats-changed", SeatsChanged.class);
  public static final EventType<ReferentDetails> REFERENT_CREATED =
      EventType.of(SERVICE, "referent-created", ReferentDetails.class);
  public static final EventType<ReferentDetails> REFERENT_UPDATED =
      EventType.of(SERVICE, "referent-updated", ReferentDetails.class);
  public static final EventType<ReferentDetails> REFERENT_REMOVED =
      EventType.of(SERVICE, "referent-removed", ReferentDetails.class);
  public static final EventType<PairingDetails> PAIRING_CREATED =
      EventType.of(SERVICE, "pairing-created", PairingDetails.class);
  public static final EventType<PairingDetails> PAIRING_UPDATED =
      EventType.of(SERVICE, "pairing-updated", PairingDetails.class);
  public static final EventType<PairingDetails> PAIRING_ENDED =
      EventType.of(SERVICE, "pairing-ended", PairingDetails.class);

  public static final List<EventType<?>> ALL =
      List.of(
          SITE_CREATED,
          SITE_UPDATED,
          SITE_CLOSED,
          AGENCY_UPSERTED,
          SESSION_SCHEDULED,
          SESSION_UPDATED,
          SESSION_CANCELLED,
          SESSION_DONE,
          SEATS_CHANGED,
          REFERENT_CREATED,
          REFERENT_UPDATED,
          REFERENT_REMOVED,
          PAIRING_CREATED,
          PAIRING_UPDATED,
          PAIRING_ENDED);

  private DirectoryEvents() {}
}
