package fr.passerelle.reporting.projection;

import static fr.passerelle.reporting.projection.FactTable.column;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A pairing of an agency and a site, as it last stood. */
public record PairingFact(
    UUID pairingId,
    UUID agencyId,
    UUID siteId,
    LocalDate since,
    LocalDate endedOn,
    OffsetDateTime eventTime)
    implements Dimension {

  static final FactTable<PairingFact> TABLE =
      FactTable.latestWins(
          "pairing",
          List.of("pairing_id"),
          List.of(
              column("pairing_id", PairingFact::pairingId),
              column("agency_id", PairingFact::agencyId),
              column("site_id", PairingFact::siteId),
              column("since", PairingFact::since),
              column("ended_on", PairingFact::endedOn),
              column("event_time", PairingFact::eventTime)));

  @Override
  public FactTable<PairingFact> table() {
    return TABLE;
  }
}
