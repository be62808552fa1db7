package fr.passerelle.reporting.support;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.PairingDetails;
import fr.passerelle.contracts.events.directory.SiteClosed;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The E2C network as the directory publishes its changes in one department: sites closed, pairings
 * of an agency and a site made and ended.
 */
public final class Network {

  private final Published published;
  private final String department;
  private final String region;

  public Network(Published published, String department, String region) {
    this.published = published;
    this.department = department;
    this.region = region;
  }

  /** A new active site of the department. */
  public UUID site() {
    return Territories.site(published, department, region);
  }

  /** A new agency of the department; answers its directory id. */
  public UUID agency() {
    UUID agency = UUID.randomUUID();
    Territories.agency(published, agency, department, region);
    return agency;
  }

  public void closed(UUID site, String closedOn) {
    published.event(
        DirectoryEvents.SITE_CLOSED,
        site,
        new SiteClosed(site, UUID.randomUUID(), department, region, Paths.at(closedOn + "T18:00")));
  }

  /** The agency and the site paired since that day; answers the pairing's id. */
  public UUID paired(UUID agency, UUID site, String since) {
    UUID pairing = UUID.randomUUID();
    published.event(
        DirectoryEvents.PAIRING_CREATED, pairing, pairing(pairing, agency, site, since, null));
    return pairing;
  }

  public void ended(UUID pairing, UUID agency, UUID site, String since, String endedOn) {
    published.event(
        DirectoryEvents.PAIRING_ENDED, pairing, pairing(pairing, agency, site, since, endedOn));
  }

  private PairingDetails pairing(
      UUID pairing, UUID agency, UUID site, String since, String endedOn) {
    return new PairingDetails(
        pairing,
        agency,
        department,
        region,
        site,
        department,
        region,
        LocalDate.parse(since),
        endedOn == null ? null : LocalDate.parse(endedOn),
        UUID.randomUUID(),
        UUID.randomUUID());
  }
}
