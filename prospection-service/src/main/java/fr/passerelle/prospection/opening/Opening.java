package fr.passerelle.prospection.opening;

import fr.passerelle.platform.geo.GeoPoint;
import fr.passerelle.platform.web.problem.ConflictException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An opening (job, apprenticeship, company immersion, internship) that came out of a contact with
 * an employer. It belongs to the department of its commune, and only an open one moves: filled or
 * closed by an officer, expired by the service the day after its end date.
 */
@Entity
public class Opening extends PanacheEntityBase {

  @Id public UUID id;
  @Version public long version;

  public UUID employerId;
  public UUID contactId;
  public String network;
  public String publishedBy;

  @Enumerated(EnumType.STRING)
  public OpeningKind kind;

  public String romeCode;
  public String title;
  public String communeCode;
  public String departmentCode;
  public double latitude;
  public double longitude;
  public int positions;
  public LocalDate startsOn;
  public LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  public OpeningStatus status;

  public Instant createdAt;
  public Instant updatedAt;

  public GeoPoint point() {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * @throws ConflictException (409, member {@code status}) when it is no longer open
   */
  public void fill(Instant now) {
    move(OpeningStatus.FILLED, now);
  }

  /**
   * @throws ConflictException (409, member {@code status}) when it is no longer open
   */
  public void close(Instant now) {
    move(OpeningStatus.CLOSED, now);
  }

  /** Whether its end date has passed on this day (an opening without one never expires). */
  public boolean isOverOn(LocalDate today) {
    return status == OpeningStatus.OPEN && endsOn != null && endsOn.isBefore(today);
  }

  public void expire(Instant now) {
    move(OpeningStatus.EXPIRED, now);
  }

  private void move(OpeningStatus to, Instant now) {
    if (status != OpeningStatus.OPEN) {
      throw new ConflictException(
          "the opening is " + status + "; only an OPEN opening is filled, closed or expires",
          Map.of("status", status.name()));
    }
    status = to;
    updatedAt = now;
  }
}
