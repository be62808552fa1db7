package fr.passerelle.directory.site;

import fr.passerelle.contracts.events.directory.SiteClosed;
import fr.passerelle.contracts.events.directory.SiteDetails;
import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A place where young people go: an E2C school's site. */
@Entity
@Table(name = "site")
public class Site extends PanacheEntityBase {

  @Id public UUID id;
  public String code;
  public UUID schoolId;
  public String name;
  public String street;
  public String communeCode;
  public String postalCode;
  public String departmentCode;
  public String regionCode;
  public double latitude;
  public double longitude;
  public String phone;
  public String email;
  public String openingHours;
  public String accessibility;
  public Integer yearlyCapacity;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> sectors = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  public SiteStatus status;

  @Version public long version;
  public Instant createdAt;
  public Instant updatedAt;

  public static Site create(UUID id, String code, Instant now) {
    Site site = new Site();
    site.id = id;
    site.code = code;
    site.createdAt = now;
    return site;
  }

  public static Site byCode(String code) {
    return find("code", code).firstResult();
  }

  public void locate(Location location) {
    this.communeCode = location.communeCode();
    this.postalCode = location.postalCode();
    this.departmentCode = location.departmentCode();
    this.regionCode = location.regionCode();
    this.latitude = location.latitude();
    this.longitude = location.longitude();
  }

  public boolean isActive() {
    return status == SiteStatus.ACTIVE;
  }

  public SiteDetails details() {
    return new SiteDetails(
        id,
        schoolId,
        code,
        name,
        communeCode,
        postalCode,
        departmentCode,
        regionCode,
        latitude,
        longitude,
        status.name(),
        List.copyOf(sectors),
        yearlyCapacity);
  }

  public SiteClosed closure() {
    return new SiteClosed(id, schoolId, departmentCode, regionCode, updatedAt);
  }

  /**
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static Site require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "site", id);
  }
}
