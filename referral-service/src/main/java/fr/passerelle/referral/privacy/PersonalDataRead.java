package fr.passerelle.referral.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read of a referral's personal data. */
@Entity
@Table(name = "access_log")
public class PersonalDataRead extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public UUID referralId;
  public String actor;
  public String actorRoles;
  public String operation;
  public String purpose;
  public Instant readAt;
}
