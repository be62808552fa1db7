package fr.passerelle.reporting.projection;

import static fr.passerelle.reporting.projection.FactTable.column;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A Pôle emploi agency: its SAFIR code, department and region. */
public record AgencyFact(
    String safir, UUID agencyId, String departmentCode, String regionCode, OffsetDateTime eventTime)
    implements Dimension {

  static final FactTable<AgencyFact> TABLE =
      FactTable.latestWins(
          "agency",
          List.of("safir"),
          List.of(
              column("safir", AgencyFact::safir),
              column("agency_id", AgencyFact::agencyId),
              column("department_code", AgencyFact::departmentCode),
              column("region_code", AgencyFact::regionCode),
              column("event_time", AgencyFact::eventTime)));

  @Override
  public FactTable<AgencyFact> table() {
    return TABLE;
  }
}
