package fr.passerelle.webhook.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt of a delivery, for its log. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public UUID deliveryId;
  public Instant attemptedAt;
  public Integer statusCode;

  @Enumerated(EnumType.STRING)
  public AttemptOutcome outcome;

  public String error;
  public int latencyMs;

  /** The attempt of a delivery made at {@code at}, with what it gave; persisted. */
  static Attempt record(UUID deliveryId, Instant at, AttemptResult result) {
    Attempt attempt = new Attempt();
    attempt.deliveryId = deliveryId;
    attempt.attemptedAt = at;
    attempt.statusCode = result.statusCode();
    attempt.outcome = result.outcome();
    attempt.error = result.error();
    attempt.latencyMs = result.latencyMs();
    attempt.persist();
    return attempt;
  }
}
