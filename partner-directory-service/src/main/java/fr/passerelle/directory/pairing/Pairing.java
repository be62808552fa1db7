package fr.passerelle.directory.pairing;

import fr.passerelle.contracts.events.directory.PairingDetails;
import fr.passerelle.directory.agency.Agency;
import fr.passerelle.directory.site.Site;
import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * A local partnership: an agency works with a site, with a referent on each side. Ending it keeps
 * it, with the day it ended: an ended pairing no longer changes, and the agency and the site may be
 * paired again.
 */
@Entity
@Table(name = "pairing")
public class Pairing extends PanacheEntityBase {

  /** The day a pairing ends is the agreement's day, in France. */
  static final ZoneId AGREEMENT_ZONE = ZoneId.of("Europe/Paris");

  @Id public UUID id;
  public UUID agencyId;
  public UUID siteId;
  public LocalDate since;
  public UUID agencyReferentId;
  public UUID siteReferentId;
  public LocalDate endedOn;
  public Instant endedAt;
  @Version public long version;
  public Instant createdAt;
  public Instant updatedAt;

  public static Pairing create(UUID id, Instant now) {
    Pairing pairing = new Pairing();
    pairing.id = id;
    pairing.createdAt = now;
    return pairing;
  }

  /** The active pairing of this agency and this site, null when none. */
  public static Pairing of(UUID agencyId, UUID siteId) {
    return find("agencyId = ?1 and siteId = ?2 and endedAt is null", agencyId, siteId)
        .firstResult();
  }

  public boolean isActive() {
    return endedAt == null;
  }

  /**
   * @throws ConflictException (409) once the pairing has ended
   */
  public void requireActive() {
    if (!isActive()) {
      throw new ConflictException("the pairing has ended", Map.of("endedOn", endedOn));
    }
  }

  /**
   * Ends the pairing today (Europe/Paris).
   *
   * @return false when it had already ended: nothing changes
   */
  public boolean end(Instant now) {
    if (!isActive()) {
      return false;
    }
    endedAt = now;
    endedOn = LocalDate.ofInstant(now, AGREEMENT_ZONE);
    updatedAt = now;
    return true;
  }

  public PairingDetails details(Agency agency, Site site) {
    return new PairingDetails(
        id,
        agencyId,
        agency.departmentCode,
        agency.regionCode,
        siteId,
        site.departmentCode,
        site.regionCode,
        since,
        endedOn,
        agencyReferentId,
        siteReferentId);
  }

  /**
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static Pairing require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "pairing", id);
  }
}
