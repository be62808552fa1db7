package fr.passerelle.reporting.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment of the agreement's action plan ("every E2C site paired with its local agencies"):
 * its owner, due date and status, and, where one fits, the indicator that shows its progress and
 * the territory it concerns.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends PanacheEntityBase {

  @Id public UUID id;
  public String title;
  public String description;

  /** An organisation or a function, never a person's contact. */
  public String owner;

  public LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  public CommitmentStatus status;

  /** The name of an indicator measure, such as {@code coverage.pairedSites}. */
  public String indicator;

  public String departmentCode;
  public String regionCode;
  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  /** Still to be kept and past its due date, on this day. */
  public boolean isLateOn(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today);
  }
}
