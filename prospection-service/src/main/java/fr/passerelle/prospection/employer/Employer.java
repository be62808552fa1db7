package fr.passerelle.prospection.employer;

import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An establishment prospected by either network, one per SIRET. It carries what search needs about
 * its relationship: the day of its last contact and who leads it until when.
 */
@Entity
public class Employer extends PanacheEntityBase {

  @Id public UUID id;
  @Version public long version;

  public String siret;
  public String siren;
  public String name;
  public String searchName;
  public String nafCode;

  @Convert(converter = HeadcountBandColumn.class)
  public HeadcountBand headcountBand;

  public String street;
  public String communeCode;
  public String postalCode;
  public String departmentCode;
  public String regionCode;
  public double latitude;
  public double longitude;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> romeCodes;

  public String registeredBy;
  public String registeredNetwork;
  public LocalDate lastContactOn;
  public String leadNetwork;
  public String leadOfficer;
  public Instant leadUntil;
  public Instant createdAt;
  public Instant updatedAt;

  /**
   * Whatever the caller's territory: for the service's own work.
   *
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static Employer require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "employer", id);
  }

  public static Employer bySiret(String siret) {
    return find("siret", siret).firstResult();
  }

  /** Whether someone of either network leads the relationship now. */
  public boolean isLedAt(Instant now) {
    return leadNetwork != null && leadUntil != null && leadUntil.isAfter(now);
  }

  /** A contact done on this day: the last contact moves forward, never back. */
  public void contactedOn(LocalDate day) {
    if (lastContactOn == null || lastContactOn.isBefore(day)) {
      lastContactOn = day;
    }
  }

  /** Who leads it now, as search reads it; the lead itself is the lead package's record. */
  public void ledBy(String network, String officer, Instant until) {
    leadNetwork = network;
    leadOfficer = officer;
    leadUntil = until;
  }

  /** Nobody leads it any more. */
  public void leadEnded() {
    ledBy(null, null, null);
  }
}
