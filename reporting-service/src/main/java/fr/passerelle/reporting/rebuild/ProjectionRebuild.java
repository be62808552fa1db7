package fr.passerelle.reporting.rebuild;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A rebuild of the projections into a new generation, and how far it went. */
@Entity
@Table(name = "projection_rebuild")
public class ProjectionRebuild extends PanacheEntityBase {

  /** Where a rebuild stands. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  /** What a running rebuild does now. */
  public enum Phase {
    /** Reading every event from the start of the topics into the new generation. */
    READING,
    /** Computing each referral's path in the new generation. */
    PATHS,
    /** Switched: applying the events published meanwhile, then removing the old generation. */
    CATCHING_UP,
    FINISHED
  }

  @Id public UUID id;

  public int generation;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Enumerated(EnumType.STRING)
  public Phase phase;

  @Column(name = "requested_by")
  public String requestedBy;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Column(name = "events_total")
  public long eventsTotal;

  @Column(name = "events_done")
  public long eventsDone;

  @Column(name = "events_per_second")
  public BigDecimal eventsPerSecond;

  public String error;

  static ProjectionRebuild require(UUID id) {
    ProjectionRebuild rebuild = findById(id);
    if (rebuild == null) {
      throw new fr.passerelle.platform.web.problem.ResourceNotFoundException("rebuild", id);
    }
    return rebuild;
  }
}
