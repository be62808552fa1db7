package fr.passerelle.directory.agency;

import fr.passerelle.contracts.events.directory.AgencyUpserted;
import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A Pôle emploi / France Travail agency, known by its SAFIR code. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

  @Id public UUID id;
  public String safir;
  public String name;
  public String street;
  public String communeCode;
  public String postalCode;
  public String departmentCode;
  public String regionCode;
  @Version public long version;
  public Instant createdAt;
  public Instant updatedAt;

  public static Agency create(UUID id, Instant now) {
    Agency agency = new Agency();
    agency.id = id;
    agency.createdAt = now;
    return agency;
  }

  public static Agency bySafir(String safir) {
    return find("safir", safir).firstResult();
  }

  public void describe(String safir, String name, String street, Location location, Instant now) {
    this.safir = safir;
    this.name = name;
    this.street = street;
    this.communeCode = location.communeCode();
    this.postalCode = location.postalCode();
    this.departmentCode = location.departmentCode();
    this.regionCode = location.regionCode();
    this.updatedAt = now;
  }

  public AgencyUpserted upserted() {
    return new AgencyUpserted(id, safir, name, communeCode, departmentCode, regionCode);
  }

  /**
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static Agency require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "agency", id);
  }
}
