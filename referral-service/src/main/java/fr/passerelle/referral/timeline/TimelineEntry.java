package fr.passerelle.referral.timeline;

import fr.passerelle.referral.access.Side;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A message or a note on a referral's shared timeline, seen by the advisor and the E2C team. */
@Entity
public class TimelineEntry extends PanacheEntityBase {

  /** A message asks the other side for something; a note only records. */
  public enum Kind {
    MESSAGE,
    NOTE
  }

  @Id public UUID id;
  public UUID referralId;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public String author;

  @Enumerated(EnumType.STRING)
  public Side authorSide;

  /** Null once the referral is anonymised. */
  public String body;

  public Instant createdAt;
}
