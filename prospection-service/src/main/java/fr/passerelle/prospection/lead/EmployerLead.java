package fr.passerelle.prospection.lead;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * Who leads the relationship with an employer, for a follow-up window. One lead at a time per
 * employer (the unique index {@code employer_lead_one_at_a_time} on the leads not ended); an ended
 * lead stays as history, with why it ended.
 */
@Entity
public class EmployerLead extends PanacheEntityBase {

  /** Why a lead ended. */
  public enum EndReason {
    /** Its holder (or an admin) released it before its end. */
    RELEASED,
    /** Its holder handed it over to another officer ({@code handedTo}), who holds the next one. */
    HANDED_OVER,
    /** Its window ended (the expiry job, or the next taker finding it past its end). */
    EXPIRED
  }

  @Id public UUID id;
  public UUID employerId;
  public String network;
  public String officer;
  public Instant takenAt;
  public Instant leadUntil;
  public Instant endedAt;

  @Enumerated(EnumType.STRING)
  public EndReason endReason;

  public String handedTo;

  static EmployerLead of(
      UUID employerId, String network, String officer, Instant now, Instant until) {
    EmployerLead lead = new EmployerLead();
    lead.id = UUID.randomUUID();
    lead.employerId = employerId;
    lead.network = network;
    lead.officer = officer;
    lead.takenAt = now;
    lead.leadUntil = until;
    return lead;
  }

  /** The lead not ended of this employer, whether its window is over or not; null if none. */
  public static EmployerLead open(UUID employerId) {
    return find("employerId = ?1 and endedAt is null", employerId).firstResult();
  }

  /** The lead of this employer whose window is running now; null when nobody leads it. */
  public static EmployerLead current(UUID employerId, Instant now) {
    EmployerLead lead = open(employerId);
    return lead != null && lead.isRunningAt(now) ? lead : null;
  }

  public boolean isRunningAt(Instant now) {
    return endedAt == null && leadUntil.isAfter(now);
  }

  void end(EndReason reason, Instant now) {
    endReason = reason;
    endedAt = now;
  }
}
