package fr.passerelle.reporting.support;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SessionDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Information sessions of one site as the directory publishes them, each scheduled first, at given
 * times (France's time, {@code 2026-03-03T14:00}), at the site or hosted in a Pôle emploi agency.
 */
public final class Sessions {

  private final Published published;
  private final UUID site;
  private final String department;
  private final String region;
  private final UUID agencyId;

  public Sessions(Published published, UUID site, String department, String region) {
    this(published, site, department, region, null);
  }

  private Sessions(
      Published published, UUID site, String department, String region, UUID agencyId) {
    this.published = published;
    this.site = site;
    this.department = department;
    this.region = region;
    this.agencyId = agencyId;
  }

  /** The same site's sessions, hosted in this agency (its directory id). */
  public Sessions inAgency(UUID agency) {
    return new Sessions(published, site, department, region, agency);
  }

  /** Scheduled, and still to come. */
  public UUID scheduled(String startsAt, int capacity, int seatsBooked) {
    UUID session = UUID.randomUUID();
    publish(
        DirectoryEvents.SESSION_SCHEDULED, session, startsAt, capacity, seatsBooked, "SCHEDULED");
    return session;
  }

  /** Scheduled, then held with this many seats booked. */
  public UUID held(String startsAt, int capacity, int seatsBooked) {
    UUID session = scheduled(startsAt, capacity, 0);
    publish(DirectoryEvents.SESSION_DONE, session, startsAt, capacity, seatsBooked, "DONE");
    return session;
  }

  /** Scheduled, booked, then cancelled. */
  public UUID cancelled(String startsAt, int capacity, int seatsBooked) {
    UUID session = scheduled(startsAt, capacity, seatsBooked);
    publish(
        DirectoryEvents.SESSION_CANCELLED, session, startsAt, capacity, seatsBooked, "CANCELLED");
    return session;
  }

  private void publish(
      EventType<SessionDetails> type,
      UUID session,
      String startsAt,
      int capacity,
      int seatsBooked,
      String status) {
    Instant starts = Paths.at(startsAt);
    published.event(
        type,
        session,
        new SessionDetails(
            session,
            site,
            department,
            region,
            agencyId == null ? "SITE" : "AGENCY",
            agencyId,
            "IN_PERSON",
            starts,
            starts.plus(Duration.ofHours(2)),
            capacity,
            seatsBooked,
            capacity - seatsBooked,
            status));
  }
}
