package fr.passerelle.reporting.projection;

import static fr.passerelle.reporting.projection.FactTable.column;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An information-only orientation booked, cancelled or turned into a referral. */
public record OrientationFact(
    String eventId,
    UUID orientationId,
    String change,
    String agencySafir,
    UUID siteId,
    OffsetDateTime occurredAt)
    implements Fact {

  static final FactTable<OrientationFact> TABLE =
      FactTable.facts(
          "orientation_event",
          List.of(
              column("event_id", OrientationFact::eventId),
              column("orientation_id", OrientationFact::orientationId),
              column("change", OrientationFact::change),
              column("agency_safir", OrientationFact::agencySafir),
              column("site_id", OrientationFact::siteId),
              column("occurred_at", OrientationFact::occurredAt)));

  @Override
  public FactTable<OrientationFact> table() {
    return TABLE;
  }
}
