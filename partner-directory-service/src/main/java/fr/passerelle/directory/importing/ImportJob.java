package fr.passerelle.directory.importing;

import fr.passerelle.platform.jobs.Heartbeat;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One bulk import of sites, with its progress and outcome. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

  public enum Status {
    RUNNING,
    COMPLETED,
    FAILED
  }

  public enum Format {
    CSV,
    DATA_INCLUSION
  }

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public Format format;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String submittedBy;
  public Integer totalRows;
  public int processed;
  public int created;
  public int updated;
  public int rejected;
  public String failure;
  public Instant startedAt;
  public Instant finishedAt;

  /** The last time the running import committed a chunk (or started). */
  public Instant heartbeatAt;

  static ImportJob start(Format format, String actor, Instant now) {
    ImportJob job = new ImportJob();
    job.id = UUID.randomUUID();
    job.format = format;
    job.status = Status.RUNNING;
    job.submittedBy = actor;
    job.startedAt = now;
    job.heartbeatAt = now;
    return job;
  }

  /** Recorded as failed when it died with its service (see {@link Heartbeat}). */
  void failIfInterrupted(Instant now) {
    if (status == Status.RUNNING && Heartbeat.silentTooLong(heartbeatAt, now)) {
      status = Status.FAILED;
      failure = Heartbeat.INTERRUPTED;
      finishedAt = now;
    }
  }

  /**
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static ImportJob require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "import", id);
  }
}
