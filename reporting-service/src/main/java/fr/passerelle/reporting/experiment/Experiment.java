package fr.passerelle.reporting.experiment;

import fr.passerelle.platform.web.problem.RuleViolationException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A local experiment of the agreement (axis 4): what is tried, where (departments, E2C sites, Pôle
 * emploi agencies), with whom, from when to when, for which of the agreement's aims, and how
 * steering judged it.
 */
@Entity
@Table(name = "experiment")
public class Experiment extends PanacheEntityBase {

  @Id public UUID id;
  public String title;
  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> departmentCodes = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "uuid[]")
  public List<UUID> siteIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> agencySafirs = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> partners = new ArrayList<>();

  /** A role or function, never a person's name or contact details. */
  public String responsible;

  public LocalDate startsOn;
  public LocalDate endsOn;

  /** Names of {@link Objective}s. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> objectives = new ArrayList<>();

  public String evaluationNotes;

  @Enumerated(EnumType.STRING)
  public ExperimentStatus status;

  public String reviewNote;
  public String reviewedBy;
  public Instant reviewedAt;
  public String proposedBy;
  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  static Experiment propose(UUID id, String proposedBy, Instant now) {
    Experiment experiment = new Experiment();
    experiment.id = id;
    experiment.status = ExperimentStatus.PROPOSED;
    experiment.proposedBy = proposedBy;
    experiment.createdAt = now;
    experiment.updatedAt = now;
    return experiment;
  }

  /**
   * Steering's review: moves the experiment on, with the reviewer's note.
   *
   * @throws RuleViolationException (422 {@code experiment-transition-not-allowed}) for a move its
   *     status does not allow, naming the moves it does
   */
  void review(ExperimentStatus target, String note, String reviewer, Instant now) {
    if (!status.mayMoveTo(target)) {
      throw new RuleViolationException(
          "experiment-transition-not-allowed",
          "an experiment " + status + " cannot move to " + target,
          Map.of(
              "status", status.name(),
              "allowed", status.next().stream().map(Enum::name).toList()));
    }
    status = target;
    reviewNote = note;
    reviewedBy = reviewer;
    reviewedAt = now;
    updatedAt = now;
  }
}
