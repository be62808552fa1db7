package fr.passerelle.referral.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An E2C site as the directory last described it in its events. */
@Entity
public class KnownSite extends PanacheEntityBase {

  @Id public UUID siteId;
  public UUID schoolId;
  public String name;
  public String communeCode;
  public String departmentCode;
  public String regionCode;
  public boolean active;
  public Instant updatedAt;
}
