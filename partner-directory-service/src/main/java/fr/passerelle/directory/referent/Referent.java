package fr.passerelle.directory.referent;

import fr.passerelle.contracts.events.directory.ReferentDetails;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A named contact of a site or of an agency. */
@Entity
@Table(name = "referent")
public class Referent extends PanacheEntityBase {

  @Id public UUID id;
  public UUID siteId;
  public UUID agencyId;
  public String firstName;
  public String lastName;

  @Enumerated(EnumType.STRING)
  public ReferentFunction function;

  public String email;
  public String phone;
  public boolean active;
  @Version public long version;
  public Instant createdAt;
  public Instant updatedAt;

  public static Referent create(UUID id, Instant now) {
    Referent referent = new Referent();
    referent.id = id;
    referent.createdAt = now;
    return referent;
  }

  /**
   * The referent as reporting sees it: no name, e-mail or phone.
   *
   * @param departmentCode the department of its site or agency
   * @param regionCode the region of its site or agency
   */
  public ReferentDetails details(String departmentCode, String regionCode) {
    return new ReferentDetails(
        id, function.name(), siteId, agencyId, departmentCode, regionCode, active);
  }

  /**
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static Referent require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "referent", id);
  }
}
