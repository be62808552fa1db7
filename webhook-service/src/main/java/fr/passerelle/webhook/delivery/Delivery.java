package fr.passerelle.webhook.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** One event to deliver to one subscription, and where its delivery stands. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

  @Id public UUID id;

  /** The order the deliveries were queued in (the order of the events per partition). */
  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public UUID subscriptionId;

  /** The CloudEvent id: the {@code webhook-id}, the same on every attempt. */
  public String eventId;

  public String eventType;
  public String subject;
  public Instant eventTime;

  /** The CloudEvent in structured mode, exactly as signed and sent. */
  public String body;

  @Enumerated(EnumType.STRING)
  public DeliveryStatus status;

  public int attempts;
  public Instant nextAttemptAt;

  /** Claimed by a sender until then; a sender that died leaves it to expire, then it is retried. */
  public Instant leasedUntil;

  public Instant lastAttemptAt;
  public String lastOutcome;
  public Instant createdAt;
}
