package fr.passerelle.reporting.projection;

import static fr.passerelle.reporting.projection.FactTable.column;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An E2C site where it stands: its department, region and status. */
public record SiteFact(
    UUID siteId, String departmentCode, String regionCode, String status, OffsetDateTime eventTime)
    implements Dimension {

  static final FactTable<SiteFact> TABLE =
      FactTable.latestWins(
          "site",
          List.of("site_id"),
          List.of(
              column("site_id", SiteFact::siteId),
              column("department_code", SiteFact::departmentCode),
              column("region_code", SiteFact::regionCode),
              column("status", SiteFact::status),
              column("event_time", SiteFact::eventTime)));

  @Override
  public FactTable<SiteFact> table() {
    return TABLE;
  }
}
