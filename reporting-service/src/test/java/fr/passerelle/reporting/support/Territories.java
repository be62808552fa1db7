package fr.passerelle.reporting.support;

import fr.passerelle.contracts.events.directory.AgencyUpserted;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SiteDetails;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Sites and agencies as the directory publishes them, each test with its own. */
public final class Territories {

  private static final AtomicInteger SAFIRS = new AtomicInteger(81000);

  private Territories() {}

  public static UUID site(Published published, String department, String region) {
    UUID site = UUID.randomUUID();
    published.event(
        DirectoryEvents.SITE_CREATED,
        site,
        new SiteDetails(
            site,
            UUID.randomUUID(),
            "E2C-" + site.toString().substring(0, 4),
            "E2C test site",
            "59350",
            "59000",
            department,
            region,
            50.63,
            3.06,
            "ACTIVE",
            List.of(),
            null));
    return site;
  }

  /** A new agency; answers its SAFIR code. */
  public static String agency(Published published, String department, String region) {
    return agency(published, UUID.randomUUID(), department, region);
  }

  public static String agency(
      Published published, UUID agencyId, String department, String region) {
    String safir = Integer.toString(SAFIRS.incrementAndGet());
    published.event(
        DirectoryEvents.AGENCY_UPSERTED,
        safir,
        new AgencyUpserted(agencyId, safir, "Agence test", "59350", department, region));
    return safir;
  }
}
