package fr.passerelle.directory.pairing;

import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A local partnership: an agency works with a site, with a referent on each side. */
@Entity
@Table(name = "pairing")
public class Pairing extends PanacheEntityBase {

  @Id public UUID id;
  public UUID agencyId;
  public UUID siteId;
  public LocalDate since;
  public UUID agencyReferentId;
  public UUID siteReferentId;
  @Version public long version;
  public Instant createdAt;
  public Instant updatedAt;

  public static Pairing create(UUID id, Instant now) {
    Pairing pairing = new Pairing();
    pairing.id = id;
    pairing.createdAt = now;
    return pairing;
  }

  public static Pairing of(UUID agencyId, UUID siteId) {
    return find("agencyId = ?1 and siteId = ?2", agencyId, siteId).firstResult();
  }

  /**
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static Pairing require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "pairing", id);
  }
}
