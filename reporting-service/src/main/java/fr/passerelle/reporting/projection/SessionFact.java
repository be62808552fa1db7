package fr.passerelle.reporting.projection;

import static fr.passerelle.reporting.projection.FactTable.column;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An information session as it last stood: where, when, seats offered and booked, status. */
public record SessionFact(
    UUID sessionId,
    UUID siteId,
    UUID agencyId,
    OffsetDateTime startsAt,
    int capacity,
    int seatsBooked,
    String status,
    OffsetDateTime eventTime)
    implements Dimension {

  static final FactTable<SessionFact> TABLE =
      FactTable.latestWins(
          "info_session",
          List.of("session_id"),
          List.of(
              column("session_id", SessionFact::sessionId),
              column("site_id", SessionFact::siteId),
              column("agency_id", SessionFact::agencyId),
              column("starts_at", SessionFact::startsAt),
              column("capacity", SessionFact::capacity),
              column("seats_booked", SessionFact::seatsBooked),
              column("status", SessionFact::status),
              column("event_time", SessionFact::eventTime)));

  @Override
  public FactTable<SessionFact> table() {
    return TABLE;
  }
}
