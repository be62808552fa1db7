package fr.passerelle.prospection.importing;

import fr.passerelle.platform.jobs.Heartbeat;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One bulk import of employers, with its progress and outcome. */
@Entity
public class EmployerImport extends PanacheEntityBase {

  public enum Status {
    RUNNING,
    COMPLETED,
    FAILED
  }

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String submittedBy;
  public String network;
  public Integer totalRows;
  public int processed;
  public int created;
  public int updated;
  public int refused;
  public String failure;
  public Instant startedAt;
  public Instant finishedAt;

  /** The last time the running import committed a chunk (or started). */
  public Instant heartbeatAt;

  static EmployerImport start(String actor, String network, Instant now) {
    EmployerImport job = new EmployerImport();
    job.id = UUID.randomUUID();
    job.status = Status.RUNNING;
    job.submittedBy = actor;
    job.network = network;
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
}
