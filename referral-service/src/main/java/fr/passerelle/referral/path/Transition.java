package fr.passerelle.referral.path;

import fr.passerelle.referral.access.Side;
import fr.passerelle.referral.dossier.Action;
import fr.passerelle.referral.dossier.Status;
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

/** One line of a referral's transition log: who moved it, when, from what to what, why. */
@Entity
@Table(name = "referral_transition")
public class Transition extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public UUID referralId;

  @Enumerated(EnumType.STRING)
  public Action action;

  @Enumerated(EnumType.STRING)
  public Status fromStatus;

  @Enumerated(EnumType.STRING)
  public Status toStatus;

  public UUID fromSiteId;
  public UUID toSiteId;
  public String actor;

  @Enumerated(EnumType.STRING)
  public Side actorSide;

  public String reasonCode;
  public String comment;
  public Instant occurredAt;
}
