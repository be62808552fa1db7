package fr.passerelle.prospection.territory;

import fr.passerelle.platform.geo.GeoPoint;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An E2C site as the directory last described it in its events. */
@Entity
public class KnownSite extends PanacheEntityBase {

  @Id public UUID siteId;
  public String name;
  public String communeCode;
  public String departmentCode;
  public String regionCode;
  public double latitude;
  public double longitude;
  public boolean active;
  public Instant updatedAt;

  public GeoPoint point() {
    return new GeoPoint(latitude, longitude);
  }
}
